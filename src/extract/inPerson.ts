/**
 * Both presidents together in person, whatever the verb: "President Bush and President Yeltsin declared on
 * Saturday…", "Yeltsin told President Clinton at the Kremlin on Wednesday…". A lead sentence that names both
 * sides' presidents acting, a day, and a sign that they were in one place (a dateline, "at the Kremlin", "on
 * the sidelines", "beside him") reports their summit, which its verb alone may not ("declared" is a statement,
 * "agreed to cut" arms control). Calls and plans are not summits.
 */
import { isPresidentPresent } from './actors';
import { DATELINE } from './article';
import type { RawCandidate, SentenceAnalysis } from './candidates';
import { CALL, TOGETHER } from './categorize';
import { isFutureAt } from './dates';
import type { TriggerRule } from './triggers';

const PLAN = /\b(?:plan(?:s|ned|ning)?|propos\w*|invit\w*|to meet|will meet|would meet|postpon\w*|cancel\w*)\b/i;

const RULE: TriggerRule = {
  category: 'summit',
  re: /$^/,
  tone: 1,
  form: 'verb',
  mutual: 'meet',
  gist: 'hold a summit',
};

/** The summit a lead sentence reports by naming both presidents together on a day, or null. */
export function findPresidentsTogether(a: SentenceAnalysis, published: string): RawCandidate | null {
  const text = a.sentence.text;
  if (a.sentence.index > 3 || CALL.test(text) || PLAN.test(text)) return null;
  const us = a.mentions.find((m) => isPresidentPresent(m) && m.side === 'US');
  const ru = a.mentions.find((m) => isPresidentPresent(m) && m.side === 'RU');
  const day = a.dates.find((d) => d.anchor && d.precision === 'day' && d.date <= published);
  if (!us || !ru || !day) return null;
  const [first, second] = us.start < ru.start ? [us, ru] : [ru, us];
  // From the place of a dateline, the two as one subject ("Bush and Yeltsin declared") or one addressing the
  // other ("Putin offered President Bush"); a dateline alone says only where the first one was.
  const between = text.slice(first.end, second.start);
  // Given names and initials may come between: "welcomed President Vladimir V. Putin".
  const meetingWords =
    /^\s*(?:,\s*)?and\s+(?:President\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$|^\s+(?:\p{Ll}+ly\s+)?(?:told|offered|assured|welcomed|received|greeted|hosted|met|urged|pressed|gave)\s+(?:President\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
  if (!TOGETHER.test(text) && !(DATELINE.test(text) && meetingWords.test(between))) return null;
  if (isFutureAt(text, second.end)) return null;
  return {
    category: 'summit',
    actors: ['US', 'RU'],
    tone: 1,
    gist: RULE.gist,
    statement: false,
    analysis: a,
    trigger: { rule: RULE, start: second.start, end: second.end, text: text.slice(second.start, second.end) },
    date: day,
    how: 'mutual',
    names: [first.entry.label, second.entry.label],
    future: false,
  };
}
