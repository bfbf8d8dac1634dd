/** The data slice: the dataset, its problems, and the state of loading it. */
import type { StateCreator } from 'zustand/vanilla';
import { clampDomain, computeFullDomain, type Domain } from '../../data/domain';
import type { LoadProgress } from '../../data/load';
import type { DataIssue, Dataset } from '../../data/model';
import { quoteValue } from '../../data/plainText';
import { selectDatasetCategories } from '../queries';
import type { AppState } from '../store';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface DataState {
  readonly dataset: Dataset | null;
  readonly issues: readonly DataIssue[];
  readonly load: {
    readonly status: LoadStatus;
    readonly url: string;
    readonly message: string | null;
    readonly progress: LoadProgress | null;
  };
  /** Window over all events (padded); the zoom-out limit. */
  readonly fullDomain: Domain;
}

export interface DataActions {
  startLoading(url: string): void;
  setDataset(dataset: Dataset, issues: readonly DataIssue[]): void;
  setLoadError(message: string): void;
  setLoadProgress(progress: LoadProgress): void;
}

function extentOf(dataset: Dataset): [number, number] | null {
  const first = dataset.events[0];
  if (!first) return null;
  let end = first.endMs;
  for (const e of dataset.events) end = Math.max(end, e.endMs);
  return [first.startMs, end];
}

export const initialDataState = (): DataState => ({
  dataset: null,
  issues: [],
  load: { status: 'loading', url: '', message: null, progress: null },
  fullDomain: computeFullDomain(null),
});

export const createDataActions: StateCreator<AppState, [], [], DataActions> = (set, get) => ({
  startLoading: (url) => set({ load: { status: 'loading', url, message: null, progress: null } }),
  setLoadProgress: (progress) => set((s) => ({ load: { ...s.load, progress } })),
  setLoadError: (message) => set((s) => ({ load: { status: 'error', url: s.load.url, message, progress: null } })),
  setDataset: (dataset, issues) => {
    const fullDomain = computeFullDomain(extentOf(dataset));
    const { pendingDomain, event, notices, load, revealId, cat, story } = get();
    const extra: string[] = [];
    let selection = event;
    if (selection && !dataset.byId.has(selection)) {
      extra.push(
        `Address parameter event=${quoteValue(selection)} is not an event in this dataset; nothing is selected.`,
      );
      selection = null;
    }
    // Ids the address names that this dataset does not have: said, and dropped, so the view is not silently empty.
    const known = new Set(selectDatasetCategories({ dataset }));
    const unknownCats = (cat ?? []).filter((c) => !known.has(c));
    const keptCats = cat && unknownCats.length ? cat.filter((c) => known.has(c)) : cat;
    if (unknownCats.length) {
      extra.push(
        `Address parameter cat names ${unknownCats.map((c) => quoteValue(c)).join(', ')}, which ${unknownCats.length === 1 ? 'is not a category' : 'are not categories'} of this dataset; ${keptCats?.length ? 'the other categories are shown' : 'all categories are shown'}.`,
      );
    }
    const missing = (story ?? []).filter((id) => !dataset.byId.has(id));
    if (missing.length) {
      extra.push(
        `Address parameter story names ${missing.length} event(s) this dataset does not have (${missing
          .slice(0, 3)
          .map((id) => quoteValue(id))
          .join(', ')}${missing.length > 3 ? ', …' : ''}); they are left out.`,
      );
    }
    set({
      dataset,
      issues,
      load: { status: 'ready', url: load.url, message: null, progress: null },
      fullDomain,
      domain: clampDomain(pendingDomain ?? fullDomain, fullDomain),
      pendingDomain: null,
      event: selection,
      cat: unknownCats.length ? (keptCats?.length ? keptCats : null) : cat,
      revealId: selection ? revealId : null,
      notices: [...notices, ...extra],
    });
  },
});
