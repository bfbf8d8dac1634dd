import { describe, expect, it } from 'vitest';
import type { OrderCard } from '../../../../src/exercises/orderCards';
import { createOrderState, moveId, type OrderState, reduceOrder } from '../../../../src/modes/order/orderState';

const card = (id: string, startMs: number): OrderCard => ({
  id,
  title: `Title ${id}`,
  clue: `Clue ${id}`,
  startMs,
  dateLabel: `day ${startMs}`,
});
// The solution is a, b, c, d; every attempt starts from d, b, a, c.
const CARDS = [card('a', 1), card('b', 2), card('c', 3), card('d', 4)];
const START = ['d', 'b', 'a', 'c'];

function run(state: OrderState, ...actions: Parameters<typeof reduceOrder>[1][]): OrderState {
  return actions.reduce(reduceOrder, state);
}

describe('moveId', () => {
  it('moves one id to an index, clamped to the list, and leaves the list as it was when it does not move', () => {
    expect(moveId(['a', 'b', 'c'], 'c', 0)).toEqual(['c', 'a', 'b']);
    expect(moveId(['a', 'b', 'c'], 'a', 9)).toEqual(['b', 'c', 'a']);
    const same = ['a', 'b'];
    expect(moveId(same, 'a', -3)).toBe(same);
    expect(moveId(same, 'x', 1)).toBe(same);
  });
});

describe('reduceOrder', () => {
  const s0 = createOrderState(CARDS, START);

  it('lifts a card, moves it with each step announced, and drops it', () => {
    const lifted = reduceOrder(s0, { type: 'lift', id: 'a' });
    expect(lifted.lifted?.id).toBe('a');
    expect(lifted.message).toBe(
      'Lifted “Title a”, position 3 of 4. Up and down arrows move it, Space drops it, Escape cancels.',
    );
    const up = reduceOrder(lifted, { type: 'move', id: 'a', by: -1 });
    expect(up.order).toEqual(['d', 'a', 'b', 'c']);
    expect(up.message).toBe('“Title a” moved to position 2 of 4.');
    const top = run(up, { type: 'move', id: 'a', by: -1 }, { type: 'move', id: 'a', by: -1 });
    expect(top.order).toEqual(['a', 'd', 'b', 'c']);
    expect(top.message).toBe('“Title a” is already first.');
    const dropped = reduceOrder(top, { type: 'drop' });
    expect(dropped.lifted).toBeNull();
    expect(dropped.message).toBe('Dropped “Title a” at position 1 of 4.');
  });

  it('puts a card back where it was lifted on cancel', () => {
    const s = run(s0, { type: 'lift', id: 'd' }, { type: 'move', id: 'd', by: 1 }, { type: 'move', id: 'd', by: 1 });
    expect(s.order).toEqual(['b', 'a', 'd', 'c']);
    const cancelled = reduceOrder(s, { type: 'cancel' });
    expect(cancelled.order).toEqual(START);
    expect(cancelled.lifted).toBeNull();
    expect(cancelled.message).toBe('Move cancelled: “Title d” is back at position 1 of 4.');
  });

  it('moves only the lifted card', () => {
    const s = reduceOrder(s0, { type: 'lift', id: 'a' });
    expect(reduceOrder(s, { type: 'move', id: 'b', by: 1 })).toBe(s);
    expect(reduceOrder(s0, { type: 'move', id: 'a', by: 1 })).toBe(s0);
  });

  it('places a dragged card at its drop index', () => {
    const s = reduceOrder(s0, { type: 'place', id: 'd', index: 3 });
    expect(s.order).toEqual(['b', 'a', 'c', 'd']);
    expect(s.message).toBe('Moved “Title d” to position 4 of 4.');
  });

  it('checks by positions and by pairs, then freezes the order until Try again', () => {
    // d, b, a, c against a, b, c, d: only b is in its place (1 of 4). Pairs in the right order (of 6):
    // (b,c), (a,c) = 2; d before b, a, c and b before a are wrong.
    const checked = reduceOrder(s0, { type: 'check' });
    expect(checked.phase).toBe('checked');
    expect(checked.score?.positions).toEqual({ count: 1, of: 4 });
    expect(checked.score?.pairs).toEqual({ count: 2, of: 6 });
    expect(checked.score?.cards.map((c) => c.correct)).toEqual([false, true, false, false]);
    expect(checked.message).toBe('Checked: 1 of 4 cards in their exact place; 2 of 6 pairs in the right order.');
    expect(reduceOrder(checked, { type: 'lift', id: 'a' })).toBe(checked);
    expect(reduceOrder(checked, { type: 'place', id: 'a', index: 0 })).toBe(checked);
  });

  it('scores one card moved from first to last: no position right, but only its own pairs lost', () => {
    // b, c, d, a: positions 0 of 4; pairs 3 of 6 (a's three pairs are wrong, the other three right).
    const s = run(
      createOrderState(CARDS, ['a', 'b', 'c', 'd']),
      { type: 'place', id: 'a', index: 3 },
      { type: 'check' },
    );
    expect(s.score?.positions).toEqual({ count: 0, of: 4 });
    expect(s.score?.pairs).toEqual({ count: 3, of: 6 });
  });

  it('shows the solution only after a check, and Try again starts from the same shuffle', () => {
    expect(reduceOrder(s0, { type: 'solve' })).toBe(s0);
    const solved = run(s0, { type: 'place', id: 'a', index: 0 }, { type: 'check' }, { type: 'solve' });
    expect(solved.phase).toBe('solution');
    expect(solved.order).toEqual(['a', 'b', 'c', 'd']);
    expect(solved.score?.positions.count).toBe(1);
    const again = reduceOrder(solved, { type: 'retry' });
    expect(again.phase).toBe('answering');
    expect(again.order).toEqual(START);
    expect(again.score).toBeNull();
    expect(again.message).toBe('The cards are back in their starting order.');
  });
});
