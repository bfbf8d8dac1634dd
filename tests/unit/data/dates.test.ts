import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  explainBadDate,
  formatDateRange,
  formatDateSpec,
  parseDateSpec,
  toIsoDay,
  utcMs,
} from '../../../src/data/dates';

/** The reading by a regular expression and the calendar of JavaScript's Date, which parseDateSpec must equal. */
function referenceSpec(text: string) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { startMs: utcMs(year, 0, 1), endMs: utcMs(year + 1, 0, 1), precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined)
    return { startMs: utcMs(year, month - 1, 1), endMs: utcMs(year, month, 1), precision: 'month' };
  const day = Number(m[3]);
  const startMs = utcMs(year, month - 1, day);
  if (day < 1 || new Date(startMs).getUTCDate() !== day) return null;
  return { startMs, endMs: startMs + 86_400_000, precision: 'day' };
}

describe('parseDateSpec', () => {
  it('reads every string as the regular expression and JavaScript’s calendar do', () => {
    const digit = fc.constantFrom(...'0123456789'.split(''));
    const near = fc.constantFrom(...'0123456789-/ +.a٣'.split(''));
    const datey = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 2 }),
      )
      .map(([y, m, d, parts]) => {
        const p2 = (v: number) => String(v).padStart(2, '0');
        return [String(y).padStart(4, '0'), p2(m), p2(d)].slice(0, parts + 1).join('-');
      });
    const text = fc.oneof(
      datey,
      fc.array(digit, { maxLength: 11 }).map((c) => c.join('')),
      fc.array(near, { maxLength: 11 }).map((c) => c.join('')),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(parseDateSpec(t)).toEqual(referenceSpec(t));
      }),
      { numRuns: 5000 },
    );
    for (const t of ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '0000-02-29', '0004-02-29', '2021-04-31'])
      expect(parseDateSpec(t)).toEqual(referenceSpec(t));
  });

  it('gives a day its UTC span, whatever the local time zone', () => {
    expect(parseDateSpec('2021-04-15')).toEqual({
      startMs: Date.UTC(2021, 3, 15),
      endMs: Date.UTC(2021, 3, 16),
      precision: 'day',
    });
  });
  it('lets a month span the whole month, including February of a leap year', () => {
    expect(parseDateSpec('2024-02')).toEqual({
      startMs: Date.UTC(2024, 1, 1),
      endMs: Date.UTC(2024, 2, 1),
      precision: 'month',
    });
  });
  it('lets a year span the whole year', () => {
    expect(parseDateSpec('1991')).toEqual({
      startMs: Date.UTC(1991, 0, 1),
      endMs: Date.UTC(1992, 0, 1),
      precision: 'year',
    });
  });
  it('rejects days that are not on the calendar', () => {
    for (const bad of [
      '2021-02-29',
      '2021-04-31',
      '2021-13-01',
      '2021-00-10',
      '2021-04-00',
      '2021-4-5',
      '21-04-05',
      '2021-04-15T00:00',
      '',
    ]) {
      expect(parseDateSpec(bad), bad).toBeNull();
    }
    expect(parseDateSpec('2024-02-29')?.precision).toBe('day');
  });
  it('counts days as Date.UTC does, months and days rolling over, years below 100 included', () => {
    const byDate = (year: number, monthIndex: number, day: number) => {
      const d = new Date(0);
      d.setUTCFullYear(year, monthIndex, day);
      return d.getTime();
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: -30, max: 40 }),
        fc.integer({ min: -70, max: 70 }),
        (year, monthIndex, day) => {
          expect(utcMs(year, monthIndex, day)).toBe(byDate(year, monthIndex, day));
          if (year >= 100) expect(utcMs(year, monthIndex, day)).toBe(Date.UTC(year, monthIndex, day));
        },
      ),
      { numRuns: 5000 },
    );
    expect(utcMs(1970, 0, 1)).toBe(0);
    expect(utcMs(2000, 1, 29)).toBe(Date.UTC(2000, 1, 29));
  });
  it('keeps years below 100 in their own century (no 1900s mapping)', () => {
    expect(new Date(utcMs(50, 0, 1)).getUTCFullYear()).toBe(50);
    expect(new Date(parseDateSpec('0050')?.startMs ?? 0).getUTCFullYear()).toBe(50);
  });
  it('explains what is wrong with a bad date', () => {
    expect(explainBadDate('2021-13-45')).toBe('"2021-13-45" is not a calendar date');
    expect(explainBadDate('April 2021')).toContain('not a date of the form');
  });
});

describe('formatDateSpec', () => {
  it('never shows more precision than the data has', () => {
    expect(formatDateSpec(parseDateSpec('2021-04-15')!)).toBe('15 April 2021');
    expect(formatDateSpec(parseDateSpec('2021-04')!)).toBe('April 2021');
    expect(formatDateSpec(parseDateSpec('2021')!)).toBe('2021');
  });
  it('does not drift a day in a time zone west of UTC (the test script pins America/New_York)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
    expect(formatDateSpec(parseDateSpec('2021-01-01')!)).toBe('1 January 2021');
    expect(toIsoDay(parseDateSpec('2021-03-14')!.startMs)).toBe('2021-03-14');
  });
  it('formats a range with both ends at their own precision', () => {
    expect(formatDateRange(parseDateSpec('2011-02-05')!, parseDateSpec('2026-02')!)).toBe(
      '5 February 2011 – February 2026',
    );
  });
});
