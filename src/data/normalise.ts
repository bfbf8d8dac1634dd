/**
 * Turning a record already known to be usable into the app's shapes: dates parsed once, sources and figures
 * cleaned, the dataset's indexes built. No schema here (see validate.ts for that): the bundled dataset,
 * checked at build time, is read through these alone (trusted.ts).
 */
import { ACTORS, type Actor, SOURCE_KINDS, type SourceKind } from './categories';
import { type DateSpan, parseDateSpec } from './dates';
import { compareEvents, type Dataset, type Era, type Figure, type Source, type TimelineEvent } from './model';
import { isSafeLink, urlParts } from './safeLink';

export type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

export function normaliseSource(raw: unknown): Source | null {
  if (!isObject(raw)) return null;
  const url = str(raw.url);
  if (url === null || !isSafeLink(url)) return null;
  const kind = str(raw.kind);
  const archived = str(raw.archived);
  const country = str(raw.country);
  // An empty title, publisher or date says no more than a missing one (and a CSV cell cannot tell them apart).
  return {
    url,
    title: str(raw.title)?.trim() ? (raw.title as string) : url,
    publisher: str(raw.publisher)?.trim() ? (raw.publisher as string) : (urlParts(url)?.hostname ?? url),
    date: str(raw.date) || null,
    kind: kind && (SOURCE_KINDS as readonly string[]).includes(kind) ? (kind as SourceKind) : null,
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    archived: archived && isSafeLink(archived) ? archived : null,
    relabelledFrom: null,
  };
}

function normaliseFigure(raw: unknown, sourceCount: number): Figure | null {
  if (!isObject(raw) || typeof raw.value !== 'number' || !Number.isFinite(raw.value)) return null;
  const source = typeof raw.source === 'number' && raw.source >= 0 && raw.source < sourceCount ? raw.source : null;
  return { value: raw.value, what: str(raw.what) ?? '', source, note: str(raw.note) };
}

/** Builds the event from a record already known to have a usable id, title and dates (`span`: its date, read). */
export function normaliseEvent(
  raw: Obj,
  sources: readonly Source[],
  span: DateSpan | null = parseDateSpec(raw.date as string),
): TimelineEvent {
  const endText = str(raw.end);
  const endSpan = endText ? parseDateSpec(endText) : null;
  if (!span) throw new Error('normaliseEvent called on a record without a valid date');
  const actors = (Array.isArray(raw.actors) ? raw.actors : []).filter((a): a is Actor =>
    (ACTORS as readonly unknown[]).includes(a),
  );
  return {
    id: raw.id as string,
    date: raw.date as string,
    end: endSpan ? endText : null,
    disclosed: str(raw.disclosed) && parseDateSpec(raw.disclosed as string) ? (raw.disclosed as string) : null,
    title: (raw.title as string).trim(),
    summary: str(raw.summary) ?? '',
    actors: [...new Set(actors)],
    category: str(raw.category) ?? 'unknown',
    tone: typeof raw.tone === 'number' && Number.isInteger(raw.tone) && Math.abs(raw.tone) <= 2 ? raw.tone : null,
    figures: (Array.isArray(raw.figures) ? raw.figures : [])
      .map((f) => normaliseFigure(f, sources.length))
      .filter((f): f is Figure => f !== null),
    respondsTo: (Array.isArray(raw.respondsTo) ? raw.respondsTo : []).filter((r): r is string => typeof r === 'string'),
    sources,
    startMs: span.startMs,
    endMs: endSpan ? Math.max(endSpan.endMs, span.endMs) : span.endMs,
    precision: span.precision,
    span,
    endSpan,
  };
}

/** The dataset with its indexes: events sorted, by id, what answers each, the longest duration. */
export function assembleDataset(
  header: Pick<Dataset, 'title' | 'version' | 'license' | 'updated' | 'through'>,
  events: TimelineEvent[],
  eras: readonly Era[],
): Dataset {
  events.sort(compareEvents);
  const byId = new Map(events.map((e) => [e.id, e]));
  const answeredBy = new Map<string, string[]>();
  for (const e of events) {
    for (const target of e.respondsTo) {
      if (!byId.has(target)) continue;
      const list = answeredBy.get(target) ?? [];
      list.push(e.id);
      answeredBy.set(target, list);
    }
  }
  return {
    ...header,
    events,
    byId,
    answeredBy,
    eras,
    longestMs: events.reduce((max, e) => Math.max(max, e.endMs - e.startMs), 0),
  };
}
