/**
 * Dates in an article's sentence, resolved against its publication day at the precision the words support.
 * chrono-node reads the explicit forms ("15 April 2021", "Dec. 29", "March"); a layer of our own reads what
 * it gets wrong or leaves out: weekdays look back from the publication day (a wire story of Thursday
 * saying "on Tuesday" means two days before), and vague parts ("last week", "mid-March", "early 2019",
 * "last summer", "in 2014") keep month or year precision and never invent a day.
 */
import * as chrono from 'chrono-node/en';
import { DAY_MS, type Precision } from '../data/dates';
import { countsFromObject, type OffsetMention, offsetMentions, relativeMentions } from './relativeDates';

export interface DateMention {
  /** Offsets into the sentence. */
  readonly start: number;
  readonly end: number;
  /** The words the date came from: "on Tuesday", "mid-March". */
  readonly text: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD": its length is its precision. */
  readonly date: string;
  readonly precision: Precision;
  /** False for a date that bounds rather than places an act: "since 2014", "until May". */
  readonly anchor: boolean;
  /** True when the words were relative to the publication day ("yesterday", "on Tuesday"). */
  readonly relative: boolean;
  /** True when the date is only when the act was reported ("…, officials said on Thursday"). */
  readonly reported?: boolean;
}

/** A future tense: dates after the publication day are then expected, not suspect. */
export const FUTURE_TENSE =
  /\b(?:will|would|shall|is to|are to|scheduled|set to|due to|expected to|takes? effect|to take effect|comes? into force|from next|starting|next (?:week|month|year))\b|['’]ll\b/i;

/** Whether the words just before `at` (back to a comma or clause break) are in the future tense. */
export function isFutureAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 70), at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' that '));
  return FUTURE_TENSE.test(cut < 0 ? before : before.slice(cut + 1));
}

/**
 * Words before a date that make it a bound, not the act's day: "since May", "after the talks on Friday". A time of
 * day is no bound: "before dawn on Feb. 24" is that day.
 */
const NOT_ANCHOR_BEFORE =
  /\b(?:since|until|till|through|before|after|by|from|following|ahead of|prior to|as of|effective|with effect from|starting|beginning|takes? effect(?: on)?|take effect(?: on)?|comes? into force(?: on)?)\s+(?:the\s+)?(?:(?:early|late|mid|end of|start of)[- ]?)?$|\b(?:before|until|after)\s+(?!(?:dawn|daybreak|first light|sunrise|sunset|dark|nightfall|midnight|noon|midday)\s+(?:on|in)\s+$)(?:[^\s,]+\s+){1,3}(?:on|in)\s+$/i;

/** "the Anti-Ballistic Missile Treaty of 1972": the year names the document, not the day of an act. */
const NAMING_DOCUMENT_BEFORE = /\b(?:Treaty|Agreement|Convention|Accords?|Charter|Protocol|Act)\s+$/;

/** A possessive right after a day: "Wednesday's announcement", "Friday's talks". */
const POSSESSIVE_AFTER = /^['’]s\b/;
/** A clause told on the date just before it: "…, when they held talks in Geneva". */
const WHEN_AFTER = /^,?\s+when\s/;
const NOT_ANCHOR_START = /^(?:since|until|till|through|before|after|by|from)\b/i;

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dayMs(iso: string): number {
  return Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A month and optional day without a year: the latest such date not after the publication (or the next one, in the future tense). */
function placeYear(month: number, day: number | null, publishedIso: string, future: boolean): number {
  const year = Number(publishedIso.slice(0, 4));
  const key = `${pad(month)}-${pad(day ?? 1)}`;
  const pubKey = publishedIso.slice(5, 10);
  if (!future && (day === null ? key.slice(0, 2) > pubKey.slice(0, 2) : key > pubKey)) return year - 1;
  if (future && (day === null ? key.slice(0, 2) < pubKey.slice(0, 2) : key < pubKey)) return year + 1;
  return year;
}

function fromChrono(r: chrono.ParsedResult, publishedIso: string, future: boolean): Omit<DateMention, 'anchor'> | null {
  const c = r.start;
  const text = r.text;
  const month = c.isCertain('month') ? c.get('month') : null;
  const day = c.isCertain('day') ? c.get('day') : null;
  const year = c.isCertain('year') ? c.get('year') : null;
  // Month names are capitalised; "may" and "march" in lower case are a verb.
  if (month !== null && !/\p{Lu}/u.test(text) && !/\d/.test(text)) return null;
  // "for about 90 minutes", "within hours": a length of time, which chrono counts from the reference instant.
  if (
    /\b(?:seconds?|minutes?|hours?)\b/i.test(text) &&
    !/\d{4}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text)
  )
    return null;
  const base = { start: r.index, end: r.index + text.length, text, relative: false };
  if (month !== null && day !== null) {
    const y = year ?? placeYear(month, day, publishedIso, future);
    return { ...base, date: `${y}-${pad(month)}-${pad(day)}`, precision: 'day' };
  }
  if (month !== null) {
    const y = year ?? placeYear(month, null, publishedIso, future);
    return { ...base, date: `${y}-${pad(month)}`, precision: 'month' };
  }
  if (year !== null && /\b\d{4}\b/.test(text)) return { ...base, date: String(year), precision: 'year' };
  // Relative days chrono knows ("tomorrow", "three days ago"): their day is certain once resolved.
  if (/\b(?:tomorrow|days? ago)\b/i.test(text)) {
    const d = r.start.date();
    return {
      ...base,
      date: isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())),
      precision: 'day',
      relative: true,
    };
  }
  return null;
}

