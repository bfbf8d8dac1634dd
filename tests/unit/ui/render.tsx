import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Dataset } from '../../../src/data/model';
import { createAppStore } from '../../../src/state/store';
import { StoreProvider } from '../../../src/ui/StoreContext';

/** Renders UI with a fresh store holding `dataset`. */
export function renderWithStore(ui: ReactNode, dataset: Dataset) {
  const store = createAppStore();
  store.getState().startLoading('test.json');
  store.getState().setDataset(dataset, []);
  return { store, ...render(<StoreProvider store={store}>{ui}</StoreProvider>) };
}
