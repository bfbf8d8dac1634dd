import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ComparePanel } from '../../../../src/ui/analysis/ComparePanel';
import { dataset, rawEvent } from '../../fixtures';
import { renderWithStore } from '../render';

const ERAS = [
  { id: 'us-obama', title: 'Barack Obama', start: '2009-01-20', end: '2017-01-20', kind: 'presidency-us' },
  { id: 'us-trump-1', title: 'Donald Trump', start: '2017-01-20', end: '2021-01-20', kind: 'presidency-us' },
];
// Obama's term, [20 January 2009, 20 January 2017): sanctions ×2 (US −2, RU −2), summit (joint +2) → 3 events,
// mean tone −2/3. Trump's, [20 January 2017, 21 January 2021): expulsion (RU −2), a second expulsion (US −2,
// on inauguration day 2017, so Trump's) and diplomacy (US, no tone) → 3 events, 2 with a tone: no mean.
const d = dataset(
  [
    rawEvent({ id: 'o1', date: '2014-03-17', category: 'sanctions', actors: ['US'], tone: -2, sources: 4 }),
    rawEvent({ id: 'o2', date: '2014-08-06', category: 'sanctions', actors: ['RU'], tone: -2 }),
    rawEvent({
      id: 'o3',
      date: '2010-04-08',
      category: 'summit',
      actors: ['US', 'RU'],
      tone: 2,
      title: 'New START signed',
    }),
    rawEvent({ id: 't1', date: '2017-07-30', category: 'expulsion', actors: ['RU'], tone: -2 }),
    rawEvent({ id: 't2', date: '2017-01-20', category: 'expulsion', actors: ['US'], tone: -2 }),
    rawEvent({ id: 't3', date: '2018-07-16', category: 'diplomacy', actors: ['US'], tone: undefined }),
    rawEvent({ id: 'later', date: '2022-02-24', category: 'military', actors: ['RU'], tone: -2 }),
    rawEvent({ id: 'earlier', date: '2005-06-01', category: 'economy', actors: ['US'], tone: 1 }),
  ].map((e) => (e.sources === 4 ? { ...e, sources: undefined } : e)),
  { eras: ERAS },
);

const blocks = () =>
  [...screen.getByTestId('compare').querySelectorAll<HTMLElement>('[data-period]')].map((b) => ({
    period: b.dataset.period,
    categories: Object.fromEntries(
      [...b.querySelectorAll<HTMLElement>('[data-category]')].map((c) => [c.dataset.category, c.dataset.count]),
    ),
  }));

