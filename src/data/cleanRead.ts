/**
 * The common case read quickly: a dataset in our JSON in which every record is plainly valid. Each field is
 * checked against the same rules as the schema (schema.ts), by hand and without the schema library, and the
 * records go through the same normalisers as validateDataset. Anything the full path would report, reject,
 * relabel or repair (a bad or missing field, a duplicate id, a year before 1000, a state-media host given
 * another kind, an unknown or circular `respondsTo`, a bad `through` or era) makes this return null, and the
 * caller takes the full path (validate.ts), which says what is wrong. So a dataset read here is exactly the
 * one the full path gives, with no issues (tests/unit/data/cleanRead.test.ts checks that on generated data).
 *
 * This keeps the schema library, and a chunk request, off the first page for any clean dataset, and does the
 * checking in a fraction of the time the schema takes where the page's policy forbids compiled checks.
 */
import { ACTORS, CATEGORIES, SOURCE_KINDS } from './categories';
import { parseDateSpec } from './dates';
import type { Dataset, Era, Source, TimelineEvent } from './model';
import { assembleDataset, isObject, normaliseEvent, normaliseSource, type Obj, str } from './normalise';
import { findResponseCycles, selfAnswer } from './responses';
import { isSafeLink } from './safeLink';
import { normaliseSourceByHost } from './stateMedia';

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY_RE = /^[A-Z]{2}$/;
const CATEGORY_IDS: ReadonlySet<unknown> = new Set(CATEGORIES.map((c) => c.id));
const ACTOR_IDS: ReadonlySet<unknown> = new Set(ACTORS);
const KINDS: ReadonlySet<unknown> = new Set(SOURCE_KINDS);
const ERA_KINDS: ReadonlySet<unknown> = new Set(['presidency-us', 'presidency-ru', 'period', 'treaty']);

const isDate = (v: unknown): v is string => typeof v === 'string' && parseDateSpec(v) !== null;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isLink = (v: unknown): v is string => typeof v === 'string' && isSafeLink(v);
/** What the schema's whole numbers accept, or stricter. */
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
/** An optional field: absent, or present and valid (a null is not absent). */
const optional = (o: Obj, key: string, ok: (v: unknown) => boolean) => !Object.hasOwn(o, key) || ok(o[key]);
const arrayOf = (v: unknown, ok: (item: unknown) => boolean): v is unknown[] => Array.isArray(v) && v.every(ok);

/**
 * A date the calendar allows but that is almost surely a typo: year 0 (there is none between 1 BC and AD 1)
 * or a year before 1000. Later than 9999 cannot be written as YYYY, so it is an error already.
 */
export function isUnusualYear(date: unknown): boolean {
  return typeof date === 'string' && parseDateSpec(date) !== null && Number(date.slice(0, 4)) < 1000;
}

/** `through`, when present, must be a calendar day. */
export function isValidThrough(raw: unknown): raw is string {
  return typeof raw === 'string' && DAY_RE.test(raw) && parseDateSpec(raw) !== null;
}

function isCleanSource(s: unknown): boolean {
  return (
    isObject(s) &&
    typeof s.url === 'string' && // a safe address: normaliseSource declines any other
    isText(s.title) &&
    isText(s.publisher) &&
    optional(s, 'date', isDate) &&
    KINDS.has(s.kind) &&
    optional(s, 'country', (c) => typeof c === 'string' && COUNTRY_RE.test(c)) &&
    optional(s, 'archived', isLink)
  );
}

function isCleanFigure(f: unknown): boolean {
  return (
    isObject(f) &&
    typeof f.value === 'number' &&
    Number.isFinite(f.value) &&
    isText(f.what) &&
    isInt(f.source) &&
    f.source >= 0 &&
    optional(f, 'note', (n) => typeof n === 'string')
  );
}

