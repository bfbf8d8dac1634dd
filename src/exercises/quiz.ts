/**
 * "What answered what": for an event that answers another (`respondsTo`), the question shows the answering
 * event and offers 3–4 earlier events, one of which it answered.
 *
 * Distractors are plausible causes: dated within two years of the true one and no later than the answering
 * event (an answer cannot come before its cause), and ranked by likeness to the true one: the same actors
 * (usually the other side from the answer) count 2, the same category 1; the best-ranked are taken, ties
 * chosen at random. Events the answer also answers are never distractors (they would be right too), nor
 * events that answer it. A question with fewer than two distractors is left out.
 */
import { compareEvents, type TimelineEvent } from '../data/model';
import { createRandom, type Random, randomInt, shuffled } from '../data/random';

export interface QuizQuestion {
  /** The answering event the question shows. */
  readonly eventId: string;
  /** The event it answered. */
  readonly correctId: string;
  /** 3 or 4 ids in a seeded order, correctId among them. */
  readonly optionIds: readonly string[];
}

const DISTRACTORS = 3;

function shiftYears(ms: number, years: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}

/** First index whose start is at least `ms`. */
function lowerBound(pool: readonly TimelineEvent[], ms: number): number {
  let lo = 0;
  let hi = pool.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((pool[mid] as TimelineEvent).startMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameActors(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.actors.length === b.actors.length && a.actors.every((x) => b.actors.includes(x));
}

function pickDistractors(
  answer: TimelineEvent,
  correct: TimelineEvent,
  pool: readonly TimelineEvent[],
  rand: Random,
): TimelineEvent[] {
  const fromMs = shiftYears(correct.startMs, -2);
  const toMs = Math.min(shiftYears(correct.startMs, 2), answer.startMs);
  // Candidates by likeness, 3 (same actors and category) down to 0.
  const byScore: TimelineEvent[][] = [[], [], [], []];
  for (let i = lowerBound(pool, fromMs); i < pool.length; i += 1) {
    const e = pool[i] as TimelineEvent;
    if (e.startMs > toMs) break;
    if (e === answer || answer.respondsTo.includes(e.id) || e.respondsTo.includes(answer.id)) continue;
    byScore[(sameActors(e, correct) ? 2 : 0) + (e.category === correct.category ? 1 : 0)]?.push(e);
  }
  const picked: TimelineEvent[] = [];
  for (let score = 3; score >= 0 && picked.length < DISTRACTORS; score -= 1) {
    const group = byScore[score] as TimelineEvent[];
    // A partial Fisher–Yates shuffle: a random few of the group, one draw each.
    for (let left = group.length; left > 0 && picked.length < DISTRACTORS; left -= 1) {
      const j = randomInt(rand, left);
      picked.push(group[j] as TimelineEvent);
      group[j] = group[left - 1] as TimelineEvent;
    }
  }
  return picked;
}

/** Up to `count` questions, one per answering event at most, in the answering events' date order. */
export function buildQuiz(
  events: readonly TimelineEvent[],
  byId: ReadonlyMap<string, TimelineEvent>,
  seed: string | number,
  count = 5,
): QuizQuestion[] {
  const rand = createRandom(`quiz|${seed}`);
  let pool = [...byId.values()];
  if (pool.some((e, i) => i > 0 && (pool[i - 1] as TimelineEvent).startMs > e.startMs)) pool = pool.sort(compareEvents);
  const actsOf = (e: TimelineEvent) =>
    [...new Set(e.respondsTo)].flatMap((id) => {
      const act = byId.get(id);
      return act && act !== e ? [act] : [];
    });
  const answering = events.filter((e) => e.respondsTo.length > 0 && actsOf(e).length > 0).sort(compareEvents);
  const questions: { event: TimelineEvent; question: QuizQuestion }[] = [];
  for (const event of shuffled(answering, rand)) {
    if (questions.length >= count) break;
    const acts = actsOf(event);
    const correct = acts[randomInt(rand, acts.length)] as TimelineEvent;
    const distractors = pickDistractors(event, correct, pool, rand);
    if (distractors.length < 2) continue;
    const optionIds = shuffled([correct, ...distractors], rand).map((e) => e.id);
    questions.push({ event, question: { eventId: event.id, correctId: correct.id, optionIds } });
  }
  return questions.sort((a, b) => compareEvents(a.event, b.event)).map((q) => q.question);
}
