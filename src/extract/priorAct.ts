/**
 * An act given as happening a counted time before the main one: "Russia barred 18 Americans on Saturday, a day
 * after Washington published its list". Such a clause is no mere reason: it is an earlier act, dated by
 * counting back from the main clause's day.
 */
import { type DateMention, dayMs, isoDay } from './dates';
import { parseNumberWords } from './figures';

const DAY_MS = 86_400_000;
const UNIT_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7 };

/** "a day after ", "the day after ", "two weeks after the ", up to the trigger (no comma or semicolon between). */
const COUNTED_AFTER = String.raw`([\p{L}\d-]+)\s+(days?|weeks?)\s+after\s+[^,;]`;
const PRIOR = new RegExp(String.raw`\b${COUNTED_AFTER}{0,90}$`, 'iu');
/** A sentence that opens with "<N> days after …" (after its dateline), up to the trigger. */
const OPENS_WITH_PRIOR = new RegExp(String.raw`^(?:[\p{Lu}][\p{Lu} .,'()/-]{1,60}[—–-]+\s+)?${COUNTED_AFTER}*$`, 'u');

/**
 * Whether a date is the main clause's, from which "<N> days after …" counts back: before the trigger ("Russia barred
 * 18 Americans on Saturday, a day after Washington published…"), or after it when the sentence opens with that
 * clause ("Two days after Obama called off the summit, the ministers met on Friday"); "four days after they signed
 * a treaty in Moscow, on Friday," gives the signing's own day.
 */
export function mainClauseDay(d: DateMention, hit: { start: number; end: number }, text: string): boolean {
  if (d.end <= hit.start) return true;
  return (
    d.start >= hit.end && /[,;]/.test(text.slice(hit.end, d.start)) && OPENS_WITH_PRIOR.test(text.slice(0, hit.start))
  );
}

/** The counted interval before `at`, in days, or null when the clause is not "<N> days after …". */
export function priorDays(text: string, at: number): number | null {
  const m = PRIOR.exec(text.slice(Math.max(0, at - 130), at));
  if (!m) return null;
  const n = /^(?:an?|the)$/i.test(m[1] ?? '') ? 1 : parseNumberWords(m[1] ?? '');
  return n === null ? null : n * (UNIT_DAYS[(m[2] ?? '').toLowerCase()] ?? 1);
}

/** The main clause's day counted back by the interval: the prior act's date. */
export function priorDate(main: DateMention, days: number): DateMention {
  if (main.precision !== 'day') return main;
  return { ...main, date: isoDay(dayMs(main.date) - days * DAY_MS) };
}

/**
 * "The vote came the day after Kerry and Lavrov met": with no day in the sentence, the count runs back from the
 * last day the article named, the day of what "came" after.
 */
export function priorToLastDay(text: string, at: number, lastDay: string | null | undefined): DateMention | null {
  const days = priorDays(text, at);
  if (days === null || !lastDay || lastDay.length !== 10) return null;
  const words = PRIOR.exec(text.slice(Math.max(0, at - 130), at))?.[0] ?? '';
  const start = Math.max(0, at - words.length);
  return {
    start,
    end: start + words.length,
    text: words.trim(),
    date: isoDay(dayMs(lastDay) - days * DAY_MS),
    precision: 'day',
    anchor: true,
    relative: true,
  };
}
