/**
 * Numbers with what they count: "10 diplomats", "ten diplomats", "32 entities and individuals", "$5
 * billion". Where a sentence gives a total and its parts ("32 … : 16 entities and 16 individuals"), the
 * total is the figure, the parts go in its note and follow it as figures of their own. Dates, ages, order numbers and the like are not figures.
 */
import { findHyphenedLengths, findSpentLengths, lengthOf, timeAheadOf } from './lengths';
import { findOrdinalMeetings } from './ordinals';
import { withElidedParts } from './partsOf';
import { combineTotals } from './totals';

export interface FigureMention {
  /** Offsets into the sentence. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly what: string;
  readonly note?: string;
  /** A total's parts ("24 targets: 5 entities and 19 individuals"), each also a figure of the event. */
  readonly parts?: readonly FigureMention[];
}

const CURRENCIES: Record<string, string> = { $: 'US dollars', US$: 'US dollars', '€': 'euros', '£': 'pounds' };
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const SCALE: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  bn: 1e9,
};

/** One word of a number written out: "seven", "forty", "hundred", "dozen". */
const NUMBER_WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'thousand', 'million', 'billion', 'trillion'].join('|')})`;
/**
 * A number written out, as a run of number words: "seven", "forty-two", "two hundred and fifty", "a dozen",
 * "three thousand", "a million". "and" joins only after "hundred" ("two and three" is two numbers).
 */
const WORD_SEQUENCE = `(?:(?:a|an)\\s+(?=(?:dozen|hundred|thousand|million|billion)\\b))?${NUMBER_WORD}(?:(?:[- ]|(?<=hundred)\\s+and\\s+)${NUMBER_WORD}\\b)*`;
const WORD_NUMBER = `hundreds|thousands|dozens|(?:several|a few) (?:hundred|thousand|dozen)|${WORD_SEQUENCE}`;
const NUMBER = new RegExp(
  `(?<![\\p{L}\\d.,-])(?:(US\\$|\\$|€|£)\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUMBER})(?:\\s+(hundred|thousand|million|billion|trillion)|(m|bn)\\b)?(?![\\p{L}\\d]|[.,]\\d|-year|-day|-month|-minute|-hour)`,
  'giu',
);
/** A number in digits or words, alone: for tallies and ranges. */
const ONE_NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${WORD_SEQUENCE}|none|nil|zero)`;

/** Words that end the counted phrase. */
const STOP =
  /^(?:the|a|an|to|in|on|for|from|over|who|which|that|were|was|as|with|by|at|into|under|after|before|since|said|would|will|had|have|has|and|or|but|is|are|of|last|this|per|their|its)$/i;
/** Nouns a figure can count; the phrase must end on one. */
const COUNTED =
  /^(?:\p{L}+(?:s|ies|men|people)|people|personnel|staff|police|media|children|crew|aircraft|percent|per cent|dollars|roubles|rubles|euros|barrels|tons|tonnes|feet|minutes|hours|days|years|months|weeks|votes|seats|officials|individuals|entities|companies|banks|vessels|domains|warheads|missiles)$/iu;

/**
 * The value of a number written in words ("forty-two", "two hundred and fifty", "three thousand", "a
 * dozen"), or null when the words are not one number. Digits pass through ("1,500").
 */
export function parseNumberWords(text: string): number | null {
  const t = text.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (t === 'none' || t === 'nil') return 0;
  const tokens = t.split(/[\s-]+/).filter((w) => w !== 'and');
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, w] of tokens.entries()) {
    if ((w === 'a' || w === 'an') && i === 0) {
      current = 1;
      continue;
    }
    if (w in UNITS && w !== 'dozen') {
      // "five six" is not a number; "twenty five" is.
      if (seen && current % 10 !== 0) return null;
      current += UNITS[w] ?? 0;
    } else if (w in TENS) {
      if (seen && current % 100 !== 0) return null;
      current += TENS[w] ?? 0;
    } else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALE && w.length > 2) {
      total += (current || 1) * (SCALE[w] ?? 1);
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

function wordValue(text: string): number | null {
  const t = text.toLowerCase().replace(/,/g, '');
  if (/^(?:hundreds|thousands|dozens|several|a few)/.test(t)) return null;
  return parseNumberWords(t);
}

function isDateOrCode(sentence: string, start: number, end: number, raw: string): boolean {
  const before = sentence.slice(Math.max(0, start - 14), start);
  const after = sentence.slice(end, end + 12);
  if (/^(?:19|20)\d{2}$/.test(raw) && !/^\s+(?:people|diplomats|officials|individuals|entities|companies)/.test(after))
    return true;
  if (
    /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s*$/.test(
      before,
    )
  )
    return true;
  if (/^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after))
    return true;
  return (
    /(?:No\.|Order|Resolution|Article|Section|G|Flight|COVID-|Su-|MQ-|F-|Boeing)\s*$/.test(before) ||
    /^\s*(?:a\.m\.|p\.m\.|GMT|percent of the vote)/i.test(after)
  );
}

