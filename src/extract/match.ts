/**
 * The event already in the dataset that a candidate reports, so an article becomes another source rather
 * than a duplicate: same category (summit and diplomacy count as one family), a shared actor, the same or an
 * adjacent date within the coarser precision, and similar words or the same figure.
 */
import { type Actor, type CategoryId, knownCategory } from '../data/categories';
import { DAY_MS, parseDateSpec } from '../data/dates';
import type { Dataset, TimelineEvent } from '../data/model';
import { wordsOf } from './text';

export interface MatchQuery {
  readonly date: string;
  readonly actors: readonly Actor[];
  readonly category: string;
  /** The candidate's title and evidence, for word overlap. */
  readonly text: string;
  readonly figureValues: readonly number[];
}

const STOPWORDS = new Set(
  'the a an of to in on for and or with by at from as is was were be has have had its it their his her that this after over into us u s russia russian russians united states american washington moscow said says new first two one more than'.split(
    ' ',
  ),
);

function stem(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '');
}

export function keywords(text: string): Set<string> {
  return new Set(
    wordsOf(text)
      .filter((w) => w.length > 2 && !STOPWORDS.has(w))
      .map(stem),
  );
}

const FAMILY: Record<string, string> = { summit: 'meeting', diplomacy: 'meeting' };

function datesAgree(query: string, event: TimelineEvent): boolean {
  const span = parseDateSpec(query);
  if (!span) return false;
  // Adjacent days agree: a wire story's "Thursday" in Washington is Friday in Moscow.
  const slack = span.precision === 'day' && event.precision === 'day' ? DAY_MS : 0;
  return span.startMs < event.span.endMs + slack && event.span.startMs < span.endMs + slack;
}

/**
 * How alike the candidate and the event are, 0…1, or null when they cannot be the same act. `anyCategory`
 * lets an act read under another category match (see findSameAct).
 */
export function scoreMatch(q: MatchQuery, e: TimelineEvent, anyCategory = false): number | null {
  const sameCategory =
    anyCategory ||
    e.category === q.category ||
    (FAMILY[e.category] ?? e.category) === (FAMILY[q.category] ?? q.category);
  if (!sameCategory || !q.actors.some((a) => e.actors.includes(a)) || !datesAgree(q.date, e)) return null;
  const mine = keywords(q.text);
  const theirs = keywords(`${e.title} ${e.summary}`);
  const title = keywords(e.title);
  let sharedTitle = 0;
  for (const w of title) if (mine.has(w)) sharedTitle += 1;
  let shared = 0;
  for (const w of theirs) if (mine.has(w)) shared += 1;
  const words = Math.max(sharedTitle / Math.max(1, title.size), shared / Math.max(1, Math.min(mine.size, theirs.size)));
  const figure = e.figures.some((f) => q.figureValues.includes(f.value)) ? 0.3 : 0;
  const exact = e.date === q.date ? 0.15 : 0;
  const sameActors = e.actors.length === q.actors.length ? 0.05 : 0;
  return Math.min(1, words + figure + exact + sameActors);
}

/** How much less alike a record of the candidate's own day may be, and still be preferred to one of another day. */
const SAME_DAY_MARGIN = 0.1;

function bestMatch(
  q: MatchQuery,
  dataset: Dataset,
  threshold: number,
  anyCategory: boolean,
  exclude: ReadonlySet<string> = new Set(),
): { event: TimelineEvent; score: number } | null {
  let best: { event: TimelineEvent; score: number } | null = null;
  let sameDay: { event: TimelineEvent; score: number } | null = null;
  for (const e of dataset.events) {
    if ((anyCategory && e.category === 'statement') || exclude.has(e.id)) continue;
    // An act of both sides is not one side's act of another kind: a call about the invasion is not the invasion.
    if (anyCategory && q.actors.length > 1 && e.actors.length === 1) continue;
    const score = scoreMatch(q, e, anyCategory);
    if (score === null || score < threshold) continue;
    if (!best || score > best.score) best = { event: e, score };
    if (e.date === q.date && (!sameDay || score > sameDay.score)) sameDay = { event: e, score };
  }
  // Of two acts alike in words, the one of the day the article gives: a notice delivered today, announced
  // yesterday, is today's record, though the announcement's record shares a few more of its words.
  return sameDay && best && sameDay.score >= best.score - SAME_DAY_MARGIN ? sameDay : best;
}

/** The id of the best-matching event, or null when none is alike enough. */
export function findMatch(q: MatchQuery, dataset: Dataset | null): string | null {
  if (!dataset) return null;
  // A date the article did not give (the publication month) needs stronger evidence of the same act.
  const threshold = q.date.length === 10 ? 0.3 : 0.45;
  return bestMatch(q, dataset, threshold, false)?.event.id ?? null;
}

/**
 * The recorded event that an act read under another category is, or null. A sentence's verb can mislead:
 * "Clinton and Yeltsin agreed to speed nuclear cuts" reads as arms control, yet the dataset records that
 * day as their summit. When a recorded event shares an actor and the date and the words agree more
 * closely than findMatch asks, it is the same act, and the curated record's category and sides are the
 * better reading. A reaction (statement) is never folded into the act it answers, either way round.
 */
export function findSameAct(
  q: MatchQuery,
  dataset: Dataset | null,
  exclude: ReadonlySet<string> = new Set(),
): { readonly id: string; readonly category: CategoryId; readonly actors: readonly Actor[] } | null {
  if (!dataset || q.category === 'statement') return null;
  // A day may hold several acts ("expelled ten diplomats and barred eight officials"): when one of the act's
  // own category is recorded then, the reading stands, even if its words differ.
  if (bestMatch(q, dataset, 0, false)) return null;
  // Above findMatch's bar (0.3 and 0.45): the words, not the verb, must say it is the same act.
  const threshold = q.date.length === 10 ? 0.4 : 0.5;
  const event = bestMatch(q, dataset, threshold, true, exclude)?.event;
  // A dataset of one's own may name categories of its own: only ours can be taken.
  const category = event ? knownCategory(event.category) : null;
  return event && category ? { id: event.id, category, actors: event.actors } : null;
}
