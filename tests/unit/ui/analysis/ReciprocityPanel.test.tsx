import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReciprocityPanel } from '../../../../src/ui/analysis/ReciprocityPanel';
import { dataset, rawEvent } from '../../fixtures';
import { renderWithStore } from '../render';

// A (US, −2) ← B (RU, −2, 4 days) ← C (US, +1, 10 days) ← D (US, −1, 30 days); E (joint, 0) answers A after 59 days.
// Links 4; lags 4, 10, 30, 59 → median (10 + 30) / 2 = 20. In kind: B←A same sign, C←B and D←C not, E←A has a
// neutral end → 1 of 3 = 0.33. Other side: B←A, C←B, E←A yes, D←C (US answers US) no → 3 of 4 = 0.75.
const d = dataset([
  rawEvent({ id: 'a', date: '2021-01-01', actors: ['US'], tone: -2, title: 'US sanctions' }),
  rawEvent({
    id: 'b',
    date: '2021-01-05',
    actors: ['RU'],
    tone: -2,
    category: 'expulsion',
    respondsTo: ['a'],
    title: 'Russia expels',
  }),
  rawEvent({
    id: 'c',
    date: '2021-01-15',
    actors: ['US'],
    tone: 1,
    category: 'diplomacy',
    respondsTo: ['b'],
    title: 'US proposes talks',
  }),
  rawEvent({
    id: 'd',
    date: '2021-02-14',
    actors: ['US'],
    tone: -1,
    category: 'statement',
    respondsTo: ['c'],
    title: 'US warns',
  }),
  rawEvent({
    id: 'e',
    date: '2021-03-01',
    actors: ['US', 'RU'],
    tone: 0,
    category: 'summit',
    respondsTo: ['a'],
    title: 'Joint meeting',
  }),
]);

describe('ReciprocityPanel', () => {
  it('writes the contract figures computed by hand', () => {
    renderWithStore(<ReciprocityPanel id="r" />, d);
    const panel = screen.getByTestId('reciprocity');
    expect(panel.dataset).toMatchObject({ links: '4', medianLagDays: '20', sameSign: '0.33', otherSide: '0.75' });
    expect(within(panel).getByText('0.33 (1 of 3 links with a sign at both ends)')).toBeInTheDocument();
    expect(within(panel).getByText('0.75 (3 of 4 links)')).toBeInTheDocument();
    expect(within(panel).getByText('20 days')).toBeInTheDocument();
  });

  it('charts the lags: 4 days, 10 and 30 days, 59 days', () => {
    renderWithStore(<ReciprocityPanel id="r" />, d);
    const bars = within(screen.getByRole('list', { name: 'Links by time to answer' })).getAllByRole('listitem');
    expect(bars.map((li) => li.textContent)).toEqual([
      'same day0',
      '1–7 days1',
      '8–30 days2',
      '31–90 days1',
      '91–365 days0',
      'over a year0',
    ]);
  });

  it('lists the longest chains, and opens one in the timeline: its first event, the window around it', async () => {
    const { store } = renderWithStore(<ReciprocityPanel id="r" />, d);
    const chains = screen.getAllByRole('button', { name: /^Show this chain/ });
    expect(chains.map((b) => b.textContent)).toEqual([
      'Show this chain in the timeline: 4 events, 1 January 2021 to 14 February 2021',
      'Show this chain in the timeline: 2 events, 1 January 2021 to 1 March 2021',
    ]);
    await userEvent.click(chains[0] as HTMLElement);
    expect(store.getState().event).toBe('a');
    // 1 January to the end of 14 February: 45 days, ×1.2 = 54 days centred on 23 January 12:00, so 27 December
    // 12:00 to 19 February 12:00.
    expect(store.getState().domain).toEqual([Date.UTC(2020, 11, 27, 12), Date.UTC(2021, 1, 19, 12)]);
  });

  it('counts only the events shown: a window that leaves out the answers has no links', () => {
    const { store } = renderWithStore(<ReciprocityPanel id="r" />, d);
    act(() => store.getState().setDomain([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 2)]));
    return new Promise<void>((done) =>
      setTimeout(() => {
        expect(screen.getByTestId('reciprocity').dataset).toMatchObject({
          links: '0',
          medianLagDays: '',
          sameSign: '',
          otherSide: '',
        });
        expect(screen.getByText('No act and answer among the events shown.')).toBeInTheDocument();
        done();
      }, 300),
    );
  });
});
