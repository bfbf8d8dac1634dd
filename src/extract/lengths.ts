/**
 * Lengths that count as figures of an act: of talks, a call, a visit or a halt ("about four hours of talks",
 * "talks that lasted nearly two hours", "a 30-day halt"), and a notice given ("thirty minutes before the
 * launch"). Other lengths ("for 30 years") are background, and figures.ts leaves them out.
 */
import type { FigureMention } from './figures';

const OCCASION =
  '(talks|negotiations|discussions|conversation|meeting|call|consultations|visit|trip|summit|halt|ceasefire|cease-fire|truce|pause|moratorium)';
/** "two hours of talks", "a 30-day halt" (the unit after the number). */
const UNIT_OF = new RegExp(
  `^\\s+\\p{L}+\\s+(?:of\\s+(?:the\\s+|their\\s+|a\\s+)?(?:[\\p{L}-]+\\s+)?)?${OCCASION}\\b`,
  'iu',
);
/** "talks that lasted about two hours", "a call of nearly 90 minutes" (the occasion before it). */
const LASTED = new RegExp(
  `\\b${OCCASION}\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:that\\s+)?(?:lasted|lasting|of|for)\\s+(?:about|nearly|almost|more than|some|roughly|over|less than|just under|just over|around)?\\s*$`,
  'iu',
);
const NOTICE = /^\s+minutes?['’]?\s+(?:before|ahead of|notice|in advance|advance notice)/i;

/** "hours of talks", "days of the halt". */
const lengthWhat = (units: string, occasion: string) =>
  /^(?:talks|negotiations|discussions|consultations)$/.test(occasion)
    ? `${units} of ${occasion}`
    : `${units} of the ${occasion}`;

/** What a length counts when it is the length of talks, a call or a halt, or a notice: "hours of talks". */
export function lengthOf(sentence: string, start: number, end: number, unit: string): string | null {
  const plural = unit.replace(/s?$/, 's').toLowerCase();
  const after = UNIT_OF.exec(sentence.slice(end, end + 80))?.[1]?.toLowerCase();
  const before = LASTED.exec(sentence.slice(Math.max(0, start - 80), start))?.[1]?.toLowerCase();
  const occasion = after ?? before;
  if (occasion) return lengthWhat(plural, occasion);
  return NOTICE.test(sentence.slice(end, end + 40)) ? `${plural} of advance notice` : null;
}

/** "a 30-day halt", "a two-hour meeting": a length written before its occasion. */
const HYPHENED = new RegExp(`\\b([\\p{L}\\d]+)-(hour|minute|day)\\s+(?:[\\p{L}-]+\\s+)?${OCCASION}\\b`, 'giu');

/** Lengths written before their occasion, read with `parse` (numbers in digits or words). */
export function findHyphenedLengths(sentence: string, parse: (text: string) => number | null): FigureMention[] {
  const out: FigureMention[] = [];
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
