/** The data slice: the dataset, its problems, and the state of loading it. */
import type { StateCreator } from 'zustand/vanilla';
import { clampDomain, computeFullDomain, type Domain } from '../../data/domain';
import type { LoadProgress } from '../../data/load';
import type { DataIssue, Dataset } from '../../data/model';
import { quoteValue } from '../../data/plainText';
import { selectDatasetCategories } from '../queries';
import type { AppState } from '../store';

export type LoadStatus = 'loading' | 'ready' | 'error';

/**
 * Where data came from: the curated dataset published with the app, an address named by `data=`, or a file
 * opened on this device. The page names the last two as someone else's (masthead, title, citations).
 */
export type DataOrigin =
  | { readonly kind: 'bundled' }
  /** `url`: absolute; `host`: its host (with the port, if any). */
  | { readonly kind: 'address'; readonly url: string; readonly host: string }
  /** `file`: the file as it was opened, offered back by "Download the data". */
  | { readonly kind: 'file'; readonly name: string; readonly file: Blob };

export const BUNDLED: DataOrigin = { kind: 'bundled' };

export interface DataState {
  readonly dataset: Dataset | null;
  /** Where the dataset shown came from. */
  readonly origin: DataOrigin;
  readonly issues: readonly DataIssue[];
  readonly load: {
    readonly status: LoadStatus;
    readonly url: string;
    readonly message: string | null;
    readonly progress: LoadProgress | null;
    /** Where the data being loaded comes from; it becomes `origin` when the data is shown. */
    readonly origin: DataOrigin;
  };
  /** Window over all events (padded); the zoom-out limit. */
  readonly fullDomain: Domain;
}

export interface DataActions {
  startLoading(url: string, origin?: DataOrigin): void;
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
  origin: BUNDLED,
  issues: [],
  load: { status: 'loading', url: '', message: null, progress: null, origin: BUNDLED },
  fullDomain: computeFullDomain(null),
});

export const createDataActions: StateCreator<AppState, [], [], DataActions> = (set, get) => ({
  startLoading: (url, origin = BUNDLED) =>
    set({ load: { status: 'loading', url, message: null, progress: null, origin } }),
  setLoadProgress: (progress) => set((s) => ({ load: { ...s.load, progress } })),
  setLoadError: (message) => set((s) => ({ load: { ...s.load, status: 'error', message, progress: null } })),
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
      origin: load.origin,
      load: { ...load, status: 'ready', message: null, progress: null },
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
