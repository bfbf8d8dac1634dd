/**
 * "Put these events in order": cards drawn from the given events, reproducible for a seed, and a shuffle
 * that never hands the class the answer.
 *
 * An order must exist, so no two cards' dates may overlap: not two on one day, and not "2014" beside
 * "18 March 2014" (a year-only date could be before or after it). Day-precision dates are preferred. The
 * period from the first to the last event is cut into n equal slices and a card is drawn from each slice
 * in turn, so the cards spread over the period; slices with nothing usable are made up from anywhere.
 * Fewer than n cards come back only when the events do not hold n with dates that do not overlap.
 */
import { formatDateSpec } from '../data/dates';
import { compareEvents, type TimelineEvent } from '../data/model';
import { createRandom, type Random, randomInt, shuffled } from '../data/random';
import { computeClue, scrubDates } from './clue';

export interface OrderCard {
  readonly id: string;
  /** The title with its dates and year-like numbers removed. */
  readonly title: string;
  /** Category, who acted and a phrase of the summary, without a date (computeClue). */
  readonly clue: string;
  readonly startMs: number;
  /** The date as the data gives it ("15 April 2021", "April 2021"), to show once the order is checked. */
  readonly dateLabel: string;
}

export const MIN_CARDS = 3;
export const MAX_CARDS = 12;
export const DEFAULT_CARDS = 6;

/** n as a whole number from 3 to 12; 6 when it is missing or not a number. */
export function clampCardCount(n: number | undefined): number {
  if (n === undefined || !Number.isFinite(n)) return DEFAULT_CARDS;
  return Math.min(MAX_CARDS, Math.max(MIN_CARDS, Math.round(n)));
}

function overlaps(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.span.startMs < b.span.endMs && b.span.startMs < a.span.endMs;
}

/**
 * The events in a seeded random order, day-precision dates first, drawn lazily (a Fisher–Yates shuffle
 * done one draw at a time), so finding one usable event in a slice of thousands costs a few draws.
 */
function* drawDaysFirst(events: readonly TimelineEvent[], rand: Random): Generator<TimelineEvent> {
  for (const pool of [events.filter((e) => e.precision === 'day'), events.filter((e) => e.precision !== 'day')]) {
    for (let left = pool.length; left > 0; left -= 1) {
      const j = randomInt(rand, left);
      yield pool[j] as TimelineEvent;
      pool[j] = pool[left - 1] as TimelineEvent;
    }
  }
}

function isSorted(events: readonly TimelineEvent[]): boolean {
  return events.every((e, i) => i === 0 || compareEvents(events[i - 1] as TimelineEvent, e) <= 0);
}

export function createOrderCard(event: TimelineEvent): OrderCard {
  return {
    id: event.id,
    title: scrubDates(event.title),
    clue: computeClue(event),
    startMs: event.startMs,
    dateLabel: formatDateSpec(event.span),
  };
}

/** The cards in date order (the solution); see the module comment for how they are chosen. */
export function drawOrderCards(
  events: readonly TimelineEvent[],
  n: number | undefined,
  seed: string | number,
): OrderCard[] {
  const count = clampCardCount(n);
  const sorted = isSorted(events) ? events : [...events].sort(compareEvents);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const rand = createRandom(`cards|${seed}`);
  const sliceMs = (last.startMs - first.startMs) / count;
  const slices: TimelineEvent[][] = Array.from({ length: count }, () => []);
  for (const e of sorted) {
    const i = sliceMs > 0 ? Math.min(count - 1, Math.floor((e.startMs - first.startMs) / sliceMs)) : 0;
    slices[i]?.push(e);
  }
  const chosen: TimelineEvent[] = [];
  const fits = (e: TimelineEvent) => !chosen.some((c) => c === e || overlaps(c, e));
  const firstFitting = (draws: Iterable<TimelineEvent>) => {
    for (const e of draws) if (fits(e)) return e;
    return undefined;
  };
  for (const slice of slices) {
    const pick = firstFitting(drawDaysFirst(slice, rand));
    if (pick) chosen.push(pick);
  }
  if (chosen.length < count) {
    for (const e of drawDaysFirst(sorted, rand)) {
      if (fits(e)) chosen.push(e);
      if (chosen.length >= count) break;
    }
  }
  return chosen.sort(compareEvents).map(createOrderCard);
}

/** The solution: card ids in date order. */
export function solveOrder(cards: readonly Pick<OrderCard, 'id' | 'startMs'>[]): string[] {
  return [...cards].sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((c) => c.id);
}

/**
 * The cards in a seeded random order that is never the solution (for two cards or more: one card has only
 * the one order). A draw that comes out solved is drawn again; after eight such draws (for two cards, a
 * chance of 1 in 256) the first two cards of the solution are swapped.
 */
export function shuffle<T extends Pick<OrderCard, 'id' | 'startMs'>>(cards: readonly T[], seed: string | number): T[] {
  if (cards.length < 2) return [...cards];
  const solution = solveOrder(cards);
  const rand = createRandom(`shuffle|${seed}`);
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const out = shuffled(cards, rand);
    if (out.some((c, i) => c.id !== solution[i])) return out;
  }
  const byId = new Map(cards.map((c) => [c.id, c]));
  const [a, b, ...rest] = solution.map((id) => byId.get(id) as T);
  return [b as T, a as T, ...rest];
}
