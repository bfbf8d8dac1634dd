/**
 * Scoring the extractor against articles whose events a person listed by hand. A candidate matches an
 * expected event when the category and actors agree and the dates agree within the expected precision (a
 * candidate one step coarser, a month for a day, still matches; the exact-date score then counts it wrong).
 * Each expected event takes at most one candidate, so a duplicate counts as a false positive. Beside the targets,
 * the acts found on their day whatever their category and sides are counted, to show where the losses lie.
 */
import type { CandidateEvent } from './extract';
import { SCALE } from './figures';

export interface ExpectedFigure {
  readonly value: number;
  readonly what: string;
}

export interface ExpectedEvent {
  readonly date: string;
  readonly precision: 'day' | 'month' | 'year';
  readonly actors: readonly string[];
  readonly category: string;
  readonly figures: readonly ExpectedFigure[];
  /** The dataset event this is, or null for none; absent when not checked. */
  readonly match?: string | null;
}

export interface FixtureKey {
  readonly published: string;
  readonly url: string;
  readonly publisher?: string;
  readonly events: readonly ExpectedEvent[];
}

export interface Tally {
  expected: number;
  found: number;
  matched: number;
  exactDates: number;
  actorsChecked: number;
  actorsRight: number;
  figuresExpected: number;
  figuresFound: number;
  /** Expected figures of the events matched: the figures score apart from the events missed (no target). */
  figuresOfMatched: number;
  /** Figures the matched candidates carry, and how many of them their key lists: the figures' precision (no target). */
  figuresGiven: number;
  figuresGivenRight: number;
  matchesChecked: number;
  matchesRight: number;
  /** Expected events matched when only the date is required, not the category or the sides (no target). */
  actsMatched: number;
}

export interface FixtureResult {
  readonly tally: Tally;
  readonly missed: readonly ExpectedEvent[];
  readonly extra: readonly CandidateEvent[];
  readonly wrongDates: ReadonlyArray<readonly [ExpectedEvent, CandidateEvent]>;
  /** Expected figures not found with their value, with the candidate found for their event (or null). */
  readonly missedFigures: ReadonlyArray<readonly [ExpectedFigure, CandidateEvent | null]>;
}

export const TARGETS = { precision: 0.85, recall: 0.75, exactDates: 0.9, actors: 0.9, figures: 0.9 } as const;

export function emptyTally(): Tally {
  return {
    expected: 0,
    found: 0,
    matched: 0,
    exactDates: 0,
    actorsChecked: 0,
    actorsRight: 0,
    figuresExpected: 0,
    figuresFound: 0,
    figuresOfMatched: 0,
    figuresGiven: 0,
    figuresGivenRight: 0,
    matchesChecked: 0,
    matchesRight: 0,
    actsMatched: 0,
  };
}

const COARSER: Record<string, number> = { day: 7, month: 4, year: 0 };

export function datesAgree(expected: ExpectedEvent, date: string): boolean {
  if (date.startsWith(expected.date)) return true;
  return expected.date.startsWith(date) && date.length >= (COARSER[expected.precision] ?? 0);
}

function sameActors(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * What a candidate must share with an expected event besides its date: the category and the sides (a match),
 * the category only (to check the sides), or nothing (the act found on its day, however it was classed).
 */
type Agreement = 'category-and-sides' | 'category' | 'date-only';

/** The best unused candidate for an expected event: the exact date first. */
function pick(e: ExpectedEvent, pool: readonly CandidateEvent[], used: Set<CandidateEvent>, agree: Agreement) {
  const fits = pool.filter(
    (c) =>
      !used.has(c) &&
      datesAgree(e, c.date) &&
      (agree === 'date-only' || c.category === e.category) &&
      (agree !== 'category-and-sides' || sameActors(c.actors, e.actors)),
  );
  return fits.find((c) => c.date === e.date) ?? fits[0] ?? null;
}

/** The multiplier a figure's `what` begins with ("billion dollars…" is 1e9), else 1: the extractor's scale words. */
const scaleOf = (what: string) =>
  SCALE[/^(thousand|million|billion|trillion)\b/i.exec(what.trim())?.[1]?.toLowerCase() ?? ''] ?? 1;

/** Minutes in the unit of time a figure's `what` begins with ("hours of talks" is 60), else null. */
const MINUTES: Readonly<Record<string, number>> = { minute: 1, hour: 60, day: 1440 };
const minutesOf = (what: string) =>
  MINUTES[/^(minute|hour|day)s?\b/i.exec(what.trim())?.[1]?.toLowerCase() ?? ''] ?? null;

/**
 * The same quantity: equal values, or one written with its scale in `what` and the other in full ("61" billion
 * dollars and 61,000,000,000 US dollars), or a length in other units ("6" hours of talks and "360" minutes of
 * talks): all are in the dataset's use.
 */
export function sameQuantity(a: { value: number; what: string }, b: { value: number; what: string }): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  if (a.value === b.value || close(a.value * scaleOf(a.what), b.value * scaleOf(b.what))) return true;
  const [ma, mb] = [minutesOf(a.what), minutesOf(b.what)];
  return ma !== null && mb !== null && close(a.value * ma, b.value * mb);
}

