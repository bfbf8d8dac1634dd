import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Dataset } from '../../../src/data/model';
import { type AddressState, DEFAULT_ADDRESS } from '../../../src/state/address';
import type { DataOrigin } from '../../../src/state/slices/data';
import { createAppStore } from '../../../src/state/store';
import { type LoaderActions, LoaderContext } from '../../../src/ui/LoaderContext';
import { StoreProvider } from '../../../src/ui/StoreContext';

export interface RenderOptions {
  /** What the address said when the page opened. */
  readonly address?: Partial<AddressState>;
  /** Where the data came from (default: the curated dataset). */
  readonly origin?: DataOrigin;
  /** The loader's actions and the curated dataset's address (default: none of them). */
  readonly loader?: Partial<LoaderActions>;
}

const NO_LOADER: LoaderActions = {
  retry: () => undefined,
  cancel: () => undefined,
  openFile: () => undefined,
  dataHref: null,
};

/** Renders UI with a fresh store holding `dataset`. */
export function renderWithStore(ui: ReactNode, dataset: Dataset, options: RenderOptions = {}) {
  const store = createAppStore({ ...DEFAULT_ADDRESS, ...options.address });
  store.getState().startLoading('test.json', options.origin);
  store.getState().setDataset(dataset, []);
  const loader = { ...NO_LOADER, ...options.loader };
  return {
    store,
    loader,
    ...render(
      <StoreProvider store={store}>
        <LoaderContext.Provider value={loader}>{ui}</LoaderContext.Provider>
      </StoreProvider>,
    ),
  };
}

/** jsdom has no layout and no ResizeObserver: views that watch their boxes get one that never reports. */
export function stubResizeObserver(): void {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
}
