/**
 * Why an expected event was missed, by class, so that work on the extractor goes to the commonest kind of miss
 * rather than to one sentence. Each miss is classed by the furthest stage its act reached:
 * - `category`, `sides`, `date`: a candidate was proposed for the act, with another category, other sides, or
 *   another date (the same dataset event, or the same category and sides from a sentence that names the date);
 * - `dropped`: the act was read from its sentence, then merged into another, taken for a plan or left out for low
 *   confidence;
 * - `filtered`: a sentence that names the date has an act word and names the side or sides, but no act was read
 *   (a filter: a reason, a denial, a third party, a plan);
 * - `unnamed`: a sentence that names the date has an act word, but not the sides the act needs: they are named
 *   in another sentence ("He also ordered…");
 * - `no-act-word`: sentences name the date, none has an act word (an act named by a noun the triggers lack, or
 *   a verb they lack);
 * - `no-date`: no sentence names the date in words the extractor reads.
 */
import type { RawCandidate, SentenceAnalysis } from './candidates';
import { datesAgree, type ExpectedEvent } from './evaluate';
import type { CandidateEvent } from './extract';

export const MISS_CLASSES = [
  'category',
  'sides',
  'date',
  'dropped',
  'filtered',
  'unnamed',
  'no-act-word',
  'no-date',
] as const;
export type MissClass = (typeof MISS_CLASSES)[number];

const sameSides = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** A trigger that gave no act, in sentence `sentence`, and why (from findArticleCandidates' trace). */
export interface Drop {
  readonly sentence: number;
  readonly word: string;
  readonly why: string;
}

export interface Miss {
  readonly kind: MissClass;
  /** For `filtered` and `unnamed`: each act word of the sentences naming the date, and why it gave no act. */
  readonly drops: readonly Drop[];
  /** The sentences (by index) that name the expected date. */
  readonly naming: readonly number[];
}

/** The class of one missed event, given the article's analysed sentences, its read acts and the final candidates. */
export function classifyMiss(
  e: ExpectedEvent,
  analyses: readonly SentenceAnalysis[],
  raws: readonly RawCandidate[],
  candidates: readonly CandidateEvent[],
  drops: readonly Drop[] = [],
): Miss {
  const namingDate = analyses.filter((a) => a.dates.some((d) => datesAgree(e, d.date)));
  const kind = missClass(e, namingDate, raws, candidates);
  const naming = namingDate.map((a) => a.sentence.index);
  if (kind !== 'filtered' && kind !== 'unnamed') return { kind, drops: [], naming };
  return { kind, drops: drops.filter((d) => naming.includes(d.sentence)), naming };
}

/** The class, given the sentences that name the expected date. */
function missClass(
  e: ExpectedEvent,
  naming: readonly SentenceAnalysis[],
  raws: readonly RawCandidate[],
  candidates: readonly CandidateEvent[],
): MissClass {
  const onDate = candidates.filter((c) => datesAgree(e, c.date));
  if (onDate.some((c) => sameSides(c.actors, e.actors))) return 'category';
  if (onDate.some((c) => c.category === e.category)) return 'sides';
  const sameAct = (c: { category: string; actors: readonly string[] }) =>
    c.category === e.category && sameSides(c.actors, e.actors);
  if (
    candidates.some(
      (c) =>
        sameAct(c) &&
        ((e.match && c.match === e.match) ||
          naming.some((a) => a.sentence.start <= c.evidence.start && c.evidence.start < a.sentence.end)),
    )
  )
    return 'date';
  if (raws.some((r) => sameAct(r) && r.date && datesAgree(e, r.date.date))) return 'dropped';
  if (naming.length === 0) return 'no-date';
  const worded = naming.filter((a) => a.hits.length > 0);
  if (worded.length === 0) return 'no-act-word';
  const named = worded.some((a) =>
    e.actors.every((side) => a.mentions.some((m) => m.side === side && m.role !== 'inactive')),
  );
  return named ? 'filtered' : 'unnamed';
}
