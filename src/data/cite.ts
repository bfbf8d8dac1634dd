/**
 * Citations for the dataset and for one event: APA and Chicago text, BibTeX, RIS and CSL-JSON. Pure: the
 * permalink and the access date are passed in, so output is deterministic and testable.
 *
 * Every field comes from data anyone can write (`?data=`), so each is put on one line first (toOneLine): a
 * line break in a title must not start a forged RIS line (`ER`, `TY`, `UR`) or a BibTeX entry (`@misc{`).
 * BibTeX counts every brace, escaped or not, so braces in text are written as \textbraceleft{} and
 * \textbraceright{}, never as \{ and \} (an unbalanced \} would close the field early).
 */
import { formatDateSpec, MONTHS, parseDateSpec } from './dates';
import type { Dataset, TimelineEvent } from './model';
import { toOneLine } from './plainText';

export const AUTHOR = 'US–Russia Relations Timeline';

export interface CiteContext {
  /** `through`, when the dataset states it, is named in the dataset's citation ("complete through …"). */
  readonly dataset: Pick<Dataset, 'title' | 'version' | 'updated'> & { readonly through?: string | null };
  /** The permalink of the view or event being cited. */
  readonly url: string;
  /** Access date, YYYY-MM-DD. */
  readonly accessed: string;
}

/** "2026-11-30" → "November 30, 2026" ("2026-11" → "November 2026"); null when it is not a date. */
function longDate(iso: string): string | null {
  const span = parseDateSpec(iso);
  if (!span) return null;
  const d = new Date(span.startMs);
  const month = MONTHS[d.getUTCMonth()] ?? '';
  if (span.precision === 'year') return String(d.getUTCFullYear());
  if (span.precision === 'month') return `${month} ${d.getUTCFullYear()}`;
  return `${month} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** The year of the dataset's `updated` date, or "n.d." (no date) when it has none. */
const year = (iso: string) => /^\d{4}/.exec(iso)?.[0] ?? 'n.d.';

/** The context and event with every text on one line. */
function clean(ctx: CiteContext, event?: TimelineEvent) {
  const d = ctx.dataset;
  return {
    title: toOneLine(d.title),
    version: toOneLine(d.version),
    updated: d.updated,
    url: toOneLine(ctx.url),
    accessed: toOneLine(ctx.accessed),
    eventTitle: event ? toOneLine(event.title) : '',
  };
}

/** "complete through March 12, 2026", or '' when the dataset does not say how far it is checked. */
function completeThrough(ctx: CiteContext, format: (iso: string) => string = (iso) => longDate(iso) ?? iso): string {
  return ctx.dataset.through ? `complete through ${format(ctx.dataset.through)}` : '';
}

export function citeApa(ctx: CiteContext, event?: TimelineEvent): string {
  const d = clean(ctx, event);
  const retrieved = `Retrieved ${longDate(d.accessed) ?? d.accessed}, from ${d.url}`;
  if (!event) {
    const through = completeThrough(ctx);
    return `${AUTHOR}. (${year(d.updated)}). ${d.title} (Version ${d.version}${through ? `; ${through}` : ''}) [Data set]. ${retrieved}`;
  }
  return `${AUTHOR}. (${year(d.updated)}). ${d.eventTitle} [Timeline entry, ${formatDateSpec(event.span)}]. In ${d.title} (Version ${d.version}). ${retrieved}`;
}

export function citeChicago(ctx: CiteContext, event?: TimelineEvent): string {
  const d = clean(ctx, event);
  const updated = longDate(d.updated);
  const tail = `Version ${d.version}${updated ? `, updated ${updated}` : ''}. Accessed ${longDate(d.accessed) ?? d.accessed}. ${d.url}.`;
  if (!event) {
    const through = completeThrough(ctx);
    return `${AUTHOR}. ${d.title}. Dataset${through ? `, ${through}` : ''}. ${tail}`;
  }
  return `${AUTHOR}. “${d.eventTitle}” (${formatDateSpec(event.span)}). In ${d.title}. ${tail}`;
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** A BibTeX field value: one line, its special characters escaped, its braces always balanced. */
export function escapeBibtex(text: string): string {
  return toOneLine(text).replace(/[\\{}%&$#_^~]/g, (c) => BIBTEX_ESCAPES[c] ?? `\\${c}`);
}

/** A URL in a BibTeX field: characters that would break the field are percent-encoded, which keeps it the same URL. */
const bibtexUrl = (url: string) => toOneLine(url).replace(/[{}\\\s%]/g, (c) => (c === '%' ? c : encodeURIComponent(c)));

function key(ctx: CiteContext, event?: TimelineEvent): string {
  return `usrussia${year(ctx.dataset.updated)}${event ? `_${event.id.replace(/[^A-Za-z0-9]/g, '')}` : ''}`;
}

export function toBibtex(ctx: CiteContext, event?: TimelineEvent): string {
  const d = clean(ctx, event);
  const title = event ? `${d.eventTitle} (${formatDateSpec(event.span)})` : d.title;
  const fields: [string, string][] = [
    ['title', escapeBibtex(title)],
    ['author', `{${escapeBibtex(AUTHOR)}}`],
    ['year', escapeBibtex(year(d.updated))],
    ['version', escapeBibtex(d.version)],
    ['url', bibtexUrl(d.url)],
    ['urldate', escapeBibtex(d.accessed)],
    ...(event ? ([['booktitle', escapeBibtex(d.title)]] as [string, string][]) : []),
    [
      'note',
      event
        ? 'Timeline entry'
        : escapeBibtex(['Dataset, CC BY 4.0', completeThrough(ctx, String)].filter(Boolean).join(', ')),
    ],
  ];
  return `@misc{${key(ctx, event)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

export function toRis(ctx: CiteContext, event?: TimelineEvent): string {
  const d = clean(ctx, event);
  const lines = [
    `TY  - ${event ? 'ELEC' : 'DATA'}`,
    `TI  - ${event ? toOneLine(`${d.eventTitle} (${formatDateSpec(event.span)})`) : d.title}`,
    `AU  - ${AUTHOR}`,
    `PY  - ${year(d.updated)}`,
    ...(event ? [`T2  - ${d.title}`] : []),
    `ET  - ${d.version}`,
    ...(!event && ctx.dataset.through ? [`N1  - Complete through ${toOneLine(ctx.dataset.through)}`] : []),
    `UR  - ${d.url}`,
    `Y2  - ${d.accessed}`,
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** CSL's date-parts of a date at its precision ([[2026, 11, 28]], [[2026, 11]], [[2026]]); null when it is not a date. */
function dateParts(iso: string): { 'date-parts': number[][] } | null {
  return parseDateSpec(iso) ? { 'date-parts': [iso.split('-').map(Number)] } : null;
}

export function toCslJson(ctx: CiteContext, event?: TimelineEvent): string {
  const d = clean(ctx, event);
  const issued = dateParts(d.updated);
  const accessed = dateParts(d.accessed);
  const item = {
    id: key(ctx, event),
    type: event ? 'entry' : 'dataset',
    title: event ? d.eventTitle : d.title,
    ...(event ? { 'container-title': d.title, note: `Event dated ${formatDateSpec(event.span)}` } : {}),
    ...(!event && ctx.dataset.through ? { note: `Complete through ${toOneLine(ctx.dataset.through)}` } : {}),
    author: [{ literal: AUTHOR }],
    ...(issued ? { issued } : {}),
    ...(accessed ? { accessed } : {}),
    version: d.version,
    URL: d.url,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
