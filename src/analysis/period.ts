/**
 * Periods as the address writes them, FROM..TO: parsed with errors that name the value and the fix, written
 * back at the coarsest precision that names them exactly. Apart from compare.ts so the address (on the first
 * page) carries only this, not the summaries.
 */
import { DAY_MS, explainBadDate, parseDateSpec, toIsoDay } from '../data/dates';
import { quoteValue } from '../data/plainText';

/** A time domain [startMs, endMs), UTC ms, the shape of the store's view domain. */
export type Domain = readonly [startMs: number, endMs: number];

export type ParsedPeriod =
  | { readonly ok: true; readonly domain: Domain }
  | { readonly ok: false; readonly error: string };

const EXAMPLE = 'write FROM..TO, e.g. 2014..2016-06';

/**
 * `FROM..TO`, each YYYY, YYYY-MM or YYYY-MM-DD, both inclusive at their precision: "2014..2016-06" is
 * [1 January 2014, 1 July 2016). FROM may equal TO ("2014..2014" is the year) or lie inside it
 * ("2014-06..2014" is June to December 2014, as from= and to= read it), but the period may not be empty.
 */
export function parseComparePeriod(text: string): ParsedPeriod {
  const parts = text.trim().split('..');
  if (parts.length !== 2) return { ok: false, error: `${quoteValue(text)} is not a period: ${EXAMPLE}` };
  const [fromText, toText] = parts.map((p) => p.trim()) as [string, string];
  const from = parseDateSpec(fromText);
  if (!from) return { ok: false, error: `period ${quoteValue(text)}: ${explainBadDate(fromText)}; ${EXAMPLE}` };
  const to = parseDateSpec(toText);
  if (!to) return { ok: false, error: `period ${quoteValue(text)}: ${explainBadDate(toText)}; ${EXAMPLE}` };
  if (to.endMs <= from.startMs) {
    return {
      ok: false,
      error: `period ${quoteValue(text)}: ${fromText} is after ${toText}; put the earlier date first`,
    };
  }
  return { ok: true, domain: [from.startMs, to.endMs] };
}

/**
 * FROM..TO naming the period, which parseComparePeriod reads back: each end at the coarsest precision that
 * names it exactly ("2014..2016" for [1 January 2014, 1 January 2017), "2014-03..2016-06-15" for a period
 * from 1 March); a window that does not start at midnight is named by its days.
 */
export function serializeComparePeriod(domain: Domain): string {
  const [startMs, endMs] = domain;
  const from = toIsoDay(startMs);
  const to = toIsoDay(endMs - 1);
  const exact = (ms: number) => ms % DAY_MS === 0;
  const from1 = exact(startMs) && from.endsWith('-01') ? from.slice(0, 7) : from;
  const fromText = from1.endsWith('-01') && from1.length === 7 ? from1.slice(0, 4) : from1;
  const end = toIsoDay(endMs);
  const toMonth = exact(endMs) && end.endsWith('-01') ? to.slice(0, 7) : to;
  const toText = toMonth.length === 7 && end.endsWith('-01-01') ? to.slice(0, 4) : toMonth;
  return `${fromText}..${toText}`;
}

/**
 * The whole days a window covers, as its address names them (from= the day it starts in, to= the day of its
 * last instant): the period the comparison counts for the window, so the counts match what a reader of the
 * permalink would count. A window on day boundaries is itself.
 */
export function computeDayPeriod(domain: Domain): Domain {
  const startMs = Math.floor(domain[0] / DAY_MS) * DAY_MS;
  const lastDayMs = Math.floor((domain[1] - 1) / DAY_MS) * DAY_MS;
  return [startMs, Math.max(startMs, lastDayMs) + DAY_MS];
}
