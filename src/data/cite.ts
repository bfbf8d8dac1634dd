/**
 * Citations for the dataset and for one event: APA and Chicago text, BibTeX, RIS and CSL-JSON. Pure: the
 * permalink and the access date are passed in, so output is deterministic and testable.
 */
import { format } from 'date-fns';
import { formatDateSpec } from './dates';
import type { Dataset, TimelineEvent } from './model';

export const AUTHOR = 'US–Russia Relations Timeline';

export interface CiteContext {
  /** `through`, when the dataset states it, is named in the dataset's citation ("complete through …"). */
  readonly dataset: Pick<Dataset, 'title' | 'version' | 'updated'> & { readonly through?: string | null };
  /** The permalink of the view or event being cited. */
  readonly url: string;
  /** Access date, YYYY-MM-DD. */
  readonly accessed: string;
}

/**
 * "2026-11-30" → "November 30, 2026". date-fns formats in local time, so the calendar date is built as local
 * midnight from its parts (setFullYear, never new Date(y, m, d), which maps years 0–99 to the 1900s).
 */
function longDate(iso: string): string {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  const local = new Date(0);
  local.setFullYear(y, m - 1, d);
  local.setHours(0, 0, 0, 0);
  return format(local, 'MMMM d, yyyy');
}

const year = (iso: string) => iso.slice(0, 4);

/** "complete through March 12, 2026", or '' when the dataset does not say how far it is checked. */
function completeThrough(ctx: CiteContext, format: (iso: string) => string = longDate): string {
  return ctx.dataset.through ? `complete through ${format(ctx.dataset.through)}` : '';
}

export function citeApa(ctx: CiteContext, event?: TimelineEvent): string {
  const { dataset: d } = ctx;
  const retrieved = `Retrieved ${longDate(ctx.accessed)}, from ${ctx.url}`;
  if (!event) {
    const through = completeThrough(ctx);
    return `${AUTHOR}. (${year(d.updated)}). ${d.title} (Version ${d.version}${through ? `; ${through}` : ''}) [Data set]. ${retrieved}`;
  }
  return `${AUTHOR}. (${year(d.updated)}). ${event.title} [Timeline entry, ${formatDateSpec(event.span)}]. In ${d.title} (Version ${d.version}). ${retrieved}`;
}

export function citeChicago(ctx: CiteContext, event?: TimelineEvent): string {
  const { dataset: d } = ctx;
  const tail = `Version ${d.version}, updated ${longDate(d.updated)}. Accessed ${longDate(ctx.accessed)}. ${ctx.url}.`;
  if (!event) {
    const through = completeThrough(ctx);
    return `${AUTHOR}. ${d.title}. Dataset${through ? `, ${through}` : ''}. ${tail}`;
  }
  return `${AUTHOR}. “${event.title}” (${formatDateSpec(event.span)}). In ${d.title}. ${tail}`;
}

/** Escapes BibTeX's special characters in a field value. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`,
  );
}

function key(ctx: CiteContext, event?: TimelineEvent): string {
  return `usrussia${year(ctx.dataset.updated)}${event ? `_${event.id.replace(/[^A-Za-z0-9]/g, '')}` : ''}`;
}

export function toBibtex(ctx: CiteContext, event?: TimelineEvent): string {
  const title = event ? `${event.title} (${formatDateSpec(event.span)})` : ctx.dataset.title;
  const fields: [string, string][] = [
    ['title', escapeBibtex(title)],
    ['author', `{${escapeBibtex(AUTHOR)}}`],
    ['year', year(ctx.dataset.updated)],
    ['version', escapeBibtex(ctx.dataset.version)],
    ['url', ctx.url],
    ['urldate', ctx.accessed],
    ...(event ? ([['booktitle', escapeBibtex(ctx.dataset.title)]] as [string, string][]) : []),
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
  const lines = [
    `TY  - ${event ? 'ELEC' : 'DATA'}`,
    `TI  - ${event ? `${event.title} (${formatDateSpec(event.span)})` : ctx.dataset.title}`,
    `AU  - ${AUTHOR}`,
    `PY  - ${year(ctx.dataset.updated)}`,
    ...(event ? [`T2  - ${ctx.dataset.title}`] : []),
    `ET  - ${ctx.dataset.version}`,
    ...(!event && ctx.dataset.through ? [`N1  - Complete through ${ctx.dataset.through}`] : []),
    `UR  - ${ctx.url}`,
    `Y2  - ${ctx.accessed}`,
    'ER  - ',
  ];
  return `${lines.join('\r\n')}\r\n`;
}

const dateParts = (iso: string) => [iso.split('-').map(Number)];

export function toCslJson(ctx: CiteContext, event?: TimelineEvent): string {
  const item = {
    id: key(ctx, event),
    type: event ? 'entry' : 'dataset',
    title: event ? event.title : ctx.dataset.title,
    ...(event ? { 'container-title': ctx.dataset.title, note: `Event dated ${formatDateSpec(event.span)}` } : {}),
    ...(!event && ctx.dataset.through ? { note: `Complete through ${ctx.dataset.through}` } : {}),
    author: [{ literal: AUTHOR }],
    issued: { 'date-parts': dateParts(ctx.dataset.updated) },
    accessed: { 'date-parts': dateParts(ctx.accessed) },
    version: ctx.dataset.version,
    URL: ctx.url,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
