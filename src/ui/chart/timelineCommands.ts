/**
 * The chart's commands: its keys and its toolbar buttons dispatch the same objects (the shape of
 * ../commands.ts). They act on the store and on keyboard focus through a context the bridge gives them, so
 * they stay free of the DOM and D3 and are tested on a plain store.
 */
import { zoomDomain } from '../../data/domain';
import type { TimelineEvent } from '../../data/model';
import type { AppStore } from '../../state/store';
import { stepEvent } from '../../timeline/reveal';
import { type Command, createCommandRegistry } from '../commands';

/** Zoom factor of one key press or button click. */
export const KEY_ZOOM = 2;

/** The mark that has keyboard focus. */
export interface FocusedMark {
  readonly eventId: string;
  /** The time at the mark's centre, in ms: zooming keeps it in place. */
  readonly centreMs: number | null;
}

export interface TimelineCommandContext {
  readonly store: AppStore;
  /** Null for toolbar buttons, or when focus is not on a mark. */
  readonly mark: FocusedMark | null;
  /** The event keyboard focus was last on, if the chart remembers one. */
  readonly lastFocusId: string | null;
  /** Brings an event into view and moves keyboard focus to its mark. */
  focusEvent(event: TimelineEvent): void;
  /** Opens the focused event, keeping focus on its mark. */
  activate(): void;
  /** Keeps keyboard focus on this event's mark after the next draw. */
  keepFocus(id: string): void;
}

export type TimelineCommand = Command<TimelineCommandContext>;

const filtered = (ctx: TimelineCommandContext) => ctx.store.select.filteredEvents(ctx.store.getState());

/** The event to step from: the focused mark, else the one focus was last on, else the open one. */
function currentId(ctx: TimelineCommandContext): string | null {
  return ctx.mark?.eventId ?? ctx.lastFocusId ?? ctx.store.getState().event;
}

function step(direction: 1 | -1): (ctx: TimelineCommandContext) => void {
  return (ctx) => {
    const next = stepEvent(filtered(ctx), currentId(ctx), direction);
    if (next) ctx.focusEvent(next);
  };
}

function zoomBy(k: number): (ctx: TimelineCommandContext) => void {
  return (ctx) => {
    const s = ctx.store.getState();
    // Focus stays on the event's mark through the redraw the new window causes.
    if (ctx.mark?.eventId) ctx.keepFocus(ctx.mark.eventId);
    s.setDomain(zoomDomain(s.domain, k, ctx.mark?.centreMs ?? undefined));
  };
}

function endEvent(pick: (events: readonly TimelineEvent[]) => TimelineEvent | undefined) {
  return (ctx: TimelineCommandContext) => {
    const e = pick(filtered(ctx));
    if (e) ctx.focusEvent(e);
  };
}

export const TIMELINE_COMMANDS = {
  next: { id: 'next', label: 'Next event', keys: ['ArrowRight'], run: step(1) },
  previous: { id: 'previous', label: 'Previous event', keys: ['ArrowLeft'], run: step(-1) },
  first: { id: 'first', label: 'First event', keys: ['Home'], run: endEvent((es) => es[0]) },
  last: { id: 'last', label: 'Last event', keys: ['End'], run: endEvent((es) => es.at(-1)) },
  open: { id: 'open', label: 'Open the event', keys: ['Enter', ' '], run: (ctx) => ctx.activate() },
  zoomIn: { id: 'zoom-in', label: 'Zoom in', keys: ['+', '='], run: zoomBy(KEY_ZOOM) },
  zoomOut: { id: 'zoom-out', label: 'Zoom out', keys: ['-', '_'], run: zoomBy(1 / KEY_ZOOM) },
  showAll: {
    id: 'show-all',
    label: 'Show the whole period',
    keys: ['0'],
    run: (ctx) => ctx.store.getState().setDomain(ctx.store.getState().fullDomain),
  },
} as const satisfies Record<string, TimelineCommand>;

export const TIMELINE_REGISTRY = createCommandRegistry<TimelineCommandContext>(Object.values(TIMELINE_COMMANDS));
