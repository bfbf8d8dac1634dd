/**
 * The event already in the dataset that a candidate reports, so an article becomes another source rather
 * than a duplicate: same category (summit and diplomacy count as one family), a shared actor, the same or an
 * adjacent date within the coarser precision, and similar words or the same figure.
 */
import type { Actor } from '../data/categories';
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

/** How alike the candidate and the event are, 0…1, or null when they cannot be the same act. */
export function scoreMatch(q: MatchQuery, e: TimelineEvent): number | null {
  const sameCategory =
    e.category === q.category || (FAMILY[e.category] ?? e.category) === (FAMILY[q.category] ?? q.category);
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

/** The id of the best-matching event, or null when none is alike enough. */
export function findMatch(q: MatchQuery, dataset: Dataset | null): string | null {
  if (!dataset) return null;
  // A date the article did not give (the publication month) needs stronger evidence of the same act.
  const threshold = q.date.length === 10 ? 0.3 : 0.45;
  let best: { id: string; score: number } | null = null;
  for (const e of dataset.events) {
    const score = scoreMatch(q, e);
    if (score !== null && score >= threshold && (!best || score > best.score)) best = { id: e.id, score };
  }
  return best?.id ?? null;
}
