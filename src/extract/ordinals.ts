/**
 * A meeting's or a call's place in a series, a figure of the act: "their sixth call of the year", "it was the fifth
 * conversation between the two presidents", "the second between the two men that month" (6, 5, 2). "First" is no
 * count of anything.
 */
import type { FigureMention } from './figures';

const ORDINALS: Readonly<Record<string, number>> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};
const ORDINAL = `(${Object.keys(ORDINALS).join('|')}|\\d+(?:nd|rd|th))`;
const MEETING = '(call|conversation|meeting|visit|summit|trip|encounter)';
/** "their sixth call", "the fifth telephone conversation", "his fifth visit". */
const NAMED = new RegExp(
  `\\b(?:the|their|his|her|its)\\s+(?:known\\s+)?${ORDINAL}\\s+(?:(?:known|telephone|phone|face-to-face|in-person|direct|such)\\s+)?${MEETING}s?\\b`,
  'gdi',
);
/** "the second between the two men that month": the noun is the sentence's call or meeting. */
const BARE = new RegExp(
  `\\bthe\\s+${ORDINAL}\\s+(?=between\\b|since\\b|this year\\b|that month\\b|of the year\\b)`,
  'gdi',
);
const SENTENCE_MEETING = /\b(call|conversation|meeting|talks|visit|summit)s?\b/i;

const ordinalValue = (word: string): number | null => {
  const w = word.toLowerCase();
  const n = ORDINALS[w] ?? (/^\d+/.test(w) ? Number.parseInt(w, 10) : null);
  return n !== null && n >= 2 ? n : null;
};
const plural = (noun: string) => (noun.toLowerCase() === 'talks' ? 'talks' : `${noun.toLowerCase()}s`);

/** Ordinals of a meeting or a call in a sentence, as figures: the count of such meetings so far. */
export function findOrdinalMeetings(sentence: string): FigureMention[] {
  const out: FigureMention[] = [];
  for (const m of sentence.matchAll(NAMED)) {
    const value = ordinalValue(m[1] ?? '');
    const at = m.indices?.[1];
    if (value === null || !at) continue;
    out.push({ start: at[0], end: at[1], value, what: `${plural(m[2] ?? '')} (this was the ${m[1]})` });
  }
  const noun = SENTENCE_MEETING.exec(sentence)?.[1];
  if (noun) {
    for (const m of sentence.matchAll(BARE)) {
      const value = ordinalValue(m[1] ?? '');
      const at = m.indices?.[1];
      if (value === null || !at || out.some((o) => o.start === at[0])) continue;
      out.push({ start: at[0], end: at[1], value, what: `${plural(noun)} (this was the ${m[1]})` });
    }
  }
  return out;
}