/** The counted phrase after a number: "Russian diplomats", "entities and individuals", "" when none. */
const OF_WHOLE = new RegExp(
  `^\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}'’-]+['’]s?\\s+)?(?:\\d{1,3}(?:,\\d{3})+|\\d+|${WORD_NUMBER})(?=\\s+\\p{L})`,
  'iu',
);

function countedPhrase(sentence: string, end: number): string {
  // "30 of their subsidiaries" counts subsidiaries.
  // "the first 50 of 200 ventilators", "thirteen of the council's fifteen members": a part counts what its whole counts.
  const rest = sentence
    .slice(end)
    .replace(OF_WHOLE, ' ')
    .replace(/^\s+of\s+(?:the|their|its|his|her|them)\s+/i, ' ');
  const words = rest.match(/^\s+([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,6})/u)?.[1]?.split(/\s+/) ?? [];
  const phrase: string[] = [];
  for (const [i, w] of words.entries()) {
    const next = words[i + 1] ?? '';
    // "entities and individuals" is one phrase; "16 entities and sixteen individuals" two figures.
    const joins = w === 'and' && phrase.length > 0 && /^\p{Ll}/u.test(next) && parseNumberWords(next) === null;
    if (STOP.test(w) && !joins) break;
    // "U.S." is a word; a full stop or comma after any other word ends the phrase.
    const abbreviation = /^(?:\p{L}\.)+$/u.test(w);
    phrase.push(abbreviation ? w : w.replace(/[.,;:]$/, ''));
    if (!abbreviation && /[.,;:]$/.test(w)) break;
  }
  while (phrase.length > 0 && !COUNTED.test(phrase[phrase.length - 1] ?? '')) phrase.pop();
  return phrase.join(' ');
}

/** A vote's tally: "voted 95 to 0", "by a vote of 419-3", "in a 98-to-2 vote", "passed it 388 votes to 2". */
const TALLY = new RegExp(
  `(?:\\b(?:vot(?:e|ed|es|ing)|passed|approved|adopted|backed|ratified|rejected)\\s+(?:[\\p{L}'’]+\\s+){0,4}?(?:by\\s+(?:a\\s+)?(?:vote\\s+of\\s+)?|of\\s+)?|\\b(?:a|an|the)\\s+|\\bby\\s+)(${ONE_NUMBER})(?:\\s+votes?)?\\s*(?:to|-|–|against)\\s*(${ONE_NUMBER})(?:\\s+(?:votes?|against))?`,
  'giu',
);
const VOTE_CONTEXT = /\bvot(?:e|ed|es|ing)\b|\babstain|\bballot/i;
/** One side of a vote: a count, up to four words ("deputies", "of the council's members"), then how it voted. */
const VOTE_SIDE = new RegExp(
  `(?<![\\p{L}\\d.,-])(\\d{1,3}(?:,\\d{3})+|\\d+|${WORD_SEQUENCE})(?![\\d.,]\\d)(?:\\s+(?!(?:and|or|but|to|voted|votes?)\\b)[\\p{L}'’,.-]+){0,5}?\\s+(?:(?:had\\s+)?voted\\s+|votes?\\s+|were\\s+)?(in\\s+favou?r|for(?=\\s+(?:the|it|ratification|adoption|approval|passage)\\b)|against|abstain(?:ed|ing)?|abstentions?)\\b`,
  'giu',
);
/** A range: "between 50 and 100 feet", "from 40 to 60 tons", "50 to 100 meters", "50-100 feet". */
const RANGE = new RegExp(
  `(?:\\b(between|from)\\s+)?(${ONE_NUMBER})\\s*(and|to|-|–)\\s*(${ONE_NUMBER})(?=\\s+\\p{L})`,
  'giu',
);

