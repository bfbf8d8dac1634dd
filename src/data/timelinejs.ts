/**
 * TimelineJS (Knight Lab) in and out: its Google-Sheets template saved as CSV, and its JSON format, mapped
 * onto raw records of our schema so that validateDataset judges them by the same rules as our own files.
 *
 * Mapping: Year/Month/Day → `date` at the precision given (YYYY, YYYY-MM, YYYY-MM-DD), End … → `end`;
 * Headline → `title`, Text → `summary` (TimelineJS text is HTML: reduced to plain text here, never rendered);
 * Group → `category` (a lower-cased slug); Display Date → `displayDate` (an extra field the app ignores);
 * an http(s) Media URL → one source of kind "reference"; Type "title" → the dataset's title, Type "era" → an
 * era of kind "period". TimelineJS has no actors, tone or time zone: actors are [] (validation warns), tone
 * is absent, and Time columns are dropped. Ids are `unique_id` when it is a valid slug, otherwise the date
 * and a slug of the headline, made unique in file order with -2, -3, … so the same file gives the same ids.
 */
import { indexColumns, readCsvTable } from './csv';
import { htmlToText } from './htmlText';
import type { DataIssue } from './model';
import { quoteValue } from './plainText';

type Obj = Record<string, unknown>;

export interface TimelineJsParseResult {
  readonly raw: { title?: string; eras?: unknown[]; events: unknown[] };
  /** For CSV, rows[i] is the spreadsheet row of raw.events[i]; empty for JSON. */
  readonly rows: readonly number[];
  readonly issues: readonly DataIssue[];
}

/** The fields of one TimelineJS slide that we read, whether it came from a sheet row or from JSON. */
interface Slide {
  readonly start: readonly [unknown, unknown, unknown];
  readonly end: readonly [unknown, unknown, unknown];
  readonly displayDate: unknown;
  readonly headline: unknown;
  readonly text: unknown;
  readonly mediaUrl: unknown;
  readonly mediaCredit: unknown;
  readonly mediaCaption: unknown;
  readonly group: unknown;
  readonly uniqueId: unknown;
}

type Note = (field: string, message: string) => void;

const SLUG_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An own property only: keys such as "constructor" must never reach Object.prototype. */
function own(v: unknown, key: string): unknown {
  return isObject(v) && Object.hasOwn(v, key) ? v[key] : undefined;
}

function textOf(v: unknown): string | undefined {
  return typeof v === 'string' ? htmlToText(v) || undefined : undefined;
}

export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .slice(0, maxLength * 4)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug.slice(0, maxLength).replace(/-$/, '');
}

