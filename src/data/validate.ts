/**
 * Validate once, at the boundary: raw JSON in, an immutable Dataset and a list of issues out.
 * Never throws on bad data; never lets an invalid record into the Dataset; never drops a valid one.
 */
import type * as z from 'zod/mini';
import { isValidThrough } from './cleanRead';
import { parseDateSpec } from './dates';
import type { DataIssue, Dataset, Era, Source, TimelineEvent } from './model';
import { assembleDataset, isObject, normaliseEvent, normaliseSource, type Obj, str } from './normalise';
import { quoteValue } from './plainText';
import { describeCycle, findResponseCycles, selfAnswer } from './responses';
import { EraSchema, EventSchema, isRejectingField } from './schema';
import { normaliseSourceByHost } from './stateMedia';

export interface ValidationResult {
  /** Null only when the file as a whole is unusable (not an object, no events array). */
  readonly dataset: Dataset | null;
  readonly issues: readonly DataIssue[];
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(record)';
}

function describeZodIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    if (value === undefined) return 'is missing';
    const t = typeof value;
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : t === 'object' ? 'an object' : `a ${t}`;
    return `is ${got}, not ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}`;
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    if (value === undefined) return `is missing; use one of ${issue.values.map((v) => String(v)).join(', ')}`;
    const shown = typeof value === 'string' ? value : String(JSON.stringify(value));
    return `${quoteValue(shown)} is not one of ${issue.values.map((v) => String(v)).join(', ')}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array' && issue.minimum === 1 && issue.path[0] === 'sources') {
    return 'has no source';
  }
  if (issue.code === 'custom' && typeof value === 'string') return `${quoteValue(value)} ${issue.message}`;
  return issue.message;
}

function valueAt(obj: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.hasOwn(cur, key) ? (cur as Obj)[key as string] : undefined;
  }
  return cur;
}

/** The record's usable sources, shown by host (state media labelled as such), with a note for each change. */
function normaliseSources(raw: unknown): { sources: Source[]; notes: { field: string; message: string }[] } {
  const sources: Source[] = [];
  const notes: { field: string; message: string }[] = [];
  (Array.isArray(raw) ? raw : []).forEach((item, i) => {
    const source = normaliseSource(item);
    if (!source) return;
    const byHost = normaliseSourceByHost(source);
    sources.push(byHost.source);
    // The index is the source's place in the file, which is what the reader looks up.
    for (const note of byHost.notes) notes.push({ field: `sources[${i}].${note.field}`, message: note.message });
  });
  return { sources, notes };
}

function validateEras(raw: unknown, issues: DataIssue[]): Era[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push({ level: 'warning', index: null, id: null, field: 'eras', message: 'is not an array; eras ignored' });
    return [];
  }
  const eras: Era[] = [];
  raw.forEach((item, i) => {
    const parsed = EraSchema.safeParse(item);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      issues.push({
        level: 'warning',
        index: null,
        id: isObject(item) ? str(item.id) : null,
        field: `eras[${i}]${first ? `.${pathText(first.path)}` : ''}`,
        message: first ? describeZodIssue(first, valueAt(item, first.path)) : 'is not a valid era',
      });
      return;
    }
    const start = parseDateSpec(parsed.data.start);
    const end = parseDateSpec(parsed.data.end);
    if (!start || !end || end.endMs <= start.startMs) {
      issues.push({
        level: 'warning',
        index: null,
        id: parsed.data.id,
        field: `eras[${i}].end`,
        message: 'ends before it starts',
      });
      return;
    }
    eras.push({ ...parsed.data, startMs: start.startMs, endMs: end.endMs });
  });
  return eras.sort((a, b) => a.startMs - b.startMs);
}

/** `through` must be a calendar day; anything else is reported and ignored. */
function validateThrough(raw: unknown, issues: DataIssue[]): string | null {
  if (raw === undefined) return null;
  if (isValidThrough(raw)) return raw;
  const shown = typeof raw === 'string' ? quoteValue(raw) : quoteValue(String(JSON.stringify(raw)));
  const message = `${shown} is not a date of the form YYYY-MM-DD; ignored`;
  issues.push({ level: 'warning', index: null, id: null, field: 'through', message });
  return null;
}

/**
 * A date the calendar allows but that is almost surely a typo: year 0 (there is none between 1 BC and AD 1)
 * or a year before 1000. Later than 9999 cannot be written as YYYY, so it is an error already.
 */
function unusualYear(date: unknown): string | null {
  if (typeof date !== 'string' || !parseDateSpec(date)) return null;
  const year = Number(date.slice(0, 4));
  if (year === 0) {
    return `${quoteValue(date)} is in year 0, which the calendar does not have (1 BC is followed by AD 1): check the year`;
  }
  return year < 1000 ? `${quoteValue(date)} is before the year 1000: check the year (a digit missing?)` : null;
}

export function validateDataset(raw: unknown): ValidationResult {
  const issues: DataIssue[] = [];
  const fileIssue = (field: string, message: string): ValidationResult => ({
    dataset: null,
    issues: [{ level: 'error', index: null, id: null, field, message }],
  });
  if (Array.isArray(raw)) raw = { events: raw };
  if (!isObject(raw)) return fileIssue('(file)', 'is not a JSON object with an "events" array');
  if (!Array.isArray(raw.events)) return fileIssue('events', 'is missing or not an array');

  const accepted: TimelineEvent[] = [];
  const seen = new Set<string>();
  /** Each accepted event's index in the file, for warnings found after sorting. */
  const indexById = new Map<string, number>();
  raw.events.forEach((record: unknown, index: number) => {
    if (!isObject(record)) {
      issues.push({ level: 'error', index, id: null, field: '(record)', message: 'is not an object' });
      return;
    }
    const id = str(record.id);
    const parsed = EventSchema.safeParse(record);
    const recordIssues: DataIssue[] = parsed.success
      ? []
      : parsed.error.issues.map((zi) => ({
          level: isRejectingField(zi.path) ? 'error' : 'warning',
          index,
          id,
          field: pathText(zi.path),
          message: describeZodIssue(zi, valueAt(record, zi.path)),
        }));
    const start = str(record.date) ? parseDateSpec(record.date as string) : null;
    const end = str(record.end) ? parseDateSpec(record.end as string) : null;
    if (start && end && end.endMs <= start.startMs) {
      recordIssues.push({
        level: 'error',
        index,
        id,
        field: 'end',
        message: `${quoteValue(String(record.end))} is before the start date ${quoteValue(String(record.date))}`,
      });
    }
    if (id !== null && seen.has(id)) {
      recordIssues.push({
        level: 'error',
        index,
        id,
        field: 'id',
        message: `${quoteValue(id)} is used by an earlier event`,
      });
    }
    for (const field of ['date', 'end'] as const) {
      const message = unusualYear(record[field]);
      if (message) recordIssues.push({ level: 'warning', index, id, field, message });
    }
    const self = selfAnswer(record, id);
    if (self) recordIssues.push({ level: 'warning', index, id, field: 'respondsTo', message: self });
    issues.push(...recordIssues);
    if (recordIssues.some((i) => i.level === 'error')) return;
    seen.add(id as string);
    indexById.set(id as string, index);
    const { sources, notes } = normaliseSources(record.sources);
    for (const note of notes) issues.push({ level: 'warning', index, id, ...note });
    accepted.push(normaliseEvent(record, sources));
  });

  const header = {
    title: str(raw.title) ?? 'Untitled timeline',
    version: str(raw.version) ?? '',
    license: str(raw.license) ?? '',
    updated: str(raw.updated) ?? '',
    through: validateThrough(raw.through, issues),
  };
  const dataset = assembleDataset(header, accepted, validateEras(raw.eras, issues));
  for (const e of dataset.events) {
    for (const target of e.respondsTo) {
      if (dataset.byId.has(target)) continue;
      issues.push({
        level: 'warning',
        index: null,
        id: e.id,
        field: 'respondsTo',
        message: `${quoteValue(target)} is not an event in this dataset`,
      });
    }
  }
  for (const path of findResponseCycles(accepted)) {
    const id = path[0] ?? '';
    const message = describeCycle(path);
    issues.push({ level: 'warning', index: indexById.get(id) ?? null, id, field: 'respondsTo', message });
  }

  return {
    dataset,
    issues,
  };
}
