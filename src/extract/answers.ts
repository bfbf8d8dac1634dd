/**
 * "Moscow answered on Thursday." A short sentence that only says that a side answered, and when, leads into the
 * answer the next sentence tells ("Foreign Minister Lavrov announced that 60 American diplomats would have to
 * leave"): its day is the answer's. (It stays a statement of its own: "Moscow replied sharply on Friday." may be one.)
 */
import type { Actor } from '../data/categories';
import type { SentenceAnalysis } from './candidates';
import type { DateMention } from './dates';

const ANSWER_ONLY =
  /^["“]?\s*[^.,;:]{0,50}?\b(?:answered|replied|responded|retaliated|hit back|struck back)\b[^.,;:]{0,30}[.!]?$/;

/** The day of the sentence before when it only says that `sides`' one side answered; else null. */
export function answeredDay(before: SentenceAnalysis | undefined, sides: readonly Actor[]): DateMention | null {
  if (!before || sides.length !== 1 || !ANSWER_ONLY.test(before.sentence.text.trim())) return null;
  const agent = before.mentions.find((m) => m.role === 'agent');
  if (agent?.side !== sides[0]) return null;
  return before.dates.find((d) => d.anchor && d.precision === 'day') ?? null;
}
