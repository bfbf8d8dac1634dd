/**
 * Memoised selectors, made per store (createAppStore attaches them as store.select), so two timelines on a
 * page never share a cache. A derived array stays the same object until its inputs change (by identity),
 * so components and the chart re-render or redraw only when it does.
 */
import type { TimelineEvent } from '../data/model';
import { computeFilteredEvents, eventsDatedIn, eventsOnScreen } from './queries';
import type { StoreData } from './store';

/** Remembers the last result for the last inputs (compared by identity). */
function memoOn<S, R>(inputs: (s: S) => readonly unknown[], compute: (s: S) => R): (s: S) => R {
  let last: readonly unknown[] | null = null;
  let result: R;
  return (s) => {
    const now = inputs(s);
    if (!last || now.length !== last.length || now.some((v, i) => v !== last?.[i])) {
      result = compute(s);
      last = now;
    }
    return result;
  };
}

export interface Selectors {
  /** Events that pass the filters, in date order. */
  filteredEvents(s: StoreData): readonly TimelineEvent[];
  /** Filtered events dated in the window (see queries.eventsDatedIn). */
  eventsInWindow(s: StoreData): readonly TimelineEvent[];
  /** Filtered events on screen: dated in the window or in force during it (see queries.eventsOnScreen). */
  eventsOnScreen(s: StoreData): readonly TimelineEvent[];
  /** A presentation's sequence: the `story` ids that exist, in their order; else the events in the window. */
  presentationEvents(s: StoreData): readonly TimelineEvent[];
}

export function createSelectors(): Selectors {
  const filteredEvents = memoOn((s: StoreData) => [s.dataset, s.cat, s.actor, s.q], computeFilteredEvents);
  const eventsInWindow = memoOn(
    (s: StoreData) => [filteredEvents(s), s.domain],
    (s) => eventsDatedIn(filteredEvents(s), s.domain),
  );
  const onScreen = memoOn(
    (s: StoreData) => [filteredEvents(s), s.domain],
    (s) => eventsOnScreen(filteredEvents(s), s.domain),
  );
  const presentationEvents = memoOn(
    (s: StoreData) => [s.story, s.dataset, eventsInWindow(s)],
    (s) => {
      const byId = s.dataset?.byId;
      if (!s.story || !byId) return eventsInWindow(s);
      return s.story.map((id) => byId.get(id)).filter((e): e is TimelineEvent => !!e);
    },
  );
  return { filteredEvents, eventsInWindow, eventsOnScreen: onScreen, presentationEvents };
}