export function scoreFixture(candidates: readonly CandidateEvent[], key: FixtureKey): FixtureResult {
  const tally = emptyTally();
  tally.expected = key.events.length;
  tally.found = candidates.length;
  const used = new Set<CandidateEvent>();
  const missed: ExpectedEvent[] = [];
  const wrongDates: Array<[ExpectedEvent, CandidateEvent]> = [];
  const missedFigures: Array<[ExpectedFigure, CandidateEvent | null]> = [];
  const actsUsed = new Set<CandidateEvent>();
  for (const e of key.events) {
    const act = pick(e, candidates, actsUsed, 'date-only');
    if (act) {
      actsUsed.add(act);
      tally.actsMatched += 1;
    }
  }
  for (const e of key.events) {
    tally.figuresExpected += e.figures.length;
    const loose = pick(e, candidates, new Set(), 'category');
    if (loose) {
      tally.actorsChecked += 1;
      if (pick(e, candidates, new Set(), 'category-and-sides')) tally.actorsRight += 1;
    }
    const c = pick(e, candidates, used, 'category-and-sides');
    if (!c) {
      missed.push(e);
      for (const f of e.figures) missedFigures.push([f, null]);
      continue;
    }
    used.add(c);
    tally.matched += 1;
    if (c.date === e.date) tally.exactDates += 1;
    else wrongDates.push([e, c]);
    tally.figuresOfMatched += e.figures.length;
    for (const g of c.figures ?? []) {
      tally.figuresGiven += 1;
      if (e.figures.some((f) => sameQuantity(f, g))) tally.figuresGivenRight += 1;
    }
    for (const f of e.figures) {
      if ((c.figures ?? []).some((g) => sameQuantity(f, g))) tally.figuresFound += 1;
      else missedFigures.push([f, c]);
    }
    if (e.match !== undefined) {
      tally.matchesChecked += 1;
      if (c.match === e.match) tally.matchesRight += 1;
    }
  }
  return { tally, missed, extra: candidates.filter((c) => !used.has(c)), wrongDates, missedFigures };
}

export function addTally(a: Tally, b: Tally): Tally {
  const out = emptyTally();
  for (const k of Object.keys(out) as Array<keyof Tally>) out[k] = a[k] + b[k];
  return out;
}

export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly exactDates: number;
  readonly actors: number;
  readonly figures: number;
  /** Figures found among those of the matched events only. */
  readonly figuresOfMatched: number;
  /** The share of the matched candidates' figures that their keys list. */
  readonly figuresPrecision: number;
  readonly matches: number;
  /** Precision and recall when only the date is required: how far the losses are the category and the sides. */
  readonly actPrecision: number;
  readonly actRecall: number;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function computeScores(t: Tally): Scores {
  return {
    precision: ratio(t.matched, t.found),
    recall: ratio(t.matched, t.expected),
    exactDates: ratio(t.exactDates, t.matched),
    actors: ratio(t.actorsRight, t.actorsChecked),
    figures: ratio(t.figuresFound, t.figuresExpected),
    figuresOfMatched: ratio(t.figuresFound, t.figuresOfMatched),
    figuresPrecision: ratio(t.figuresGivenRight, t.figuresGiven),
    matches: ratio(t.matchesRight, t.matchesChecked),
    actPrecision: ratio(t.actsMatched, t.found),
    actRecall: ratio(t.actsMatched, t.expected),
  };
}

/** The names of the scores below their targets. */
export function belowTargets(s: Scores): string[] {
  return (Object.keys(TARGETS) as Array<keyof typeof TARGETS>).filter((k) => s[k] < TARGETS[k]);
}
