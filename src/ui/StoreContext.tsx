/** Gives components the page's store; components read it through selectors only. */
import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { Selectors } from '../state/selectors';
import type { AppState, AppStore } from '../state/store';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi needs a <StoreProvider> above it');
  return store;
}

export function useAppState<T>(selector: (s: AppState) => T): T {
  return useStore(useStoreApi(), selector);
}

/** One of the store's own memoised selectors, e.g. useSelector('filteredEvents'). */
export function useSelector<K extends keyof Selectors>(name: K): ReturnType<Selectors[K]> {
  const store = useStoreApi();
  return useStore(store, store.select[name]) as ReturnType<Selectors[K]>;
}
