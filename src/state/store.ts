/**
 * One vanilla zustand store, made by a factory so a page could hold two timelines and every test
 * starts fresh. Slices: data (dataset, issues, load state), view (window), filters, selection, page
 * (mode, theme, notices). Actions that would not change anything return the same state (no-op),
 * which breaks zoom ↔ store ↔ URL feedback loops.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Actor } from '../data/categories';
import { clampDomain, computeFullDomain, type Domain, domainsEqual } from '../data/domain';
import type { LoadProgress } from '../data/load';
import type { DataIssue, Dataset } from '../data/model';
import { selectDatasetCategories } from './selectors';
import { DEFAULT_URL_STATE, domainFromParams, type Mode, type Theme, type UrlState } from './url';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface AppState {
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
  /** The visible window (UTC ms). */
  readonly domain: Domain;
  readonly categories: readonly string[] | null;
  readonly actor: Actor | null;
  readonly query: string;
  readonly selectedId: string | null;
  readonly mode: Mode;
  readonly theme: Theme | null;
  readonly story: readonly string[] | null;
  readonly dataUrl: string | null;
  /** Address parameters that were ignored, and why. */
  readonly notices: readonly string[];
  /** The window asked for by the address before the data arrived. */
  readonly pendingDomain: Domain | null;
  /**
   * Set when a selection should be brought into view (a click in the list, a link, an address naming an
   * event but no window); the timeline clears it once it has moved the window.
   */
  readonly revealId: string | null;
}

export interface AppActions {
  startLoading(url: string): void;
  setDataset(dataset: Dataset, issues: readonly DataIssue[]): void;
  setLoadError(message: string): void;
  setLoadProgress(progress: LoadProgress): void;
  setDomain(domain: Domain): void;
  select(id: string | null): void;
  toggleCategory(id: string): void;
  setCategories(ids: readonly string[] | null): void;
  setActor(actor: Actor | null): void;
  setQuery(q: string): void;
  setTheme(theme: Theme | null): void;
  setMode(mode: Mode): void;
  applyUrl(url: UrlState): void;
  dismissNotices(): void;
  clearReveal(): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

function extentOf(dataset: Dataset): [number, number] | null {
  const first = dataset.events[0];
  if (!first) return null;
  let end = first.endMs;
  for (const e of dataset.events) end = Math.max(end, e.endMs);
  return [first.startMs, end];
}

export function createAppStore(initial: UrlState = DEFAULT_URL_STATE, notices: readonly string[] = []): AppStore {
  const full = computeFullDomain(null);
  return createStore<AppState & AppActions>()((set, get) => ({
    dataset: null,
    issues: [],
    load: { status: 'loading', url: '', message: null, progress: null },
    fullDomain: full,
    domain: full,
    categories: initial.cat,
    actor: initial.actor,
    query: initial.q,
    selectedId: initial.event,
    mode: initial.mode,
    theme: initial.theme,
    story: initial.story,
    dataUrl: initial.data,
    notices,
    pendingDomain: domainFromParams(initial.from, initial.to),
    revealId: initial.event && !initial.from ? initial.event : null,

    startLoading: (url) => set({ load: { status: 'loading', url, message: null, progress: null } }),
    setLoadProgress: (progress) => set((s) => ({ load: { ...s.load, progress } })),
    setDataset: (dataset, issues) => {
      const fullDomain = computeFullDomain(extentOf(dataset));
      const { pendingDomain, selectedId, notices: prev, load } = get();
      const extra: string[] = [];
      let selection = selectedId;
      if (selection && !dataset.byId.has(selection)) {
        extra.push(`Address parameter event="${selection}" is not an event in this dataset; nothing is selected.`);
        selection = null;
      }
      set({
        dataset,
        issues,
        load: { status: 'ready', url: load.url, message: null, progress: null },
        fullDomain,
        domain: clampDomain(pendingDomain ?? fullDomain, fullDomain),
        selectedId: selection,
        revealId: selection ? get().revealId : null,
        pendingDomain: null,
        notices: [...prev, ...extra],
      });
    },
    setLoadError: (message) => set((s) => ({ load: { status: 'error', url: s.load.url, message, progress: null } })),
    setDomain: (domain) => {
      const next = clampDomain(domain, get().fullDomain);
      if (!domainsEqual(next, get().domain)) set({ domain: next });
    },
    select: (id) => {
      if (id === get().selectedId) return;
      if (id !== null && !get().dataset?.byId.has(id)) return;
      set({ selectedId: id, revealId: id });
    },
    toggleCategory: (id) => {
      const { categories, dataset } = get();
      const all = selectDatasetCategories({ dataset });
      const current = new Set(categories ?? all);
      if (current.has(id)) current.delete(id);
      else current.add(id);
      const next = [...current].sort();
      set({ categories: next.length === all.length && all.every((c) => current.has(c)) ? null : next });
    },
    setCategories: (ids) => set({ categories: ids?.length ? [...ids].sort() : ids === null ? null : [] }),
    setActor: (actor) => set({ actor }),
    setQuery: (query) => set({ query }),
    setTheme: (theme) => set({ theme }),
    setMode: (mode) => set({ mode }),
    applyUrl: (url) => {
      const { fullDomain, dataset } = get();
      const d = domainFromParams(url.from, url.to);
      set({
        selectedId: url.event && (!dataset || dataset.byId.has(url.event)) ? url.event : null,
        categories: url.cat,
        actor: url.actor,
        query: url.q,
        mode: url.mode,
        theme: url.theme,
        story: url.story,
        domain: clampDomain(d ?? fullDomain, fullDomain),
      });
    },
    dismissNotices: () => set({ notices: [] }),
    clearReveal: () => {
      if (get().revealId !== null) set({ revealId: null });
    },
  }));
}