describe('ComparePanel', () => {
  it('compares two presidencies from a preset: the window moves to the first, compare= is the second', async () => {
    const { store } = renderWithStore(<ComparePanel id="c" onClose={() => {}} />, d);
    expect(screen.queryByTestId('compare')).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText(/Presidencies/), 'us-obama..us-trump-1');
    expect(store.getState().domain).toEqual([Date.UTC(2009, 0, 20), Date.UTC(2017, 0, 20)]);
    expect(store.getState().compare).toEqual([Date.UTC(2017, 0, 20), Date.UTC(2021, 0, 21)]);
    expect(await screen.findByTestId('compare')).toBeInTheDocument();
    await waitFor(() => expect(blocks()[0]?.period).toBe('2009-01-20..2017-01-19'));
    expect(blocks()).toEqual([
      { period: '2009-01-20..2017-01-19', categories: { summit: '1', sanctions: '2' } },
      { period: '2017-01-20..2021-01-20', categories: { diplomacy: '1', expulsion: '2' } },
    ]);
  });

  it('gives each period its events, tone, sides and landmarks, named after the presidencies', async () => {
    const { store } = renderWithStore(<ComparePanel id="c" onClose={() => {}} />, d);
    act(() =>
      store
        .getState()
        .setCompare([Date.UTC(2017, 0, 20), Date.UTC(2021, 0, 21)], [Date.UTC(2009, 0, 20), Date.UTC(2017, 0, 20)]),
    );
    // The window's figures follow the window once it settles (as the list does).
    await waitFor(() => expect(screen.getAllByRole('region', { name: /\(20/ })).toHaveLength(2));
    const [a, b] = screen.getAllByRole('region', { name: /\(20/ });
    expect(a).toHaveAccessibleName('Barack Obama (2009–2017)');
    expect(within(a as HTMLElement).getByText('3 events · mean tone −0.67 over 3')).toBeInTheDocument();
    expect(within(a as HTMLElement).getByText('US 1 · Russia 1 · joint 1')).toBeInTheDocument();
    expect(b).toHaveAccessibleName('Donald Trump (2017–2021)');
    expect(within(b as HTMLElement).getByText('3 events · no mean tone (2 with a tone; 3 needed)')).toBeInTheDocument();
    // Landmarks by the timeline's rank: the summit (3 + 1.5 for tone +2) before the sanctions (1.5 + 1.5).
    const landmarks = within(a as HTMLElement)
      .getAllByRole('button')
      .map((x) => x.textContent);
    expect(landmarks[0]).toContain('New START signed');
  });

  it('cuts a preset’s first period to the data’s whole period, rather than move it', async () => {
    const late = dataset([rawEvent({ id: 'x', date: '2012-05-07' }), rawEvent({ id: 'y', date: '2020-05-07' })], {
      eras: ERAS,
    });
    const { store } = renderWithStore(<ComparePanel id="c" onClose={() => {}} />, late);
    const [fullStart] = store.getState().fullDomain;
    expect(fullStart).toBeGreaterThan(Date.UTC(2009, 0, 20));
    await userEvent.selectOptions(screen.getByLabelText(/Presidencies/), 'us-obama..us-trump-1');
    expect(store.getState().domain).toEqual([fullStart, Date.UTC(2017, 0, 20)]);
    // Still named after the presidencies: the window is the part of Obama's term the data covers.
    await waitFor(() => expect(screen.getAllByRole('region')[1]).toHaveAccessibleName('Barack Obama (2009–2017)'));
  });

  it('applies the filters', async () => {
    const { store } = renderWithStore(<ComparePanel id="c" onClose={() => {}} />, d);
    act(() => {
      store.getState().setActor('RU');
      store
        .getState()
        .setCompare([Date.UTC(2017, 0, 20), Date.UTC(2021, 0, 21)], [Date.UTC(2009, 0, 20), Date.UTC(2017, 0, 20)]);
    });
    await waitFor(() => expect(blocks()[0]?.period).toBe('2009-01-20..2017-01-19'));
    expect(blocks()).toEqual([
      { period: '2009-01-20..2017-01-19', categories: { summit: '1', sanctions: '1' } },
      { period: '2017-01-20..2021-01-20', categories: { expulsion: '1' } },
    ]);
  });

  it('compares with a typed period, and names a bad one and the fix', async () => {
    const { store } = renderWithStore(<ComparePanel id="c" onClose={() => {}} />, d);
    const field = screen.getByRole('textbox', { name: 'Compare the window with' });
    await userEvent.type(field, '2016..2014{Enter}');
    expect(screen.getByText('period "2016..2014": 2016 is after 2014; put the earlier date first')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(store.getState().compare).toBeNull();
    await userEvent.clear(field);
    await userEvent.type(field, '2017..2018{Enter}');
    expect(store.getState().compare).toEqual([Date.UTC(2017, 0, 1), Date.UTC(2019, 0, 1)]);
    expect(blocks()[1]).toEqual({ period: '2017..2018', categories: { diplomacy: '1', expulsion: '2' } });
  });

  it('ends the comparison', async () => {
    const { store } = renderWithStore(<ComparePanel id="c" onClose={() => {}} />, d);
    act(() => store.getState().setCompare([Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1)]));
    await userEvent.click(screen.getByRole('button', { name: 'End the comparison' }));
    expect(store.getState().compare).toBeNull();
    expect(screen.queryByTestId('compare')).toBeNull();
  });
});
