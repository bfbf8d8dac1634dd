/**
 * Our CSV format: one row an event, for editing the dataset in a spreadsheet. Columns:
 *   id, date, end, title, summary, actors ("US" or "US;RU"), category, tone, respondsTo (ids joined by ";"),
 *   figures (JSON text: [{"value": 3, "what": "…", "source": 0}]), and numbered source groups
 *   source1_url, source1_title, source1_publisher, source1_date, source1_kind, source1_archived, source1_country,
 *   source2_url, …
 * Parsing only reshapes rows into raw records of the JSON schema's shape; validateDataset judges them, so a
 * CSV file obeys exactly the same rules and messages as a JSON one. Blank source groups are skipped, so a
 * figure's `source` counts the non-blank groups from 0.
 *
 * Formula injection: a cell that begins with = + - @ tab or CR may run as a formula when the file is opened
 * in a spreadsheet, and a dataset can come from anyone (`?data=URL`). serializeOurCsv therefore prefixes such
 * text cells with a single quote, as OWASP advises, and parseOurCsv removes it again. To stay lossless the
 * rule also covers cells already starting with quotes before such a character: escape adds one quote to
 * /^'*[=+\-@\t\r]/, unescape removes one from /^'+[=+\-@\t\r]/, so every text survives a round trip. `tone`
 * is the one numeric column and is never prefixed ("-2" is a number in every spreadsheet, not a formula).
 */
import Papa from 'papaparse';
import type { DataIssue, TimelineEvent } from './model';
import { quoteValue } from './plainText';

/** A CSV file as rows of cells; `row` is the spreadsheet row (the header is row 1). Blank rows are dropped. */
export interface CsvTable {
  readonly header: readonly string[];
  readonly records: readonly { readonly cells: readonly string[]; readonly row: number }[];
  readonly issues: readonly DataIssue[];
}

/** A dataset-shaped object for validateDataset, with each event's spreadsheet row alongside. */
export interface CsvParseResult {
  readonly raw: { title?: string; eras?: unknown[]; events: unknown[] };
  /** rows[i] is the spreadsheet row of raw.events[i]. */
  readonly rows: readonly number[];
  readonly issues: readonly DataIssue[];
}

const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA_START = /^'+[=+\-@\t\r]/;

export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unescapeFormula(cell: string): string {
  return ESCAPED_FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

/** The header line's most frequent separator: spreadsheets in some locales write ";" or tabs. */
function detectDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const first = end < 0 ? text : text.slice(0, end);
  const count = (d: string) => first.split(d).length;
  return [',', '\t', ';'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

function tableIssue(row: number | undefined, message: string, level: DataIssue['level']): DataIssue {
  return { level, index: null, id: null, field: '(file)', message, ...(row === undefined ? {} : { row }) };
}

export function readCsvTable(text: string): CsvTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { header: false, delimiter: detectDelimiter(body) });
  const issues = parsed.errors.flatMap((e): DataIssue[] => {
    const row = e.row === undefined ? undefined : e.row + 1;
    if (e.code === 'MissingQuotes')
      return [
        tableIssue(
          row,
          'a quoted cell is not closed (the rest of the file was read as one cell): add the closing "',
          'error',
        ),
      ];
    if (e.type === 'Quotes')
      return [
        tableIssue(row, 'a quote inside a cell is not doubled: write "" for a quote inside a quoted cell', 'warning'),
      ];
    return [];
  });
  const all = parsed.data.map((cells, i) => ({ cells, row: i + 1 }));
  const [head, ...rest] = all;
  return {
    header: (head?.cells ?? []).map((c) => c.trim()),
    records: rest.filter((r) => r.cells.some((c) => c.trim() !== '')),
    issues,
  };
}

/** Lower-cased header name → its first column index. */
export function indexColumns(header: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.toLowerCase();
    if (!columns.has(key)) columns.set(key, i);
  });
  return columns;
}

const BASIC = [
  'id',
  'date',
  'end',
  'disclosed',
  'title',
  'summary',
  'actors',
  'category',
  'tone',
  'respondsTo',
  'figures',
] as const;
const SOURCE_FIELDS = ['url', 'title', 'publisher', 'date', 'kind', 'archived', 'country'] as const;
/** Cells kept as written (spaces are part of the text); every other cell is trimmed. */
const TEXT_FIELDS = new Set<string>(['title', 'summary', 'publisher']);
const SOURCE_COLUMN = /^source(\d+)_([a-z]+)$/;
export const OUR_REQUIRED_COLUMNS = ['id', 'date', 'title'] as const;

type Row = (column: string) => string;

function cellValue(field: string, cell: string | undefined): string {
  const text = unescapeFormula(cell ?? '');
  return TEXT_FIELDS.has(field) ? text : text.trim();
}

function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Tone as a number when it is one; otherwise the text itself, so that validation names it. */
function parseTone(cell: string): number | string {
  const t = cell.replace(/^\u2212/, '-');
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : cell;
}

