import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OrderView } from '../../../../src/modes/order/OrderView';
import { DEFAULT_ADDRESS } from '../../../../src/state/address';
import { createAppStore } from '../../../../src/state/store';
import { computeOrderSet } from '../../../../src/ui/exercise/exerciseSet';
import { StoreProvider } from '../../../../src/ui/StoreContext';
import { dataset, rawEvent } from '../../fixtures';

const DAYS = ['2021-01-26', '2021-03-02', '2021-04-15', '2021-04-22', '2021-06-16', '2021-10-05', '2021-12-07'];
const d = dataset(
  DAYS.map((date, i) =>
    rawEvent({
      id: `e${i}`,
      date,
      title: `Event number ${i} on ${date}`,
      summary: `Something happened in ${date.slice(0, 4)}.`,
      sources: [{ url: `https://example.org/${i}`, title: `Report ${i}`, publisher: 'Example', kind: 'news' }],
    }),
  ),
);

function setup(seed: string | null = 'unit') {
  const store = createAppStore({ ...DEFAULT_ADDRESS, mode: 'order', seed, n: 5 });
  store.getState().startLoading('test.json');
  store.getState().setDataset(d, []);
  render(
    <StoreProvider store={store}>
      <OrderView />
    </StoreProvider>,
  );
  const set = computeOrderSet(d.events, false, 5, seed ?? '');
  return { store, set };
}

const cards = () => screen.getAllByTestId('order-card');
const shownIds = () => cards().map((c) => c.dataset.eventId);
const live = () => document.querySelector('[aria-live="assertive"]')?.textContent;

describe('OrderView', () => {
  it('shows the seeded cards in their starting order, with titles and clues but no dates', () => {
    const { set } = setup();
    expect(shownIds()).toEqual(set.start);
    for (const card of cards()) {
      // The title without its date ("on 2021-03-02" is cut), and the clue.
      expect(card.textContent).toMatch(/^⠿\d+Event number \dSanctions · United States: Something happened\.$/);
      expect(card.textContent).not.toMatch(/20\d\d/);
      expect(card).toHaveAttribute('role', 'button');
      expect(card).not.toHaveAttribute('data-correct');
    }
    expect(screen.getByText(/answers are public/)).toBeInTheDocument();
  });

  it('is put in order with the keyboard alone, each move announced, and checks to a full score', () => {
    const { set } = setup();
    const solution = set.cards.map((c) => c.id);
    solution.forEach((id, target) => {
      const card = cards().find((c) => c.dataset.eventId === id) as HTMLElement;
      act(() => card.focus());
      fireEvent.keyDown(card, { key: ' ' });
      expect(live()).toMatch(/^Lifted “Event number \d”, position \d of 5\./);
      const from = shownIds().indexOf(id);
      for (let i = from; i > target; i -= 1) {
        fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
        expect(live()).toBe(`“${set.cards[target]?.title}” moved to position ${i} of 5.`);
      }
      expect((document.activeElement as HTMLElement).dataset.eventId).toBe(id);
      fireEvent.keyDown(document.activeElement as Element, { key: ' ' });
      expect(live()).toBe(`Dropped “${set.cards[target]?.title}” at position ${target + 1} of 5.`);
    });
    expect(shownIds()).toEqual(solution);
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(cards().map((c) => c.dataset.correct)).toEqual(['true', 'true', 'true', 'true', 'true']);
    expect(screen.getByTestId('score-positions')).toHaveTextContent('5 of 5 cards in their exact place');
    expect(screen.getByTestId('score-pairs')).toHaveTextContent('10 of 10 pairs of cards the right way round');
  });

  it('marks each card after Check, reveals its date and sources, and offers Try again and Show solution', () => {
    const { set } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const first = cards()[0] as HTMLElement;
    const card = set.cards.find((c) => c.id === first.dataset.eventId);
    expect(within(first).getByText(new RegExp(card?.dateLabel ?? '∅'))).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: /Report \d/ })).toHaveAttribute(
      'href',
      `https://example.org/${first.dataset.eventId?.slice(1)}`,
    );
    expect(first).not.toHaveAttribute('role');
    expect(cards().some((c) => c.dataset.correct === 'false')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Show solution' }));
    expect(shownIds()).toEqual(set.cards.map((c) => c.id));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(shownIds()).toEqual(set.start);
    expect(cards()[0]).not.toHaveAttribute('data-correct');
    expect(screen.queryByTestId('score-positions')).toBeNull();
  });

  it('gives itself a seed when the address has none, so the address reopens the same cards', () => {
    const { store } = setup(null);
    expect(store.getState().seed).toMatch(/^[a-z2-9]{6}$/);
    expect(cards()).toHaveLength(5);
  });
});
