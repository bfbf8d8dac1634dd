/**
 * One vanilla zustand store, made by a factory so a page can hold two timelines and every test starts fresh,
 * composed of slices (zustand's slices pattern): data, view, filters, selection, page, exercise. Its memoised
 * selectors belong to the store (store.select), so two stores never share a cache. Actions that would not
 * change anything leave the state as it is (no notification), which breaks zoom ↔ store ↔ URL loops.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type AddressState, addressToStore, DEFAULT_ADDRESS } from './address';
import { createSelectors, type Selectors } from './selectors';
import { createDataActions, type DataActions, type DataState, initialDataState } from './slices/data';
import { createExerciseActions, type ExerciseActions, type ExerciseState } from './slices/exercise';
import { createFiltersActions, type FiltersActions, type FiltersState } from './slices/filters';
import { createPageActions, type PageActions, type PageState } from './slices/page';
import { createSelectionActions, type SelectionActions, type SelectionState } from './slices/selection';
import { createViewActions, type ViewActions, type ViewState } from './slices/view';

/** The store's state without its actions: what the address table classifies field by field. */
export type StoreData = DataState & ViewState & FiltersState & SelectionState & PageState & ExerciseState;

export interface AddressActions {
  /** Applies every row of an address (history navigation). */
  applyAddress(address: AddressState): void;
}

export type StoreActions = DataActions &
  ViewActions &
  FiltersActions &
  SelectionActions &
  PageActions &
  ExerciseActions &
  AddressActions;
export type AppState = StoreData & StoreActions;
export type AppStore = StoreApi<AppState> & { readonly select: Selectors };

function initialData(address: AddressState, notices: readonly string[]): StoreData {
  const data = initialDataState();
  const base: StoreData = {
    ...data,
    domain: data.fullDomain,
    pendingDomain: null,
    compare: null,
    event: null,
    revealId: null,
    cat: null,
    actor: null,
    q: '',
    mode: 'explore',
    theme: null,
    story: null,
    data: null,
    n: null,
    seed: null,
    notices,
    slideNotes: 'none',
  };
  const applied = { ...base, ...addressToStore(address, base) };
  return { ...applied, revealId: address.event && !address.domain ? address.event : null };
}

export function createAppStore(address: AddressState = DEFAULT_ADDRESS, notices: readonly string[] = []): AppStore {
  const store = createStore<AppState>()((set, get, api) => ({
    ...initialData(address, notices),
    ...createDataActions(set, get, api),
    ...createViewActions(set, get, api),
    ...createFiltersActions(set, get, api),
    ...createSelectionActions(set, get, api),
    ...createPageActions(set, get, api),
    ...createExerciseActions(set, get, api),
    applyAddress: (next) => set(addressToStore(next, get())),
  }));
  return Object.assign(store, { select: createSelectors() });
}