function datePart(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function pad(part: string, width: number): string {
  return /^\d+$/.test(part) ? part.padStart(width, '0') : part;
}

/** "2021", "2021-04" or "2021-04-05" from TimelineJS's parts; anything odd is kept so validation names it. */
export function composeDate(year: unknown, month: unknown, day: unknown): string | undefined {
  const y = datePart(year);
  if (y === null) return undefined;
  const m = datePart(month);
  if (m === null) return pad(y, 4);
  const d = datePart(day);
  return d === null ? `${pad(y, 4)}-${pad(m, 2)}` : `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function slideDate(parts: Slide['start'], field: string, note: Note): string | undefined {
  if (datePart(parts[2]) !== null && datePart(parts[1]) === null) {
    note(field, 'has a day but no month: the date is kept to the year; add the month');
  }
  return composeDate(...parts);
}

function mediaSources(slide: Slide, note: Note): Obj[] {
  const url = typeof slide.mediaUrl === 'string' ? slide.mediaUrl.trim() : '';
  if (url === '') return [];
  let host = '';
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') host = parsed.hostname;
  } catch {
    // not a URL: reported below
  }
  if (host === '') {
    note('media', `${quoteValue(url)} is not an http or https address: not kept as a source`);
    return [];
  }
  const title = textOf(slide.mediaCaption) ?? url;
  return [{ url, title, publisher: textOf(slide.mediaCredit) ?? host, kind: 'reference' }];
}

/** Hands out ids unique within one file: the base, then base-2, base-3, … in the order asked. */
function createIdMaker(taken: readonly string[]): (base: string) => string {
  const used = new Set(taken);
  const next = new Map<string, number>();
  return (base) => {
    if (!used.has(base)) {
      used.add(base);
      return base;
    }
    let n = next.get(base) ?? 2;
    while (used.has(`${base}-${n}`)) n += 1;
    next.set(base, n + 1);
    used.add(`${base}-${n}`);
    return `${base}-${n}`;
  };
}

function explicitId(slide: Slide): string | null {
  const id = slide.uniqueId;
  return typeof id === 'string' && id.length <= 200 && SLUG_ID.test(id) ? id : null;
}

function slideToEvent(slide: Slide, makeId: (base: string) => string, note: Note): Obj {
  const date = slideDate(slide.start, 'date', note);
  const end = slideDate(slide.end, 'end', note);
  const title = textOf(slide.headline);
  const summary = textOf(slide.text);
  const group = typeof slide.group === 'string' ? slide.group.trim() : '';
  const displayDate = textOf(slide.displayDate);
  const id = explicitId(slide) ?? makeId(slugify(`${date ?? 'undated'} ${title ?? ''}`, 80) || 'event');
  return {
    id,
    ...(date === undefined ? {} : { date }),
    ...(end === undefined ? {} : { end }),
    ...(title === undefined ? {} : { title }),
    ...(summary === undefined ? {} : { summary }),
    actors: [],
    ...(group === '' ? {} : { category: slugify(group, 40) || group.toLowerCase() }),
    ...(displayDate === undefined ? {} : { displayDate }),
    sources: mediaSources(slide, note),
  };
}

function slideToEra(slide: Slide, makeId: (base: string) => string): Obj {
  const title = textOf(slide.headline);
  const start = composeDate(...slide.start);
  const end = composeDate(...slide.end);
  return {
    id: makeId(`era-${slugify(title ?? '') || 'untitled'}`),
    ...(title === undefined ? {} : { title }),
    ...(start === undefined ? {} : { start }),
    ...(end === undefined ? {} : { end }),
    kind: 'period',
  };
}

interface TypedSlide {
  readonly slide: Slide;
  readonly type: string;
  readonly row?: number;
}

/** Sorts slides into the title, eras and events, keeping each event's row for messages. */
function assemble(slides: readonly TypedSlide[], title: string | undefined): TimelineJsParseResult {
  const issues: DataIssue[] = [];
  const taken = slides.flatMap(({ slide }) => explicitId(slide) ?? []);
  const makeId = createIdMaker(taken);
  const makeEraId = createIdMaker([]);
  const events: unknown[] = [];
  const eras: unknown[] = [];
  const rows: number[] = [];
  let datasetTitle = title;
  for (const { slide, type, row } of slides) {
    const at = row === undefined ? {} : { row };
    if (type === 'title') {
      const message = 'a second "title" row is ignored';
      if (datasetTitle !== undefined)
        issues.push({ level: 'warning', index: null, id: null, field: 'Type', message, ...at });
      else datasetTitle = textOf(slide.headline);
    } else if (type === 'era') {
      eras.push(slideToEra(slide, makeEraId));
    } else {
      const index = events.length;
      const pending: [string, string][] = [];
      const event = slideToEvent(slide, makeId, (field, message) => pending.push([field, message]));
      for (const [field, message] of pending) {
        issues.push({ level: 'warning', index, id: event.id as string, field, message, ...at });
      }
      events.push(event);
      if (row !== undefined) rows.push(row);
    }
  }
  const raw = {
    ...(datasetTitle === undefined ? {} : { title: datasetTitle }),
    ...(eras.length ? { eras } : {}),
    events,
  };
  return { raw, rows, issues };
}

/** The template's header, in its order. */
export const TIMELINEJS_COLUMNS: readonly string[] = (
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,' +
  'Media Caption,Media Thumbnail,Type,Group,Background'
).split(',');

export function parseTimelineJsCsv(text: string): TimelineJsParseResult {
  const table = readCsvTable(text);
  const columns = indexColumns(table.header);
  if (!columns.has('year') || !columns.has('headline')) {
    const message = `has no column Year or Headline: TimelineJS's header is ${TIMELINEJS_COLUMNS.join(', ')}`;
    return {
      raw: { events: [] },
      rows: [],
      issues: [...table.issues, { level: 'error', index: null, id: null, field: '(file)', message, row: 1 }],
    };
  }
  const slides = table.records.map(({ cells, row }): TypedSlide => {
    const cell = (name: string) => {
      const i = columns.get(name);
      return i === undefined ? '' : (cells[i] ?? '');
    };
    const slide: Slide = {
      start: [cell('year'), cell('month'), cell('day')],
      end: [cell('end year'), cell('end month'), cell('end day')],
      displayDate: cell('display date'),
      headline: cell('headline'),
      text: cell('text'),
      mediaUrl: cell('media'),
      mediaCredit: cell('media credit'),
      mediaCaption: cell('media caption'),
      group: cell('group'),
      uniqueId: undefined,
    };
    return { slide, type: cell('type').trim().toLowerCase(), row };
  });
  const result = assemble(slides, undefined);
  return { ...result, issues: [...table.issues, ...result.issues] };
}

function jsonSlide(v: unknown): Slide {
  const start = own(v, 'start_date');
  const end = own(v, 'end_date');
  const text = own(v, 'text');
  const media = own(v, 'media');
  return {
    start: [own(start, 'year'), own(start, 'month'), own(start, 'day')],
    end: [own(end, 'year'), own(end, 'month'), own(end, 'day')],
    displayDate: own(v, 'display_date') ?? own(start, 'display_date'),
    headline: own(text, 'headline'),
    text: own(text, 'text'),
    mediaUrl: own(media, 'url'),
    mediaCredit: own(media, 'credit'),
    mediaCaption: own(media, 'caption'),
    group: own(v, 'group'),
    uniqueId: own(v, 'unique_id'),
  };
}

/** TimelineJS JSON ({title?, events, eras?}) → our raw shape. Records that are not objects pass through as they are. */
export function parseTimelineJsJson(value: unknown): TimelineJsParseResult {
  const events = own(value, 'events');
  if (!Array.isArray(events))
    return {
      raw: { events: [] },
      rows: [],
      issues: [{ level: 'error', index: null, id: null, field: 'events', message: 'is missing or not an array' }],
    };
  const titleValue = own(value, 'title');
  const title = typeof titleValue === 'string' ? textOf(titleValue) : textOf(own(own(titleValue, 'text'), 'headline'));
  const eraList = own(value, 'eras');
  const slides: TypedSlide[] = [
    ...(Array.isArray(eraList) ? eraList : []).map((e) => ({ slide: jsonSlide(e), type: 'era' })),
    ...events.map((e) => ({ slide: jsonSlide(e), type: '' })),
  ];
  const result = assemble(slides, title);
  // Keep non-objects in place so that validation reports them at their index.
  const raw = { ...result.raw, events: result.raw.events.map((e, i) => (isObject(events[i]) ? e : events[i])) };
  return { ...result, raw };
}
