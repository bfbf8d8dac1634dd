/**
 * The ordering exercise as a state and its changes: the cards as shown, a card lifted by the keyboard (with
 * the order before the lift, so Escape can put it back), the phase (answering, checked, solution), the
 * order that was checked, and the sentence the live region announces for the last change. Pure: the view
 * dispatches, the keys and the drag only say which action.
 */
import type { OrderCard } from '../../exercises/orderCards';
import { type OrderScore, scoreOrder } from '../../exercises/scoreOrder';

export type OrderPhase = 'answering' | 'checked' | 'solution';

export interface OrderState {
  /** The cards in date order (the solution). */
  readonly cards: readonly OrderCard[];
  /** The seeded shuffle every attempt starts from. */
  readonly start: readonly string[];
  /** Card ids in the order shown. */
  readonly order: readonly string[];
  /** The card lifted by the keyboard, and the order when it was lifted. */
  readonly lifted: { readonly id: string; readonly before: readonly string[] } | null;
  readonly phase: OrderPhase;
  /** The score of the last order checked; null before the first check of an attempt. */
  readonly score: OrderScore | null;
  /** What the live region says about the last change. */
  readonly message: string;
}

export type OrderAction =
  | { readonly type: 'lift'; readonly id: string }
  | { readonly type: 'move'; readonly id: string; readonly by: number }
  | { readonly type: 'drop' }
  | { readonly type: 'cancel' }
  /** A card dragged and dropped at an index of the order. */
  | { readonly type: 'place'; readonly id: string; readonly index: number }
  | { readonly type: 'check' }
  | { readonly type: 'retry' }
  | { readonly type: 'solve' };

export function createOrderState(cards: readonly OrderCard[], start: readonly string[]): OrderState {
  return { cards, start, order: start, lifted: null, phase: 'answering', score: null, message: '' };
}

/** The ids with `id` moved to `index` (clamped to the list). */
export function moveId(ids: readonly string[], id: string, index: number): readonly string[] {
  const from = ids.indexOf(id);
  if (from < 0) return ids;
  const to = Math.max(0, Math.min(ids.length - 1, index));
  if (to === from) return ids;
  const out = ids.filter((x) => x !== id);
  out.splice(to, 0, id);
  return out;
}

function titleOf(s: OrderState, id: string): string {
  return `“${s.cards.find((c) => c.id === id)?.title ?? id}”`;
}

function at(order: readonly string[], id: string): string {
  return `position ${order.indexOf(id) + 1} of ${order.length}`;
}

export function describeScore(score: OrderScore): string {
  return `${score.positions.count} of ${score.positions.of} cards in their exact place; ${score.pairs.count} of ${score.pairs.of} pairs in the right order`;
}

export function reduceOrder(s: OrderState, a: OrderAction): OrderState {
  const answering = s.phase === 'answering';
  switch (a.type) {
    case 'lift':
      if (!answering || !s.order.includes(a.id)) return s;
      return {
        ...s,
        lifted: { id: a.id, before: s.order },
        message: `Lifted ${titleOf(s, a.id)}, ${at(s.order, a.id)}. Up and down arrows move it, Space drops it, Escape cancels.`,
      };
    case 'move': {
      if (!answering || s.lifted?.id !== a.id) return s;
      const from = s.order.indexOf(a.id);
      const order = moveId(s.order, a.id, from + a.by);
      if (order === s.order) return { ...s, message: `${titleOf(s, a.id)} is already ${a.by < 0 ? 'first' : 'last'}.` };
      return { ...s, order, message: `${titleOf(s, a.id)} moved to ${at(order, a.id)}.` };
    }
    case 'drop':
      if (!s.lifted) return s;
      return { ...s, lifted: null, message: `Dropped ${titleOf(s, s.lifted.id)} at ${at(s.order, s.lifted.id)}.` };
    case 'cancel': {
      if (!s.lifted) return s;
      const { id, before } = s.lifted;
      return {
        ...s,
        order: before,
        lifted: null,
        message: `Move cancelled: ${titleOf(s, id)} is back at ${at(before, id)}.`,
      };
    }
    case 'place': {
      if (!answering) return s;
      const order = moveId(s.order, a.id, a.index);
      return { ...s, order, lifted: null, message: `Moved ${titleOf(s, a.id)} to ${at(order, a.id)}.` };
    }
    case 'check': {
      if (!answering) return s;
      const score = scoreOrder(
        s.order,
        s.cards.map((c) => c.id),
      );
      return { ...s, lifted: null, phase: 'checked', score, message: `Checked: ${describeScore(score)}.` };
    }
    case 'retry':
      return { ...createOrderState(s.cards, s.start), message: 'The cards are back in their starting order.' };
    case 'solve':
      if (s.phase !== 'checked') return s;
      return {
        ...s,
        order: s.cards.map((c) => c.id),
        phase: 'solution',
        message: 'The solution is shown, earliest first.',
      };
  }
}