/** What a range counts when named before it: "cut their deployed warheads to between 1,700 and 2,200". */
const RANGE_NOUN_BEFORE =
  /((?:[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]*s)\s+(?:to|at)\s+(?:a\s+(?:level|ceiling|limit|total)\s+of\s+)?$/u;

/** Figures a tally or a range gives: the votes in favour, or the range's two ends. */
function talliesAndRanges(sentence: string): FigureMention[] {
  const out: FigureMention[] = [];
  for (const m of sentence.matchAll(TALLY)) {
    const yes = parseNumberWords(m[1] ?? '');
    const no = parseNumberWords(m[2] ?? '');
    // A tally names a vote: the words before it or after it say so, and a vote is not won by fewer.
    if (yes === null || no === null || yes < no || !/\bvot|passed|approved|adopted|ratified|backed/i.test(m[0]))
      continue;
    const start = (m.index ?? 0) + m[0].search(/[\d\p{L}]+(?=(?:\s+votes?)?\s*(?:to|-|–|against)\s*[\d\p{L}])/u);
    const end = (m.index ?? 0) + m[0].length;
    // "voted 51 to 48 against the treaty": the larger side is the one against.
    const [more, fewer] = /against$/i.test(m[0])
      ? ['votes against', 'votes in favour']
      : ['votes in favour', 'votes against'];
    out.push({ start, end, value: yes, what: more, note: `${no} ${fewer.replace('votes ', '')}` });
    // The other side is a figure of the vote too ("51 to 48": 48 against).
    out.push({ start, end, value: no, what: fewer, note: `${yes} ${more.replace('votes ', '')}` });
  }
  // "350 deputies voted in favour…, 96 voted against", "48 senators in favour and 51 against", "Five members
  // abstained": each side of a vote counted on its own.
  if (VOTE_CONTEXT.test(sentence)) {
    for (const m of sentence.matchAll(VOTE_SIDE)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const raw = m[1] ?? '';
      const value = parseNumberWords(raw);
      if (value === null || isDateOrCode(sentence, start, start + raw.length, raw)) continue;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      const side = m[2]?.toLowerCase() ?? '';
      const what = /^abst/.test(side) ? 'abstentions' : side === 'against' ? 'votes against' : 'votes in favour';
      out.push({ start, end: start + raw.length, value, what });
    }
  }
  for (const m of sentence.matchAll(RANGE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) continue;
    // "between 50 and 100": "and" makes a range only after "between".
    if (m[3] === 'and' && !m[1]) continue;
    const low = parseNumberWords(m[2] ?? '');
    const high = parseNumberWords(m[4] ?? '');
    if (low === null || high === null || low >= high || /^(?:19|20)\d{2}$/.test(m[4] ?? '')) continue;
    const what = countedPhrase(sentence, end) || RANGE_NOUN_BEFORE.exec(sentence.slice(0, start))?.[1];
    if (!what || /^(?:years?|months?|days?|weeks?|hours?|minutes?)$/i.test(what)) continue;
    out.push({ start, end, value: low, what, note: `to ${high}` });
    // The upper end is a figure too: "between 3,000 and 3,500 warheads" allows 3,500.
    out.push({ start, end, value: high, what, note: `upper end of a range from ${low}` });
  }
  return out;
}

const HALF = /^\s+and\s+a\s+half\b/i;
/** Every figure in a sentence, totals and parts combined. */
export function findFigures(sentence: string): FigureMention[] {
  const found: FigureMention[] = talliesAndRanges(sentence);
  found.push(...findHyphenedLengths(sentence, parseNumberWords));
  for (const f of [...findSpentLengths(sentence, parseNumberWords), ...findOrdinalMeetings(sentence)]) {
    if (!found.some((o) => o.start < f.end && f.start < o.end)) found.push(f);
  }
  const taken = [...found];
  for (const m of sentence.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const raw = m[2] ?? '';
    const base = wordValue(raw);
    if (base === null || isDateOrCode(sentence, start, end, raw)) continue;
    const scale = SCALE[(m[3] ?? m[4] ?? '').toLowerCase()] ?? 1;
    // "nine and a half years", "two and a half hours": the half belongs to the number.
    const half = m[3] || m[4] || /\./.test(raw) ? null : HALF.exec(sentence.slice(end));
    const value = Math.round((base + (half ? 0.5 : 0)) * scale * 100) / 100;
    const phrase = countedPhrase(sentence, end + (half?.[0].length ?? 0));
    const currency = m[1] ? (CURRENCIES[m[1]] ?? 'US dollars') : '';
    if (!phrase && !currency) continue;
    // "one" is too often a pronoun ("one of the"): only before a counted noun.
    if (/^(?:one|a)$/i.test(raw) && !phrase) continue;
    // "the two countries", "the two leaders", "the two militaries": the pair a report is about, not a count.
    if (
      /^two$/i.test(raw) &&
      /\b(?:the|their|both)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start)) &&
      /^(?:[\p{L}-]+\s+)?(?:countries|nations|sides|leaders|presidents|men|governments|capitals|powers|superpowers|ministers|ministries|officials|militaries|armies|navies|delegations|chiefs|counterparts|envoys)\b(?!\s+(?:of|in|from)\b)/iu.test(
        phrase,
      )
    )
      continue;
    let what = [currency, phrase].filter(Boolean).join(' ');
    if (/^(?:years?|months?|days?|weeks?|hours?|minutes?)$/i.test(what)) {
      // A length counts only as a prison term, a treaty's extension, the length of talks or a call, the days of
      // a halt, or a notice given; "for 30 years" is background.
      const after = end + (half?.[0].length ?? 0);
      const occasion = lengthOf(sentence, start, after, what);
      const ahead = timeAheadOf(sentence, start, after, what);
      if (occasion) what = occasion;
      else if (ahead) what = ahead;
      else if (/\b(?:sentenc|prison|jail|penal|colony)/i.test(sentence)) what = `${what} in prison`;
      else if (!/\bextend|extension/i.test(sentence)) continue;
    }
    found.push({ start, end, value, what });
  }
  return combineTotals(withElidedParts(sentence, found, parseNumberWords));
}
