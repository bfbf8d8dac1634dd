/**
 * The date words chrono-node reads wrongly or not at all, resolved against the publication day:
 * weekdays (to the past unless the sentence is in the future tense), "yesterday", "last week" (the month
 * only: the day is not clear), "mid-March", "early 2019", seasons (the year only) and "in 2014".
 */
import { DAY_MS, type Precision } from '../data/dates';

export interface RelativeMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly date: string;
  readonly precision: Precision;
  readonly relative: boolean;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
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
  several: 3,
  few: 3,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function monthOf(ms: number): string {
  return day(ms).slice(0, 7);
}
/**
 * The month of a calendar week (Monday to Sunday) `back` weeks before the publication day's: the month that
 * holds most of its days (its Thursday's), so "last week" in early August is August if most of it was.
 */
function weekMonth(pubMs: number, back: number): string {
  const weekday = (new Date(pubMs).getUTCDay() + 6) % 7;
  const monday = pubMs - weekday * DAY_MS - back * 7 * DAY_MS;
  return monthOf(monday + 3 * DAY_MS);
}

function monthNumber(name: string): number {
  return MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

interface Rule {
  readonly re: RegExp;
  readonly resolve: (
    m: RegExpExecArray,
    pubMs: number,
    future: boolean,
  ) => { date: string; precision: Precision } | null;
  readonly relative: boolean;
}

const YEAR = '((?:19|20)\\d{2})';

const RULES: readonly Rule[] = [
  {
    // "in August last year", "late December of last year", "March this year": the month of that year.
    re: new RegExp(`\\b(?:(?:early|mid|late)[- ])?${MONTH}\\s+(?:of\\s+)?(last|this|next) year\\b`, 'g'),
    resolve: (m, pub) => {
      const shift = { last: -1, this: 0, next: 1 }[(m[2] ?? '').toLowerCase()] ?? 0;
      return { date: `${new Date(pub).getUTCFullYear() + shift}-${pad(monthNumber(m[1] ?? ''))}`, precision: 'month' };
    },
    relative: true,
  },
  {
    // "last August": the latest August before the publication month.
    re: new RegExp(`\\b[Ll]ast\\s+${MONTH}(?!\\s+\\d)`, 'g'),
    resolve: (m, pub) => {
      const month = monthNumber(m[1] ?? '');
      const d = new Date(pub);
      const year = d.getUTCFullYear() - (month >= d.getUTCMonth() + 1 ? 1 : 0);
      return { date: `${year}-${pad(month)}`, precision: 'month' };
    },
    relative: true,
  },
  {
    re: /\b(?:(?:late|early)\s+)?(yesterday|today|tonight|this (?:morning|afternoon|evening))\b/gi,
    resolve: (m, pub) => ({ date: day(m[1]?.toLowerCase() === 'yesterday' ? pub - DAY_MS : pub), precision: 'day' }),
    relative: true,
  },
  {
    // "on Thursday of last week", "Friday last week", "on Monday of this week": that day of the calendar week
    // (Monday to Sunday) named, counted from the publication day's week.
    re: /\b(?:[Oo]n\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday),?\s+(?:of\s+)?(last|this|next)\s+week\b/g,
    resolve: (m, pub) => {
      const isoDay = (d: number) => (d + 6) % 7; // Monday 0 … Sunday 6
      const monday = pub - isoDay(new Date(pub).getUTCDay()) * DAY_MS;
      const week = { last: -7, this: 0, next: 7 }[(m[2] ?? '').toLowerCase()] ?? 0;
      const want = isoDay(WEEKDAYS.indexOf((m[1] ?? '').toLowerCase()));
      return { date: day(monday + (week + want) * DAY_MS), precision: 'day' };
    },
    relative: true,
  },
  {
    // Not "Monday, April 19" (chrono reads the explicit date) nor "Tuesday's" summit of another week.
    re: /\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Oo]n|[Ee]arly|[Ll]ate|[Ss]ince|[Uu]ntil|[Bb]y)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!,?\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.))/g,
    resolve: (m, pub, future) => {
      const want = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
      const have = new Date(pub).getUTCDay();
      const mod = (m[1] ?? '').toLowerCase();
      const forward = mod === 'next' || (future && mod !== 'last');
      let delta = forward ? (want - have + 7) % 7 : -((have - want + 7) % 7);
      if (delta === 0 && (mod === 'last' || mod === 'next')) delta = mod === 'last' ? -7 : 7;
      return { date: day(pub + delta * DAY_MS), precision: 'day' };
    },
    relative: true,
  },
  {
    re: /\b(?:(last|this|past|previous|earlier this|later this|next)\s+)(week|month|year)\b/gi,
    resolve: (m, pub) => {
      const mod = (m[1] ?? '').toLowerCase();
      const unit = (m[2] ?? '').toLowerCase();
      const back = mod === 'last' || mod === 'past' || mod === 'previous' ? 1 : mod === 'next' ? -1 : 0;
      if (unit === 'week') return { date: weekMonth(pub, back), precision: 'month' };
      const d = new Date(pub);
      if (unit === 'month')
        return { date: monthOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)), precision: 'month' };
      return { date: String(d.getUTCFullYear() - back), precision: 'year' };
    },
    relative: true,
  },
  {
    re: /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(days?|weeks?|months?|years?)\s+(?:ago|earlier)\b/gi,
    resolve: (m, pub) => {
      const n = NUMBER_WORDS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
      const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '');
      if (unit === 'day') return { date: day(pub - n * DAY_MS), precision: 'day' };
      if (unit === 'week') return { date: monthOf(pub - n * 7 * DAY_MS), precision: 'month' };
      const d = new Date(pub);
      if (unit === 'month')
        return { date: monthOf(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - n, 1)), precision: 'month' };
      return { date: String(d.getUTCFullYear() - n), precision: 'year' };
    },
    relative: true,
  },
  {
    re: new RegExp(
      `\\b(?:early|mid|late|the (?:start|beginning|middle|end) of|end of|start of)[- ]${MONTH}(?:,?\\s+${YEAR})?\\b`,
      'g',
    ),
    resolve: (m, pub, future) => {
      const month = monthNumber(m[1] ?? '');
      const published = day(pub);
      let year = m[2] ? Number(m[2]) : Number(published.slice(0, 4));
      if (!m[2] && !future && pad(month) > published.slice(5, 7)) year -= 1;
      return { date: `${year}-${pad(month)}`, precision: 'month' };
    },
    relative: false,
  },
  {
    re: new RegExp(
      `\\b(?:(?:in|during)\\s+)?(?:early|mid|late|the (?:start|beginning|middle|end) of|end of|start of)[- ]${YEAR}\\b`,
      'gi',
    ),
    resolve: (m) => ({ date: m[1] ?? '', precision: 'year' }),
    relative: false,
  },
  {
    re: new RegExp(
      `\\b(?:(?:(?:in|during)\\s+)?(?:the\\s+)?(spring|summer|autumn|fall|winter)(?:\\s+of)?\\s+${YEAR}|(last|this|next|past)\\s+(spring|summer|autumn|fall|winter)|(?:in|during)\\s+the\\s+(spring|summer|autumn|winter))\\b`,
      'gi',
    ),
    resolve: (m, pub) => {
      if (m[2]) return { date: m[2], precision: 'year' };
      const published = new Date(pub);
      const year = published.getUTCFullYear();
      const season = (m[4] ?? m[5] ?? '').toLowerCase();
      // The season's last month: a season is "last" once it has ended.
      const ends = { spring: 5, summer: 8, autumn: 11, fall: 11, winter: 2 }[season] ?? 12;
      const mod = (m[3] ?? '').toLowerCase();
      const ended = published.getUTCMonth() + 1 > ends;
      const y =
        mod === 'next' ? year + (ended ? 1 : 0) : mod === 'last' || mod === 'past' ? (ended ? year : year - 1) : year;
      return { date: String(y), precision: 'year' };
    },
    relative: true,
  },
  {
    re: new RegExp(
      `\\b(?:in|during|since|until|through|by|of|from|before|after|throughout)\\s+(?:the year\\s+)?${YEAR}\\b(?![-–/]\\d)(?!\\s+(?:election|presidential|elections|campaign|race|vote))`,
      'g',
    ),
    resolve: (m) => ({ date: m[1] ?? '', precision: 'year' }),
    relative: false,
  },
];

