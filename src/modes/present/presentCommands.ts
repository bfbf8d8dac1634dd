/** The presentation's commands: keys a presenter's clicker sends, and the buttons of the bar. */
import type { AppStore } from '../../state/store';
import { stepEvent } from '../../timeline/reveal';
import { type Command, createCommandRegistry, type PageCommandContext } from '../../ui/commands';

function position(store: AppStore): { index: number; count: number } {
  const s = store.getState();
  const events = store.select.presentationEvents(s);
  return { index: events.findIndex((e) => e.id === s.event), count: events.length };
}

function goTo(store: AppStore, pick: (store: AppStore) => string | null): void {
  const id = pick(store);
  if (id) store.getState().select(id);
}

const sequence = (store: AppStore) => store.select.presentationEvents(store.getState());

const COMMANDS: readonly Command<PageCommandContext>[] = [
  {
    // A slide whose full sources and notes did not fit takes two clicks: the panel, then the next event.
    id: 'next',
    label: 'Next',
    keys: ['ArrowRight', 'PageDown', ' ', 'ArrowDown'],
    run: ({ store }) => {
      if (store.getState().slideNotes === 'pending') return store.getState().setSlideNotes('open');
      goTo(store, (st) => stepEvent(sequence(st), st.getState().event, 1)?.id ?? null);
    },
    isEnabled: ({ store }) => {
      const { index, count } = position(store);
      return index < count - 1 || store.getState().slideNotes === 'pending';
    },
  },
  {
    id: 'previous',
    label: 'Previous',
    keys: ['ArrowLeft', 'PageUp', 'ArrowUp', 'Backspace'],
    run: ({ store }) => {
      if (store.getState().slideNotes === 'open') return store.getState().setSlideNotes('pending');
      goTo(store, (st) => stepEvent(sequence(st), st.getState().event, -1)?.id ?? null);
    },
    isEnabled: ({ store }) => position(store).index > 0 || store.getState().slideNotes === 'open',
  },
  {
    id: 'notes',
    label: 'Sources and notes',
    keys: ['s', 'S'],
    run: ({ store }) => {
      const { slideNotes, setSlideNotes } = store.getState();
      setSlideNotes(slideNotes === 'open' ? 'pending' : 'open');
    },
    isEnabled: ({ store }) => store.getState().slideNotes !== 'none',
  },
  {
    id: 'first',
    label: 'First event',
    keys: ['Home'],
    run: ({ store }) => goTo(store, (st) => sequence(st)[0]?.id ?? null),
    isEnabled: ({ store }) => position(store).count > 0,
  },
  {
    id: 'last',
    label: 'Last event',
    keys: ['End'],
    run: ({ store }) => goTo(store, (st) => sequence(st).at(-1)?.id ?? null),
    isEnabled: ({ store }) => position(store).count > 0,
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
    run: ({ store }) => {
      // Escape closes the panel first, then leaves.
      if (store.getState().slideNotes === 'open') return store.getState().setSlideNotes('pending');
      if (document.fullscreenElement) void document.exitFullscreen();
      store.getState().returnToExplorer();
    },
  },
];

export const PRESENT_COMMANDS = createCommandRegistry(COMMANDS);
