/**
 * One vanilla zustand store, made by a factory so a page can hold two timelines and every test starts fresh,
 * composed of slices (zustand's slices pattern): data, view, filters, selection, page, exercise. Its memoised
 * selectors belong to the store (store.select), so two stores never share a cache. Actions that would not
 * change anything leave the state as it is (no notification), which breaks zoom ↔ store ↔ URL loops.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type AddressKey, type AddressState, addressToStore, DEFAULT_ADDRESS, initialAddressFields } from './address';
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

/** The fields the address does not hold. A store field without a row in ADDRESS must start here, or tsc fails. */
export type LocalState = Omit<StoreData, AddressKey>;

function initialData(address: AddressState, notices: readonly string[]): StoreData {
  const data = initialDataState();
  const local: LocalState = { ...data, pendingDomain: null, revealId: null, notices, slideNotes: 'none' };
  const base: StoreData = { ...local, ...initialAddressFields(data) };
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
