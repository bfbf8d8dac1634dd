import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate';
import { createAppStore } from '../../../src/state/store';
import { DataAlert } from '../../../src/ui/DataAlert';
import { StoreProvider } from '../../../src/ui/StoreContext';
import { rawDataset, rawEvent } from '../fixtures';

describe('DataAlert', () => {
  it('counts rejected records, not their errors', () => {
    // Three bad records, one of them with two errors: three rejected.
    const { dataset, issues } = validateDataset(
      rawDataset([
        rawEvent({ id: 'good' }),
        rawEvent({ id: 'b1', date: '2021-13-01' }),
        rawEvent({ id: 'b2', date: '2021-13-01' }),
        rawEvent({ id: 'b3', date: '2021-13-01', title: '' }),
      ]),
    );
    const store = createAppStore();
    store.getState().startLoading('mine.json');
    if (dataset) store.getState().setDataset(dataset, issues);
    render(
      <StoreProvider store={store}>
        <DataAlert />
      </StoreProvider>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/^3 record\(s\) were rejected in mine\.json\./);
  });
});
