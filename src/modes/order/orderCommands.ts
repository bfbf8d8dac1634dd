/**
 * The keys of a focused card, as commands: Space (or Enter) lifts and drops, ↑ and ↓ move the lifted card
 * one place, Home and End to the first and last place, Escape puts it back where it was lifted. A key that
 * does nothing in the state (an arrow with no card lifted) is left to the page, so it still scrolls.
 */
import { type Command, createCommandRegistry } from '../../ui/commands';
import type { OrderAction, OrderState } from './orderState';

export interface CardKeyContext {
  readonly state: OrderState;
  /** The focused card. */
  readonly id: string;
  dispatch(action: OrderAction): void;
}

const isLifted = ({ state, id }: CardKeyContext) => state.phase === 'answering' && state.lifted?.id === id;

const COMMANDS: readonly Command<CardKeyContext>[] = [
  {
    id: 'lift-drop',
    label: 'Lift or drop the card',
    keys: [' ', 'Enter'],
    run: (ctx) => ctx.dispatch(isLifted(ctx) ? { type: 'drop' } : { type: 'lift', id: ctx.id }),
    isEnabled: ({ state }) => state.phase === 'answering',
  },
  {
    id: 'up',
    label: 'Move the card up',
    keys: ['ArrowUp'],
    run: ({ dispatch, id }) => dispatch({ type: 'move', id, by: -1 }),
    isEnabled: isLifted,
  },
  {
    id: 'down',
    label: 'Move the card down',
    keys: ['ArrowDown'],
    run: ({ dispatch, id }) => dispatch({ type: 'move', id, by: 1 }),
    isEnabled: isLifted,
  },
  {
    id: 'first',
    label: 'Move the card to the first place',
    keys: ['Home'],
    run: ({ dispatch, id, state }) => dispatch({ type: 'move', id, by: -state.order.length }),
    isEnabled: isLifted,
  },
  {
    id: 'last',
    label: 'Move the card to the last place',
    keys: ['End'],
    run: ({ dispatch, id, state }) => dispatch({ type: 'move', id, by: state.order.length }),
    isEnabled: isLifted,
  },
  {
    id: 'cancel',
    label: 'Put the card back where it was lifted',
    keys: ['Escape'],
    run: ({ dispatch }) => dispatch({ type: 'cancel' }),
    isEnabled: isLifted,
  },
];

export const CARD_COMMANDS = createCommandRegistry(COMMANDS);
