/**
 * One entry for every dataset file we read: our JSON, our CSV, TimelineJS's sheet (CSV) and TimelineJS's
 * JSON, told apart by content, never by file name. A file that is none of them gets one error that says
 * what it is instead (empty, a web page, truncated JSON, not UTF-8 text, an unknown header) and how to fix it.
 * Records from CSV keep their spreadsheet row (header = row 1) so that messages can point at it.
 * The CSV and TimelineJS readers (papaparse among them) load only when a file needs them.
 */
import { readCleanDataset } from './cleanRead';
import type { DataIssue, Dataset } from './model';
import { nameValue, quoteValue } from './plainText';
import { validateDataset } from './validate';

export type DataFormat = 'json' | 'csv' | 'timelinejs-csv' | 'timelinejs-json';

export interface ParsedDataset {
  /** The document for validateDataset; null when the file could not be read at all (see issues). */
  readonly raw: unknown;
  readonly format: DataFormat | null;
  readonly issues: readonly DataIssue[];
  /** rows[i] is the spreadsheet row of raw.events[i] (CSV formats); null for JSON. */
  readonly rows: readonly number[] | null;
}

export interface AnyValidationResult {
  readonly format: DataFormat | null;
  readonly dataset: Dataset | null;
  /** Reading and validation issues together; those about a CSV record carry its row. */
  readonly issues: readonly DataIssue[];
  readonly rows: readonly number[] | null;
  readonly raw: unknown;
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function fail(name: string, message: string): ParsedDataset {
  return {
    raw: null,
    format: null,
    rows: null,
    issues: [{ level: 'error', index: null, id: null, field: name, message }],
  };
}

/** "https://x.org/data/my-events.csv?v=2" → "my-events": a title for files that carry none. */
function baseName(name: string): string {
  const last = name.split(/[?#]/)[0]?.split(/[/\\]/).pop() ?? '';
  return last.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim();
}

function describeJsonError(err: unknown, text: string): string {
  const detail = err instanceof Error ? err.message : String(err);
  // Engines word it differently; an error at the very end of the text means the file stops early.
  const at = Number(/position (\d+)/.exec(detail)?.[1] ?? Number.NaN);
  if (/end of (json )?input|unterminated/i.test(detail) || at >= text.trimEnd().length) {
    return 'is truncated: the JSON ends before it is complete; download or save the file again';
  }
  // The engine's message quotes the file's text: cut and isolated like any quoted value.
  return `is not valid JSON (${nameValue(detail, 120)}): fix the file at that position`;
}

function isTimelineJsJson(value: unknown): boolean {
  if (!isObject(value)) return false;
  const first = Array.isArray(value.events) ? value.events[0] : undefined;
  if (isObject(first)) return Object.hasOwn(first, 'start_date');
  return isObject(value.title) && Object.hasOwn(value.title, 'text');
}

async function parseJson(text: string, name: string): Promise<ParsedDataset> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return fail(name, describeJsonError(err, text));
  }
  if (!isTimelineJsJson(value)) return { raw: value, format: 'json', issues: [], rows: null };
  const { parseTimelineJsJson } = await import('./timelinejs');
  const { raw, issues } = parseTimelineJsJson(value);
  return { raw: withTitle(raw, name), format: 'timelinejs-json', issues, rows: null };
}

function withTitle<T extends { title?: string }>(raw: T, name: string): T {
  const title = baseName(name);
  return raw.title === undefined && title !== '' ? { ...raw, title } : raw;
}

async function parseCsv(text: string, name: string): Promise<ParsedDataset> {
  const [{ OUR_REQUIRED_COLUMNS, parseOurCsv, readCsvTable }, { parseTimelineJsCsv, TIMELINEJS_COLUMNS }] =
    await Promise.all([import('./csv'), import('./timelinejs')]);
  const header = new Set(readCsvTable(text.slice(0, 64 * 1024)).header.map((h) => h.toLowerCase()));
  if (header.has('year') && header.has('headline')) {
    const { raw, rows, issues } = parseTimelineJsCsv(text);
    return { raw: withTitle(raw, name), format: 'timelinejs-csv', issues, rows };
  }
  if (OUR_REQUIRED_COLUMNS.every((c) => header.has(c))) {
    const { raw, rows, issues } = parseOurCsv(text);
    return { raw: withTitle(raw, name), format: 'csv', issues, rows };
  }
  const firstLine = text.slice(0, 4096).split(/\r?\n/, 1)[0] ?? '';
  return fail(
    name,
    `is neither JSON nor a CSV we know: its first row ${quoteValue(firstLine)} should name our columns ` +
      `(id, date, title, summary, actors, category, tone, source1_url, …) or TimelineJS's (${TIMELINEJS_COLUMNS.slice(0, 3).join(', ')}, Headline, Text, …)`,
  );
}

/** Reads any supported file into a document for validateDataset, or one error naming what the file is instead. */
export async function parseAnyDataset(text: string, name: string): Promise<ParsedDataset> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const start = body.trimStart();
  if (start === '') return fail(name, 'is empty: a dataset is JSON ({"events": […]}) or CSV with a header row');
  if (body.includes('\u0000')) return fail(name, 'is not UTF-8 text (it contains NUL bytes): save it as UTF-8');
  if (start.startsWith('<')) {
    return fail(name, 'is a web page (HTML), not a dataset: check the address, or save the data as JSON or CSV');
  }
  if (start.startsWith('{') || start.startsWith('[')) return parseJson(body, name);
  return parseCsv(body, name);
}

/**
 * The spreadsheet row of each issue about a CSV record: by its index in events, or else (issues found after
 * sorting, such as policy checks) by its event id. Issues that already have a row, and era issues, keep theirs.
 */
export function attachRows(issues: readonly DataIssue[], parsed: Pick<ParsedDataset, 'raw' | 'rows'>): DataIssue[] {
  const { rows } = parsed;
  if (rows === null) return [...issues];
  const events = isObject(parsed.raw) && Array.isArray(parsed.raw.events) ? parsed.raw.events : [];
  const rowById = new Map<string, number>();
  events.forEach((e: unknown, i) => {
    const id = isObject(e) && typeof e.id === 'string' ? e.id : null;
    const row = rows[i];
    if (id !== null && row !== undefined && !rowById.has(id)) rowById.set(id, row);
  });
  return issues.map((issue) => {
    if (issue.row !== undefined) return issue;
    const row =
      issue.index !== null
        ? rows[issue.index]
        : issue.id !== null && !issue.field.startsWith('eras')
          ? rowById.get(issue.id)
          : undefined;
    return row === undefined ? issue : { ...issue, row };
  });
}

/** parseAnyDataset then validateDataset: every issue of both, with rows for CSV records. */
export async function validateAnyDataset(text: string, name: string): Promise<AnyValidationResult> {
  const parsed = await parseAnyDataset(text, name);
  if (parsed.format === null) return { ...parsed, dataset: null };
  // Our JSON with nothing to report is read without the schema, to the same dataset (cleanRead.ts).
  const clean = parsed.format === 'json' ? readCleanDataset(parsed.raw) : null;
  if (clean) return { ...parsed, dataset: clean };
  const { dataset, issues } = validateDataset(parsed.raw);
  return { ...parsed, dataset, issues: attachRows([...parsed.issues, ...issues], parsed) };
}
