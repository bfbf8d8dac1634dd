/**
 * User commands as data: buttons, keys and presentation steps dispatch the same objects.
 * `keys` are KeyboardEvent.key values; `run` acts on the store only.
 */
import { selectPresentationEvents } from '../../state/selectors';
import type { AppActions, AppState, AppStore } from '../../state/store';
import { stepEvent } from '../../timeline/reveal';

export interface Command {
  readonly id: string;
  readonly label: string;
  readonly keys: readonly string[];
  run(store: AppStore): void;
  isEnabled(state: AppState): boolean;
}

type State = AppState & AppActions;

function position(s: State): { index: number; count: number } {
  const events = selectPresentationEvents(s);
  return { index: events.findIndex((e) => e.id === s.selectedId), count: events.length };
}

function goTo(store: AppStore, pick: (s: State) => string | null): void {
  const id = pick(store.getState());
  if (id) store.getState().select(id);
}

export const PRESENT_COMMANDS: readonly Command[] = [
  {
    id: 'next',
    label: 'Next event',
    keys: ['ArrowRight', 'PageDown', ' ', 'ArrowDown'],
    run: (store) => goTo(store, (s) => stepEvent(selectPresentationEvents(s), s.selectedId, 1)?.id ?? null),
    isEnabled: (s) => {
      const { index, count } = position(s as State);
      return index < count - 1;
    },
  },
  {
    id: 'previous',
    label: 'Previous event',
    keys: ['ArrowLeft', 'PageUp', 'ArrowUp', 'Backspace'],
    run: (store) => goTo(store, (s) => stepEvent(selectPresentationEvents(s), s.selectedId, -1)?.id ?? null),
    isEnabled: (s) => position(s as State).index > 0,
  },
  {
    id: 'first',
    label: 'First event',
    keys: ['Home'],
    run: (store) => goTo(store, (s) => selectPresentationEvents(s)[0]?.id ?? null),
    isEnabled: (s) => position(s as State).count > 0,
  },
  {
    id: 'last',
    label: 'Last event',
    keys: ['End'],
    run: (store) => goTo(store, (s) => selectPresentationEvents(s).at(-1)?.id ?? null),
    isEnabled: (s) => position(s as State).count > 0,
  },
  {
    id: 'fullscreen',
    label: 'Full screen',
    keys: ['f', 'F'],
    run: () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    },
    isEnabled: () => typeof document !== 'undefined' && !!document.fullscreenEnabled,
  },
  {
    id: 'exit',
    label: 'Back to the explorer',
    keys: ['Escape'],
    run: (store) => {
      if (document.fullscreenElement) void document.exitFullscreen();
      store.getState().setMode('explore');
    },
    isEnabled: () => true,
  },
];

export function findCommand(commands: readonly Command[], key: string): Command | undefined {
  return commands.find((c) => c.keys.includes(key));
}
