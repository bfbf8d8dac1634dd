/** The filters slice: categories shown, the side that acted, and the search text. */
import type { StateCreator } from 'zustand/vanilla';
import type { Actor } from '../../data/categories';
import { defaultsOf } from '../address';
import { selectDatasetCategories } from '../queries';
import type { AppState } from '../store';

export interface FiltersState {
  /** Categories shown; null for all. */
  readonly cat: readonly string[] | null;
  readonly actor: Actor | null;
  readonly q: string;
}

export interface FiltersActions {
  toggleCategory(id: string): void;
  setCategories(ids: readonly string[] | null): void;
  setActor(actor: Actor | null): void;
  setQuery(q: string): void;
  clearFilters(): void;
}

export const createFiltersActions: StateCreator<AppState, [], [], FiltersActions> = (set, get) => ({
  toggleCategory: (id) => {
    const { cat, dataset } = get();
    const all = selectDatasetCategories({ dataset });
    const current = new Set(cat ?? all);
    if (current.has(id)) current.delete(id);
    else current.add(id);
    const next = [...current].sort();
    set({ cat: next.length === all.length && all.every((c) => current.has(c)) ? null : next });
  },
  setCategories: (ids) => set({ cat: ids?.length ? [...ids].sort() : ids === null ? null : [] }),
  setActor: (actor) => set({ actor }),
  setQuery: (q) => set({ q }),
  clearFilters: () => set(defaultsOf('cat', 'actor', 'q')),
});