/**
 * Days counted from another day ("the day before", "two days later", "hours earlier", "the same day"): from
 * the sentence's own day when it names one ("on Friday … the day before"), else from `anchorDay`, the last
 * day named in the sentences before; with neither, they are left out rather than guessed.
 */
function offsetDates(
  offsets: readonly OffsetMention[],
  own: readonly Omit<DateMention, 'anchor'>[],
  anchorDay: string | null,
): Omit<DateMention, 'anchor'>[] {
  const out: Omit<DateMention, 'anchor'>[] = [];
  for (const o of offsets) {
    const base = own.find((d) => d.precision === 'day' && !NOT_ANCHOR_START.test(d.text))?.date ?? anchorDay;
    if (!base) continue;
    out.push({
      start: o.start,
      end: o.end,
      text: o.text,
      date: isoDay(dayMs(base) + o.offset * DAY_MS),
      precision: 'day',
      relative: true,
    });
  }
  return out;
}

/**
 * A span of days written with one month, "on 20 and 21 December", "12–14 June", which chrono reads as its last day
 * only: read as its first day, the words of the whole span its text.
 */
function withSpanStarts(
  sentence: string,
  named: readonly Omit<DateMention, 'anchor'>[],
): Omit<DateMention, 'anchor'>[] {
  return named.map((m) => {
    if (m.precision !== 'day' || !/^\d{1,2}\s+\p{L}/u.test(m.text)) return m;
    const first = /(\d{1,2})\s*(?:and|to|–|-)\s*$/.exec(sentence.slice(Math.max(0, m.start - 12), m.start));
    const digits = first?.[1];
    if (!first || !digits || Number(digits) < 1 || Number(digits) >= Number(m.date.slice(8, 10))) return m;
    const start = m.start - first[0].length;
    if (named.some((o) => o !== m && o.start < m.start && start < o.end)) return m;
    return { ...m, start, text: sentence.slice(start, m.end), date: `${m.date.slice(0, 8)}${digits.padStart(2, '0')}` };
  });
}

/** Every date in a sentence, in text order; our own readings win where they overlap chrono's. */
export function findDateMentions(
  sentence: string,
  publishedIso: string,
  datelineEnd = 0,
  anchorDay: string | null = null,
): DateMention[] {
  const ours = relativeMentions(sentence, publishedIso, (at) => isFutureAt(sentence, at));
  const ref = { instant: new Date(dayMs(publishedIso) + 12 * 3_600_000), timezone: 0 };
  const theirs = chrono.casual
    .parse(sentence, ref, { forwardDate: false })
    .map((r) => fromChrono(r, publishedIso, isFutureAt(sentence, r.index)))
    .filter((m): m is Omit<DateMention, 'anchor'> => m !== null)
    .filter((m) => !ours.some((o) => o.start < m.end && m.start < o.end))
    .filter((m) => !countsFromObject(sentence, m.end, m.text));
  const offsets = offsetMentions(sentence).filter((o) => !ours.some((d) => d.start < o.end && o.start < d.end));
  const read = [...ours, ...theirs.filter((d) => !offsets.some((o) => o.start < d.end && d.start < o.end))];
  const named = withSpanStarts(sentence, read).sort((a, b) => a.start - b.start);
  return [...named, ...offsetDates(offsets, named, anchorDay)]
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      // The words themselves, without the comma a reading may take with them ("In January, …").
      const text = m.text.replace(/[\s,;:]+$/, '');
      return { ...m, text, end: m.start + text.length };
    })
    .map((m, i, all) => ({
      ...m,
      // A dateline's date ("WASHINGTON, March 15 -") is when the report was filed, not when the act happened.
      // "by Wednesday's announcement": a day with a possessive names the day of what follows, whatever precedes it.
      anchor:
        m.start >= datelineEnd &&
        (POSSESSIVE_AFTER.test(sentence.slice(m.end)) ||
          // "since January last year, when they held talks": the clause after it is told on that date.
          WHEN_AFTER.test(sentence.slice(m.end)) ||
          (!NOT_ANCHOR_BEFORE.test(sentence.slice(Math.max(0, m.start - 25), m.start)) &&
            !NOT_ANCHOR_START.test(m.text) &&
            !(
              /^of\s/i.test(m.text) && NAMING_DOCUMENT_BEFORE.test(sentence.slice(Math.max(0, m.start - 20), m.start))
            ) &&
            !isSpanEnd(sentence, all[i - 1], m))),
    }));
}

/** "on Monday and Tuesday", "June 3 to 5": the second day ends a span whose first day dates the act. */
function isSpanEnd(
  sentence: string,
  before: Omit<DateMention, 'anchor'> | undefined,
  m: Omit<DateMention, 'anchor'>,
): boolean {
  return (
    before !== undefined &&
    before.precision === 'day' &&
    m.precision === 'day' &&
    /^[\s,]*(?:and|to|through|[–-])\s*$/.test(sentence.slice(before.end, m.start))
  );
}

/** Whether a date lies after the publication day (for a month or year: starts after it). */
export function isAfterPublication(date: string, publishedIso: string): boolean {
  return (
    dayMs(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date) >
    dayMs(publishedIso) + DAY_MS - 1
  );
}
