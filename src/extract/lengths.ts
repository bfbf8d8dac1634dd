/**
 * Lengths that count as figures of an act: of talks, a call, a visit or a halt ("about four hours of talks",
 * "talks that lasted nearly two hours", "met him for about an hour", "a 30-day halt"), a notice given ("thirty minutes before the
 * launch"), a time given to do something ("72 hours to leave") and a term the prosecution asked for. Other lengths
 * ("for 30 years") are background, and figures.ts leaves them out.
 */
import type { FigureMention } from './figures';

const OCCASION =
  '(talks|negotiations|discussions?|conversation|meeting|call|consultations|visit|trip|summit|halt|ceasefire|cease-fire|truce|pause|moratorium)';
/** "two hours of talks", "a 30-day halt" (the unit after the number). */
const UNIT_OF = new RegExp(
  `^\\s+\\p{L}+\\s+(?:of\\s+(?:the\\s+|their\\s+|a\\s+)?(?:[\\p{L}-]+\\s+)?)?${OCCASION}\\b`,
  'iu',
);
/**
 * "talks that lasted about two hours", "a call of nearly 90 minutes", "the conversation, placed at Moscow's request,
 * lasted two and a half hours" (the occasion before it).
 */
const LASTED = new RegExp(
  `\\b${OCCASION}(?:,[^,.;]{1,60},)?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:that\\s+)?(?:lasted|lasting|of|for)\\s+(?:about|approximately|nearly|almost|more than|some|roughly|over|less than|just under|just over|around|close to)?\\s*$`,
  'iu',
);
const NOTICE = /^\s+minutes?['’]?\s+(?:before|ahead of|notice|in advance|advance notice)/i;

/** What a length counts begins with its unit of time: "days given to leave", "hours of the call". */
export const LENGTH_WHAT = /^(?:year|month|week|day|hour|minute)s?\b/i;

/** A unit of time in the plural, lower case: "Hour" is "hours". */
const unitsOf = (unit: string): string => unit.toLowerCase().replace(/s?$/, 's');

/** "hours of talks", "days of the halt". */
const lengthWhat = (units: string, occasion: string) =>
  /^(?:talks|negotiations|discussions?|consultations)$/.test(occasion)
    ? `${units} of ${occasion}`
    : `${units} of the ${occasion}`;

/** What a length counts when it is the length of talks, a call or a halt, or a notice: "hours of talks". */
export function lengthOf(sentence: string, start: number, end: number, unit: string): string | null {
  const plural = unitsOf(unit);
  const after = UNIT_OF.exec(sentence.slice(end, end + 80))?.[1]?.toLowerCase();
  const before = LASTED.exec(sentence.slice(Math.max(0, start - 80), start))?.[1]?.toLowerCase();
  const occasion = after ?? before;
  if (occasion) return lengthWhat(plural, occasion);
  return NOTICE.test(sentence.slice(end, end + 40)) ? `${plural} of advance notice` : null;
}

/** "a 30-day halt", "a two-hour meeting": a length written before its occasion. */
const HYPHENED = new RegExp(`\\b([\\p{L}\\d]+)-(hour|minute|day)\\s+(?:[\\p{L}-]+\\s+)?${OCCASION}\\b`, 'giu');

/** "a 12-year sentence", "a four-year prison term": a prison term written before its noun. */
const HYPHENED_TERM = /\b([\p{L}\d]+)-year\s+(?:prison\s+|jail\s+)?(?:sentence|term)\b/giu;

/** Lengths and prison terms written before their noun, read with `parse` (numbers in digits or words). */
export function findHyphenedLengths(sentence: string, parse: (text: string) => number | null): FigureMention[] {
  const out: FigureMention[] = [];
  for (const m of sentence.matchAll(HYPHENED_TERM)) {
    const value = parse(m[1] ?? '');
    const start = m.index ?? 0;
    if (value !== null && value > 0)
      out.push({ start, end: start + (m[1] ?? '').length, value, what: 'years in prison' });
  }
  for (const m of sentence.matchAll(HYPHENED)) {
    const value = parse(m[1] ?? '');
    const occasion = (m[3] ?? '').toLowerCase();
    if (value === null || value <= 0) continue;
    const unit = `${(m[2] ?? '').toLowerCase()}s`;
    const start = m.index ?? 0;
    out.push({ start, end: start + (m[1] ?? '').length, value, what: lengthWhat(unit, occasion) });
  }
  return out;
}

/** The words a meeting or a call is told with, before its length: "met … for about an hour". */
const MET =
  /\b(?:met|meets?|meeting|talked|talks?|spoke|speaks?|speaking|conferred|sat down|together|conversation|encounter|exchange|discussions?|discuss(?:ed|ing)|call(?:ed)?|telephoned|phoned|negotiat\w*|session|round)\b/i;
const CALL_WORD = /\b(?:call(?:ed)?|telephon\w*|phoned|by phone)\b/i;
const HEDGE =
  '(?:(?:about|approximately|nearly|almost|more than|some|roughly|over|less than|just under|just over|around|close to|barely|only)\\s+)?';
/**
 * "for about an hour", "spent nearly five hours", "over two days", "for two hours and sixteen minutes", "for an hour
 * and a half".
 */
const SPENT = new RegExp(
  `\\b(?:for|spent|spends|spend|over|lasting|lasted|ran to|went on for|(?<=\\b(?:talks|call|meeting|conversation|session|encounter)\\s)of)\\s+${HEDGE}(half an|an|a|\\d+|[\\p{L}-]+)\\s+(hours?|minutes?|days?)(?:\\s+and\\s+(?:(\\d+|[\\p{L}-]+)\\s+minutes?|an?\\s+(half|quarter)|(three quarters)))?\\b`,
  'dgiu',
);
const DAY_OCCASION = /\b(?:talks|negotiations|round|session|meetings?|visit|summit|consultations)\b/i;

/**
 * The length of a meeting or a call told after its verb: "met Mr. Clinton for about an hour", "spent nearly five
 * hours together", "talks … over two days". Hours and minutes after a verb of meeting or calling; days only after
 * talks, a round or a visit. Other lengths ("for 30 years") are not figures.
 */
export function findSpentLengths(sentence: string, parse: (text: string) => number | null): FigureMention[] {
  const out: FigureMention[] = [];
  for (const m of sentence.matchAll(SPENT)) {
    const start = m.index ?? 0;
    const before = sentence.slice(Math.max(0, start - 120), start);
    const unit = unitsOf(m[2] ?? '');
    // "spent nearly five hours together": the words after "spent" may say it.
    const after = /^spen/i.test(m[0]) ? sentence.slice(start + m[0].length, start + m[0].length + 40) : '';
    // "It lasted two hours": a length in hours or minutes that something lasted is a meeting's or a call's.
    const lasted = unit !== 'days' && /^(?:lasted|lasting|ran to|went on for)/i.test(m[0]);
    const withSomeone = /^\s+(?:together|with\s+(?:Mr\.|Ms\.|Mrs\.|President|\p{Lu}))/u.test(after);
    if (!lasted && !withSomeone && !(unit === 'days' ? DAY_OCCASION : MET).test(`${before} ${after}`)) continue;
    const raw = (m[1] ?? '').toLowerCase();
    let value = raw === 'half an' ? 0.5 : raw === 'an' || raw === 'a' ? 1 : parse(raw);
    if (value === null || value <= 0) continue;
    let units = unit;
    // "an hour and a half", "an hour and a quarter": minutes past the hours.
    const part = m[4] === 'half' ? 30 : m[4] === 'quarter' ? 15 : m[5] ? 45 : null;
    const minutes = m[3] ? parse(m[3].toLowerCase()) : part;
    if (unit === 'hours' && (raw === 'half an' || minutes !== null)) {
      // "half an hour" is 30 minutes; "two hours and sixteen minutes" is 136; "an hour and a half" is 90.
      value = value * 60 + (minutes ?? 0);
      units = 'minutes';
    }
    const occasion = CALL_WORD.test(before) ? 'call' : 'talks';
    const what = lengthWhat(value === 1 ? units.replace(/s$/, '') : units, occasion);
    out.push({ start: m.indices?.[1]?.[0] ?? start, end: start + m[0].length, value, what });
  }
  return out;
}

/** A term the prosecution asked for: "Prosecutors had asked for 15 years", "the nine and a half years prosecutors sought". */
const SOUGHT =
  /\bprosecut(?:ors?|ion)\b[^.;]{0,40}?\b(?:asked for|had asked for|sought|demanded|requested|wanted)\b|\b(?:asked for|sought|demanded|requested)\s+by\s+(?:the\s+)?prosecut/i;
/** A time given to do something: "have 72 hours to leave", "gave it 60 days to return to compliance". */
const GIVEN_BEFORE =
  /\b(?:ha(?:ve|s|d)|gave|give[sn]?|giving|granted|allowed|with)\s+(?:[\p{L}'’]+\s+){0,4}?(?:(?:about|only|just|another|a further|an extra)\s+)?$/iu;
const TO_DO =
  /^\s+(?:\p{L}+\s+)?to\s+(leave|go|depart|return|reach|make|strike|comply|respond|reply|answer|withdraw|pull out|vacate|close|cut|get out)\b((?:\s+(?!(?:or|and|but|before|after|with|by|if|unless|when|while|until|so)\b)[\p{L}-]+){0,3})/iu;

/** An order to leave with its time after it: "ordered him to leave the country within seven days". */
const LEAVE_WITHIN = /\bto\s+(leave|depart|vacate|get out)\b[^.;:]{0,50}?\bwithin\s+(?:(?:about|only|just)\s+)?$/i;

/** What a length counts when it is a time given to do something ("hours given to leave"), else null. */
function deadlineOf(sentence: string, start: number, end: number, unit: string): string | null {
  const within = LEAVE_WITHIN.exec(sentence.slice(Math.max(0, start - 90), start));
  if (within) return `${unitsOf(unit)} given to ${(within[1] ?? '').toLowerCase()}`;
  const act = TO_DO.exec(sentence.slice(end, end + 60));
  if (!act || !GIVEN_BEFORE.test(sentence.slice(Math.max(0, start - 80), start))) return null;
  return `${unitsOf(unit)} given to ${(act[1] ?? '').toLowerCase()}${act[2] ?? ''}`;
}

/** A withdrawal or a measure that takes effect after a time: "would withdraw in six months", "takes effect in 180 days". */
const UNTIL_WITHDRAWAL =
  /\b(?:withdraw\w*|withdrawal|pull(?:s|ed|ing)? out|exit(?:s|ed|ing)?)\b[^.;]{0,60}?\b(?:in|within|after)\s+$/i;
const UNTIL_EFFECT = /\b(?:takes?|took|will take|would take|to take)\s+effect\s+(?:in|within|after)\s+$/i;

/** "the withdrawal takes effect six months after the notification": the length between "effect" and "after". */
const EFFECT_AFTER = /\b(?:takes?|took|will take|would take|to take)\s+effect\s+$/i;

/** What a length counts when it is the time before a withdrawal or a measure takes effect, else null. */
function untilEffectOf(sentence: string, start: number, end: number, unit: string): string | null {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const units = unitsOf(unit);
  if (!/^(?:days|weeks|months|years)$/.test(units)) return null;
  const afterward = EFFECT_AFTER.test(before) && /^\s+\p{L}+\s+after\b/u.test(sentence.slice(end));
  if (afterward && /\bwithdraw/i.test(before)) return `${units} until the withdrawal takes effect`;
  if (UNTIL_EFFECT.test(before) || afterward) return `${units} until it takes effect`;
  return UNTIL_WITHDRAWAL.test(before) ? `${units} until the withdrawal takes effect` : null;
}

/**
 * What a length of time still to run counts: a time given to do something, the time before a withdrawal or a
 * measure takes effect, or the term the prosecution asked for; else null.
 */
export function timeAheadOf(sentence: string, start: number, end: number, unit: string): string | null {
  const sought = SOUGHT.test(sentence) ? `${unitsOf(unit)} sought by prosecutors` : null;
  return deadlineOf(sentence, start, end, unit) ?? untilEffectOf(sentence, start, end, unit) ?? sought;
}