/** Every field but the date, which the caller has read. */
function isCleanEvent(e: Obj): boolean {
  if (!(typeof e.id === 'string' && ID_RE.test(e.id))) return false;
  // An end must follow the date (checked by the caller), so it is never in an unusual year when the date is not.
  if (!(optional(e, 'end', isDate) && optional(e, 'disclosed', isDate))) return false;
  if (!(isText(e.title) && isText(e.summary) && CATEGORY_IDS.has(e.category))) return false;
  if (!(arrayOf(e.actors, (a) => ACTOR_IDS.has(a)) && e.actors.length > 0)) return false;
  if (!(isInt(e.tone) && e.tone >= -2 && e.tone <= 2)) return false;
  if (
    !(
      optional(e, 'figures', (f) => arrayOf(f, isCleanFigure)) &&
      optional(e, 'respondsTo', (r) => arrayOf(r, (x) => typeof x === 'string'))
    )
  ) {
    return false;
  }
  return arrayOf(e.sources, isCleanSource) && e.sources.length > 0 && selfAnswer(e, e.id) === null;
}

function cleanEra(raw: unknown): Era | null {
  if (!isObject(raw) || !isText(raw.id) || !isText(raw.title) || !ERA_KINDS.has(raw.kind)) return null;
  // The schema trims an era's id and title: only those already trimmed read the same here.
  if (raw.id !== raw.id.trim() || raw.title !== raw.title.trim()) return null;
  const start = isDate(raw.start) ? parseDateSpec(raw.start) : null;
  const end = isDate(raw.end) ? parseDateSpec(raw.end) : null;
  if (!start || !end || end.endMs <= start.startMs) return null;
  const { id, title, kind } = raw as { id: string; title: string; kind: Era['kind'] };
  return {
    id,
    title,
    kind,
    start: raw.start as string,
    end: raw.end as string,
    startMs: start.startMs,
    endMs: end.endMs,
  };
}

/** The dataset, when the document is our JSON and every part of it is clean; else null (take the full path). */
export function readCleanDataset(raw: unknown): Dataset | null {
  if (!isObject(raw) || !Array.isArray(raw.events)) return null;
  // TimelineJS's JSON is told apart by its first event (parseAny.ts): leave it to the full path.
  const first: unknown = raw.events[0];
  if ((isObject(first) && Object.hasOwn(first, 'start_date')) || isObject(raw.title)) return null;
  if (Object.hasOwn(raw, 'through') && !isValidThrough(raw.through)) return null;
  let eras: Era[] = [];
  if (Object.hasOwn(raw, 'eras')) {
    if (!Array.isArray(raw.eras)) return null;
    const read = raw.eras.map(cleanEra);
    if (read.some((e) => e === null)) return null;
    eras = (read as Era[]).sort((a, b) => a.startMs - b.startMs);
  }

  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  for (const record of raw.events as unknown[]) {
    if (!isObject(record) || typeof record.date !== 'string') return null;
    // The date is read once, here, and handed to normaliseEvent; a year before 1000 is isUnusualYear's test.
    const span = parseDateSpec(record.date);
    if (!span || Number(record.date.slice(0, 4)) < 1000 || !isCleanEvent(record)) return null;
    const id = record.id as string;
    if (seen.has(id)) return null;
    seen.add(id);
    if (typeof record.end === 'string') {
      const end = parseDateSpec(record.end);
      if (!end || end.endMs <= span.startMs) return null;
    }
    const sources: Source[] = [];
    for (const item of record.sources as unknown[]) {
      const source = normaliseSource(item);
      if (!source) return null;
      const byHost = normaliseSourceByHost(source);
      if (byHost.notes.length > 0) return null;
      sources.push(byHost.source);
    }
    events.push(normaliseEvent(record, sources, span));
  }
  for (const e of events) if (e.respondsTo.some((target) => !seen.has(target))) return null;
  if (findResponseCycles(events).length > 0) return null;

  const header = {
    title: str(raw.title) ?? 'Untitled timeline',
    version: str(raw.version) ?? '',
    license: str(raw.license) ?? '',
    updated: str(raw.updated) ?? '',
    through: Object.hasOwn(raw, 'through') ? (raw.through as string) : null,
  };
  return assembleDataset(header, events, eras);
}

/**
 * Our JSON as text (a byte-order mark allowed), read the quick way; null when it is not clean JSON in our form.
 */
export function readCleanText(text: string): Dataset | null {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!body.trimStart().startsWith('{')) return null;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return null;
  }
  return readCleanDataset(value);
}
