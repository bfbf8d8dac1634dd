/**
 * The page's main chart, reached through its handle (never through its DOM): the explorer's list and links
 * select an event and bring it into view in one update.
 */
import { createContext, type MutableRefObject, useCallback, useContext } from 'react';
import type { ChartHandle } from './commands';
import { useStoreApi } from './StoreContext';

export const ChartContext = createContext<MutableRefObject<ChartHandle | null> | null>(null);

export function useChartHandle(): MutableRefObject<ChartHandle | null> | null {
  return useContext(ChartContext);
}

/** Selects an event (null closes it) and, when the page has a chart, moves the window to show it. */
export function useSelectEvent(): (id: string | null) => void {
  const store = useStoreApi();
  const chart = useChartHandle();
  return useCallback(
    (id) => store.getState().select(id, (id && chart?.current?.revealDomain(id)) || undefined),
    [store, chart],
  );
}
