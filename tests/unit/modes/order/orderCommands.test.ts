import { describe, expect, it } from 'vitest';
import type { OrderCard } from '../../../../src/exercises/orderCards';
import { CARD_COMMANDS, type CardKeyContext } from '../../../../src/modes/order/orderCommands';
import {
  createOrderState,
  type OrderAction,
  type OrderState,
  reduceOrder,
} from '../../../../src/modes/order/orderState';

const cards: OrderCard[] = ['a', 'b', 'c'].map((id, i) => ({
  id,
  title: id,
  clue: '',
  startMs: i,
  dateLabel: String(i),
}));

/** Presses keys on a focused card, as the view does: a key runs its command if it is enabled. */
function press(state: OrderState, id: string, ...keys: string[]): { state: OrderState; handled: boolean[] } {
  let s = state;
  const handled = keys.map((key) => {
    const command = CARD_COMMANDS.forKey(key);
    const ctx: CardKeyContext = { state: s, id, dispatch: (a: OrderAction) => (s = reduceOrder(s, a)) };
    return command ? CARD_COMMANDS.run(command.id, ctx) : false;
  });
  return { state: s, handled };
}

describe('the card keys', () => {
  const start = createOrderState(cards, ['c', 'a', 'b']);

  it('lift with Space, move with the arrows, drop with Space', () => {
    const { state, handled } = press(start, 'c', ' ', 'ArrowDown', 'ArrowDown', ' ');
    expect(state.order).toEqual(['a', 'b', 'c']);
    expect(state.lifted).toBeNull();
    expect(handled).toEqual([true, true, true, true]);
  });

  it('leave the arrows and Escape to the page when no card is lifted', () => {
    const { state, handled } = press(start, 'a', 'ArrowUp', 'ArrowDown', 'Escape', 'Home');
    expect(state).toBe(start);
    expect(handled).toEqual([false, false, false, false]);
  });

  it('take Home and End to the ends, and Escape back to where the card was lifted', () => {
    expect(press(start, 'b', 'Enter', 'Home').state.order).toEqual(['b', 'c', 'a']);
    expect(press(start, 'c', ' ', 'End').state.order).toEqual(['a', 'b', 'c']);
    const cancelled = press(start, 'c', ' ', 'End', 'Escape').state;
    expect(cancelled.order).toEqual(['c', 'a', 'b']);
    expect(cancelled.lifted).toBeNull();
  });

  it('do nothing once the order is checked', () => {
    const checked = reduceOrder(start, { type: 'check' });
    expect(press(checked, 'c', ' ', 'ArrowDown').handled).toEqual([false, false]);
  });
});