function buildSources(row: Row, numbers: readonly number[]): Record<string, string>[] {
  return numbers
    .map((n) => {
      const source: Record<string, string> = {};
      for (const f of SOURCE_FIELDS) {
        const v = row(`source${n}_${f}`);
        if (v !== '') source[f] = v;
      }
      return source;
    })
    .filter((s) => Object.keys(s).length > 0);
}

function buildEvent(row: Row, numbers: readonly number[], note: (field: string, message: string) => void) {
  const event: Record<string, unknown> = {};
  for (const f of ['id', 'date', 'end', 'disclosed', 'title', 'summary', 'category'] as const) {
    const v = row(f);
    if (v !== '') event[f] = v;
  }
  if (row('actors') !== '') event.actors = splitList(row('actors'));
  if (row('tone') !== '') event.tone = parseTone(row('tone'));
  if (row('respondsTo') !== '') event.respondsTo = splitList(row('respondsTo'));
  const figures = row('figures');
  if (figures !== '') {
    try {
      event.figures = JSON.parse(figures);
    } catch {
      note('figures', 'is not JSON text: write it as [{"value": 3, "what": "…", "source": 0}]');
    }
  }
  event.sources = buildSources(row, numbers);
  return event;
}

/** Which header cells are ours; the numbers of the source groups present; the names we do not know. */
function readHeader(header: readonly string[]) {
  const known = new Set(BASIC.map((b) => b.toLowerCase()));
  const numbers = new Set<number>();
  const unknown: string[] = [];
  for (const name of header) {
    const key = name.toLowerCase();
    const m = SOURCE_COLUMN.exec(key);
    const n = m ? Number(m[1]) : 0;
    if (m && n >= 1 && (SOURCE_FIELDS as readonly string[]).includes(m[2] ?? '')) numbers.add(n);
    else if (!known.has(key) && key !== '') unknown.push(name);
  }
  return { numbers: [...numbers].sort((a, b) => a - b), unknown };
}

export function parseOurCsv(text: string): CsvParseResult {
  const table = readCsvTable(text);
  const issues: DataIssue[] = [...table.issues];
  const columns = indexColumns(table.header);
  const missing = OUR_REQUIRED_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    issues.push(tableIssue(1, `has no column ${missing.join(', ')}: the header row needs id, date and title`, 'error'));
    return { raw: { events: [] }, rows: [], issues };
  }
  const { numbers, unknown } = readHeader(table.header);
  if (unknown.length > 0) {
    const names = unknown.map((u) => quoteValue(u, 40)).join(', ');
    issues.push(
      tableIssue(
        1,
        `columns ${names} are not ours and are ignored: ours are ${BASIC.join(', ')}, source1_url, …`,
        'warning',
      ),
    );
  }
  const events: unknown[] = [];
  const rows: number[] = [];
  for (const record of table.records) {
    const index = events.length;
    const row: Row = (column) => {
      const i = columns.get(column.toLowerCase());
      return i === undefined ? '' : cellValue(column.replace(/^source\d+_/, ''), record.cells[i]);
    };
    const id = row('id') || null;
    const event = buildEvent(row, numbers, (field, message) =>
      issues.push({ level: 'warning', index, id, field, message, row: record.row }),
    );
    events.push(event);
    rows.push(record.row);
  }
  return { raw: { events }, rows, issues };
}

function serializeFigures(event: TimelineEvent): string {
  if (event.figures.length === 0) return '';
  return JSON.stringify(
    event.figures.map((f) => ({
      value: f.value,
      what: f.what,
      ...(f.source === null ? {} : { source: f.source }),
      ...(f.note === null ? {} : { note: f.note }),
    })),
  );
}

function eventCells(event: TimelineEvent, sourceGroups: number): string[] {
  const cells = [
    event.id,
    event.date,
    event.end ?? '',
    event.disclosed ?? '',
    event.title,
    event.summary,
    event.actors.join(';'),
    event.category,
    '', // tone: filled in below, unescaped
    event.respondsTo.join(';'),
    serializeFigures(event),
  ];
  for (let i = 0; i < sourceGroups; i += 1) {
    const s = event.sources[i];
    cells.push(s?.url ?? '', s?.title ?? '', s?.publisher ?? '', s?.date ?? '', s?.kind ?? '', s?.archived ?? '');
    cells.push(s?.country ?? '');
  }
  const escaped = cells.map(escapeFormula);
  escaped[BASIC.indexOf('tone')] = event.tone === null ? '' : String(event.tone);
  return escaped;
}

/** CSV text (RFC 4180: CRLF line ends, a final one too; quotes doubled) of normalised events, one row each, readable by parseOurCsv. */
export function serializeOurCsv(events: readonly TimelineEvent[]): string {
  const sourceGroups = events.reduce((max, e) => Math.max(max, e.sources.length), 1);
  const header: string[] = [...BASIC];
  for (let n = 1; n <= sourceGroups; n += 1) header.push(...SOURCE_FIELDS.map((f) => `source${n}_${f}`));
  const body = Papa.unparse(
    { fields: header, data: events.map((e) => eventCells(e, sourceGroups)) },
    { newline: '\r\n' },
  );
  return `${body}\r\n`;
}
