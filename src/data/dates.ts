/**
 * Dates with explicit precision, always in UTC. A date string's length is its precision:
 * "2021" spans the whole year, "2021-04" the month, "2021-04-15" the day. Intervals are
 * half-open: [startMs, endMs).
 */
import { quoteValue } from './plainText';

export type Precision = 'year' | 'month' | 'day';

export interface DateSpan {
  readonly startMs: number;
  readonly endMs: number;
  readonly precision: Precision;
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export const DAY_MS = 86_400_000;

/**
 * Milliseconds since 1970 at 00:00 UTC of a day of the proleptic Gregorian calendar, as Date.UTC gives them
 * (a month index or a day out of range rolls over), except that years 0–99 stay in their own century (Date.UTC
 * maps them to the 1900s). Whole-number arithmetic (days from the civil date, after H. Hinnant): every record
 * of a dataset has several dates, read on a cold engine, where the Date built-ins cost more.
 */
export function utcMs(year: number, monthIndex: number, day: number): number {
  const carry = Math.floor(monthIndex / 12);
  const y = year + carry - (monthIndex - 12 * carry < 2 ? 1 : 0);
  const m = monthIndex - 12 * carry + 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146_097 + doe - 719_468) * DAY_MS;
}

/** The value of the `n` ASCII digits of `text` from `at`, or -1 when one of them is not a digit. */
function digits(text: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when the form is wrong or the day is not on the calendar
 * (proleptic Gregorian, as JavaScript's dates). Read character by character: every record of a dataset has
 * several dates, and a large dataset is read on a cold engine.
 */
export function parseDateSpec(text: string): DateSpan | null {
  const n = text.length;
  if ((n !== 4 && n !== 7 && n !== 10) || (n > 4 && text.charCodeAt(4) !== 45)) return null;
  const year = digits(text, 0, 4);
  if (year < 0) return null;
  if (n === 4) return { startMs: utcMs(year, 0, 1), endMs: utcMs(year + 1, 0, 1), precision: 'year' };
  const month = digits(text, 5, 2);
  if (month < 1 || month > 12) return null;
  if (n === 7) return { startMs: utcMs(year, month - 1, 1), endMs: utcMs(year, month, 1), precision: 'month' };
  if (text.charCodeAt(7) !== 45) return null;
  const day = digits(text, 8, 2);
  const last = month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
  if (day < 1 || day > last) return null;
  const startMs = utcMs(year, month - 1, day);
  return { startMs, endMs: startMs + DAY_MS, precision: 'day' };
}

/** Why a date string failed, for messages that say what to fix. */
export function explainBadDate(text: string): string {
  if (!DATE_RE.test(text)) return `${quoteValue(text)} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  return `${quoteValue(text)} is not a calendar date`;
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Short UTC labels for axes and windows: "2021", "Apr", "Apr 2021", "15 Apr" or "15 Apr 2021". */
export function shortUtcLabel(ms: number, parts: 'year' | 'month' | 'month-year' | 'day' | 'day-year'): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const month = (MONTHS[d.getUTCMonth()] ?? '').slice(0, 3);
  switch (parts) {
    case 'year':
      return String(year);
    case 'month':
      return month;
    case 'month-year':
      return `${month} ${year}`;
    case 'day':
      return `${d.getUTCDate()} ${month}`;
    case 'day-year':
      return `${d.getUTCDate()} ${month} ${year}`;
  }
}

/** "15 April 2021", "April 2021" or "2021": never more precise than the data. */
export function formatDateSpec(span: Pick<DateSpan, 'startMs' | 'precision'>): string {
  const d = new Date(span.startMs);
  const year = d.getUTCFullYear();
  if (span.precision === 'year') return String(year);
  const month = MONTHS[d.getUTCMonth()] ?? '';
  if (span.precision === 'month') return `${month} ${year}`;
  return `${d.getUTCDate()} ${month} ${year}`;
}

/** An event's date with its end, e.g. "5 February 2011 – 5 February 2026". */
export function formatDateRange(start: DateSpan, end: DateSpan | null): string {
  return end ? `${formatDateSpec(start)} – ${formatDateSpec(end)}` : formatDateSpec(start);
}

/** Day-precision ISO text of the UTC day containing `ms`. */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export const PRECISION_LABEL: Record<Precision, string> = {
  day: 'exact day',
  month: 'month known, day not',
  year: 'year known, month not',
};