export function relativeMentions(
  sentence: string,
  publishedIso: string,
  isFuture: (at: number) => boolean,
): RelativeMention[] {
  const pubMs = Date.parse(`${publishedIso}T00:00:00Z`);
  const out: RelativeMention[] = [];
  for (const rule of RULES) {
    for (const m of sentence.matchAll(rule.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      const got = rule.resolve(m as RegExpExecArray, pubMs, isFuture(start));
      if (got) out.push({ start, end, text: m[0], ...got, relative: rule.relative });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A day counted from another day of the text: "the day before", "two days later", "the same day". */
export interface OffsetMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Days from the anchor day: -1 for "the day before", 0 for "the same day", "hours later" or "within hours". */
  readonly offset: number;
}

/** "the day before the summit": a preposition with an object counts from that, not from a day of the text. */
const OBJECT_AFTER = /^\s+(?:(?:the|an?|his|her|its|their|this|that)\b|[\p{Lu}\d])/u;
const COUNT = '(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)';
const OFFSETS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => number]> = [
  [/\b(?:the\s+)?(?:day|night|evening)\s+before\b/gi, () => -1],
  [/\bthe\s+(?:previous|preceding)\s+(?:day|night|evening)\b/gi, () => -1],
  [/\bthe\s+(?:next|following)\s+(?:day|morning|afternoon|evening)\b|\bthe\s+day\s+after\b/gi, () => 1],
  [
    new RegExp(`\\b${COUNT}\\s+days?\\s+(later|earlier|before|after)\\b`, 'gi'),
    (m) => {
      const n = NUMBER_WORDS[(m[1] ?? '').toLowerCase()] ?? Number(m[1]);
      return /later|after/i.test(m[2] ?? '') ? n : -n;
    },
  ],
  [
    /\b(?:(?:only\s+|just\s+|a\s+few\s+|several\s+|two\s+|three\s+)?(?:hours|minutes|moments)\s+(?:later|earlier|before|afterwards?)|within\s+(?:(?:a\s+few|several|two|three)\s+)?(?:hours|minutes|the\s+hour)|(?:later|earlier)\s+(?:that|the same|in the)\s+(?:day|morning|afternoon|evening)|(?:on\s+)?the\s+same\s+(?:day|morning|afternoon|evening|night)|that\s+(?:same\s+)?(?:morning|afternoon|evening|night))\b/gi,
    () => 0,
  ],
];

/** "three days before the arrests": words that count from an act the sentence names, not from any day. */
export const countsFromObject = (sentence: string, end: number, words: string): boolean =>
  /(?:before|after)$/i.test(words.trimEnd()) && OBJECT_AFTER.test(sentence.slice(end));

/** Days counted from another day in the text, to be resolved against the sentence's own day or the one before. */
export function offsetMentions(sentence: string): OffsetMention[] {
  const out: OffsetMention[] = [];
  for (const [re, offset] of OFFSETS) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      if (countsFromObject(sentence, end, m[0])) continue;
      out.push({ start, end, text: m[0], offset: offset(m as RegExpExecArray) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
