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

/** The licence of the curated dataset, named in its BibTeX note. */
export const LICENSE = 'CC BY 4.0';

export interface CiteContext {
  /** `through`, when the dataset states it, is named in the dataset's citation ("complete through …"). */
  readonly dataset: Pick<Dataset, 'title' | 'version' | 'updated'> & { readonly through?: string | null };
  /** The permalink of the view or event, or the dataset's address; '' when there is none (a file on a device). */
  readonly url: string;
  /** Access date, YYYY-MM-DD. */
  readonly accessed: string;
  /**
   * Whom the citation credits. Absent: this project, for its curated dataset. Another dataset is credited to
   * the host it came from, never to the project; null when nobody is known (a local file): the title then
   * stands first, as APA and Chicago write a work without an author.
   */
  readonly author?: string | null;
  /** The licence BibTeX's note names: absent, the curated dataset's; null or '' names none. */
  readonly license?: string | null;
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
  const author = ctx.author === undefined ? AUTHOR : ctx.author === null ? null : toOneLine(ctx.author) || null;
  return {
    author,
    title: toOneLine(d.title),
    version: toOneLine(d.version),
    updated: d.updated,
    url: toOneLine(ctx.url),
    accessed: toOneLine(ctx.accessed),
    eventTitle: event ? toOneLine(event.title) : '',
  };
}

/** " (Version 1; complete through …)", or '' when there is neither. */
const inParentheses = (...parts: string[]) => {
  const text = parts.filter(Boolean).join('; ');
  return text ? ` (${text})` : '';
};

/** "complete through March 12, 2026", or '' when the dataset does not say how far it is checked. */
function completeThrough(ctx: CiteContext, format: (iso: string) => string = (iso) => longDate(iso) ?? iso): string {
  return ctx.dataset.through ? `complete through ${format(ctx.dataset.through)}` : '';
}

export function citeApa(ctx: CiteContext, event?: TimelineEvent): string {
  const d = clean(ctx, event);
  const version = d.version ? `Version ${d.version}` : '';
  const retrieved = d.url ? ` Retrieved ${longDate(d.accessed) ?? d.accessed}, from ${d.url}` : '';
  const work = event
    ? `${d.eventTitle} [Timeline entry, ${formatDateSpec(event.span)}]`
    : `${d.title}${inParentheses(version, completeThrough(ctx))} [Data set]`;
  const inDataset = event ? ` In ${d.title}${inParentheses(version)}.` : '';
  // Without an author the work stands first, then its date (APA 7, 9.12).
  const head = d.author ? `${d.author}. (${year(d.updated)}). ${work}.` : `${work}. (${year(d.updated)}).`;
  return `${head}${inDataset}${retrieved}`;
}

export function citeChicago(ctx: CiteContext, event?: TimelineEvent): string {
  const d = clean(ctx, event);
  const updated = longDate(d.updated);
  const edition = d.version
    ? `Version ${d.version}${updated ? `, updated ${updated}` : ''}`
    : updated
      ? `Updated ${updated}`
      : '';
  const tail = [edition, `Accessed ${longDate(d.accessed) ?? d.accessed}`, d.url].filter(Boolean).join('. ');
  const by = d.author ? `${d.author}. ` : '';
  if (!event) {
    const through = completeThrough(ctx);
    return `${by}${d.title}. Dataset${through ? `, ${through}` : ''}. ${tail}.`;
  }
  return `${by}“${d.eventTitle}” (${formatDateSpec(event.span)}). In ${d.title}. ${tail}.`;
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
  const prefix = ctx.author === undefined ? 'usrussia' : 'timeline';
  const alnum = (text: string) => text.replace(/[^A-Za-z0-9]/g, '');
  return `${prefix}${alnum(year(ctx.dataset.updated))}${event ? `_${alnum(event.id)}` : ''}`;
}

/** The licence a note names: the curated dataset's unless the context says otherwise. */
const licenseOf = (ctx: CiteContext) => toOneLine(ctx.license === undefined ? LICENSE : (ctx.license ?? ''));

export function toBibtex(ctx: CiteContext, event?: TimelineEvent): string {
  const d = clean(ctx, event);
  const title = event ? `${d.eventTitle} (${formatDateSpec(event.span)})` : d.title;
  const fields: [string, string | false][] = [
    ['title', escapeBibtex(title)],
    ['author', d.author !== null && `{${escapeBibtex(d.author)}}`],
    ['year', escapeBibtex(year(d.updated))],
    ['version', escapeBibtex(d.version)],
    ['url', d.url !== '' && bibtexUrl(d.url)],
    ['urldate', escapeBibtex(d.accessed)],
    ['booktitle', event !== undefined && escapeBibtex(d.title)],
    [
      'note',
      event
        ? 'Timeline entry'
        : escapeBibtex(['Dataset', licenseOf(ctx), completeThrough(ctx, String)].filter(Boolean).join(', ')),
    ],
  ];
  const written = fields.filter((f): f is [string, string] => f[1] !== false);
  return `@misc{${key(ctx, event)},\n${written.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

export function toRis(ctx: CiteContext, event?: TimelineEvent): string {
  const d = clean(ctx, event);
  const lines = [
    `TY  - ${event ? 'ELEC' : 'DATA'}`,
    `TI  - ${event ? toOneLine(`${d.eventTitle} (${formatDateSpec(event.span)})`) : d.title}`,
    ...(d.author ? [`AU  - ${d.author}`] : []),
    `PY  - ${year(d.updated)}`,
    ...(event ? [`T2  - ${d.title}`] : []),
    `ET  - ${d.version}`,
    ...(!event && ctx.dataset.through ? [`N1  - Complete through ${toOneLine(ctx.dataset.through)}`] : []),
    ...(d.url ? [`UR  - ${d.url}`] : []),
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
    ...(d.author ? { author: [{ literal: d.author }] } : {}),
    ...(issued ? { issued } : {}),
    ...(accessed ? { accessed } : {}),
    version: d.version,
    ...(d.url ? { URL: d.url } : {}),
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
