import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PrintAnalysis } from '../../../../src/ui/analysis/PrintAnalysis';
import { dataset, rawEvent } from '../../fixtures';
import { renderWithStore } from '../render';

// 2019: tones −2, −1, +2 → n 3, mean −1/3; 2020: one event, no mean.
const d = dataset([
  rawEvent({ id: 'a', date: '2019-02-01', tone: -2 }),
  rawEvent({ id: 'b', date: '2019-05-01', tone: -1, category: 'expulsion' }),
  rawEvent({ id: 'c', date: '2019-09-01', tone: 2, category: 'summit', actors: ['US', 'RU'] }),
  rawEvent({ id: 'd', date: '2020-03-01', tone: 1, category: 'diplomacy' }),
]);

describe('PrintAnalysis', () => {
  it('prints the tone series of the window with the means and intervals of the screen', () => {
    const { store } = renderWithStore(<PrintAnalysis />, d);
    act(() => store.getState().setDomain([Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1)]));
    const table = screen.getByTestId('print-tone');
    // Two years over the page's 680 px: 24 months at 28 px each, so months.
    expect(within(table).getByText(/^Tone by month:/)).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(24);
    expect(rows[1]?.textContent).toBe('2019-02-012019-02-281––');
  });

  it('prints quarters over six years, and years with a mean from three events over the whole period', () => {
    const wide = dataset([
      ...d.events.map((e) => rawEvent({ id: e.id, date: e.date, tone: e.tone ?? undefined })),
      rawEvent({ id: 'early', date: '1995-01-01', tone: 0 }),
      rawEvent({ id: 'late', date: '2024-06-01', tone: 0 }),
    ]);
    const { store } = renderWithStore(<PrintAnalysis />, wide);
    act(() => store.getState().setDomain([Date.UTC(2015, 0, 1), Date.UTC(2021, 0, 1)]));
    const rows = within(screen.getByTestId('print-tone')).getAllByRole('row').slice(1);
    // Six years: 72 months at 9.4 px, 24 quarters at 28 px: quarters.
    expect(rows).toHaveLength(24);
    act(() => store.getState().setDomain(store.getState().fullDomain));
    expect(within(screen.getByTestId('print-tone')).getByText(/^Tone by year:/)).toBeInTheDocument();
    const years = within(screen.getByTestId('print-tone')).getAllByRole('row').slice(1);
    const y2019 = years.find((r) => r.textContent?.startsWith('2019-01-01'));
    expect(y2019?.textContent).toMatch(/^2019-01-012019-12-313−0\.33−\d\.\d\d to \d\.\d\d$/);
  });

  it('prints the comparison when the address asks for one', async () => {
    const { store } = renderWithStore(<PrintAnalysis />, d);
    expect(screen.queryByTestId('print-compare')).toBeNull();
    act(() =>
      store
        .getState()
        .setCompare([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)], [Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)]),
    );
    const table = screen.getByTestId('print-compare');
    // The window's figures follow the window once it settles.
    await waitFor(() =>
      expect(within(table).getByRole('columnheader', { name: /^The window, 1 Jan 2019/ })).toBeInTheDocument(),
    );
    const cells = (label: string) =>
      within(table).getByRole('rowheader', { name: label }).parentElement?.querySelectorAll('td');
    expect([...(cells('Events') ?? [])].map((c) => c.textContent)).toEqual(['3', '1']);
    expect([...(cells('Summit') ?? [])].map((c) => c.textContent)).toEqual(['1', '0']);
    expect([...(cells('Tone') ?? [])].map((c) => c.textContent)).toEqual([
      'mean tone −0.33 over 3',
      'no mean tone (1 with a tone; 3 needed)',
    ]);
  });
});
