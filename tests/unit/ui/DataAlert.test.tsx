import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type DataIssue, formatIssue } from '../../../src/data/model';
import { validateDataset } from '../../../src/data/validate';
import { createAppStore } from '../../../src/state/store';
import { DataAlert } from '../../../src/ui/DataAlert';
import { createProblemReport } from '../../../src/ui/problemReport';
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

  const manyIssues = (n: number): DataIssue[] =>
    Array.from({ length: n }, (_, i) => ({
      level: 'error',
      index: i + 1,
      id: `bad-${i}`,
      field: 'date',
      message: '"2021-13-45" is not a calendar date',
    }));

  it('lists 8 problems, then all of them a hundred at a time', () => {
    const store = createAppStore();
    store.getState().startLoading('mine.json');
    const { dataset } = validateDataset(rawDataset([rawEvent({ id: 'good' })]));
    if (dataset) store.getState().setDataset(dataset, manyIssues(250));
    render(
      <StoreProvider store={store}>
        <DataAlert />
      </StoreProvider>,
    );
    const items = () => screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items()).toHaveLength(8);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 250' }));
    expect(screen.getByText('Problems 1–100 of 250')).toBeInTheDocument();
    expect(items()).toHaveLength(100);
    expect(items()[0]).toBe('Error: event 1 (bad-0), date: "2021-13-45" is not a calendar date');
    expect(screen.getByRole('button', { name: 'Previous 100' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Next 100' }));
    expect(screen.getByText('Problems 101–200 of 250')).toBeInTheDocument();
    expect(items()[0]).toMatch(/^Error: event 101 \(bad-100\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Last' }));
    expect(screen.getByText('Problems 201–250 of 250')).toBeInTheDocument();
    expect(items()).toHaveLength(50);
    expect(screen.getByRole('button', { name: 'Next 100' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer' }));
    expect(items()).toHaveLength(8);
  });

  it('writes the report of every problem, one a line, in pieces', async () => {
    const issues = manyIssues(12_345);
    const text = await (await createProblemReport(issues)).text();
    expect(text).toBe(`${issues.map(formatIssue).join('\n')}\n`);
    expect(await (await createProblemReport([])).text()).toBe('');
  });
});
