/**
 * What a researcher downloads is exactly what is on screen: the filtered events, back in the dataset's own
 * schema (derived fields such as startMs dropped), so the file validates and loads like the original. Sources are
 * written as shown: one on a state media site as `state-media` with its state, whatever kind the data gave it.
 * Nothing is made up: what the data lacks (a tone, a figure's source, a source's kind) stays absent, so the
 * file loads back with the same events and the same warnings.
 */
import type { Dataset, Source, TimelineEvent } from './model';
import type { RawEvent, RawFigure, RawSource } from './schema';

/** A record in our schema, where fields the data left out (and the app warned about) stay left out. */
export type ExportedEvent = Omit<RawEvent, 'tone' | 'figures' | 'sources'> & {
  tone?: number;
  figures?: (Omit<RawFigure, 'source'> & { source?: number })[];
  sources: (Omit<RawSource, 'kind'> & { kind?: RawSource['kind'] })[];
};

function rawSource(s: Source): ExportedEvent['sources'][number] {
  return {
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    ...(s.date !== null ? { date: s.date } : {}),
    ...(s.kind !== null ? { kind: s.kind } : {}),
    ...(s.country ? { country: s.country } : {}),
    ...(s.archived !== null ? { archived: s.archived } : {}),
  };
}

export function toRawEvent(e: TimelineEvent): ExportedEvent {
  return {
    id: e.id,
    date: e.date,
    ...(e.end ? { end: e.end } : {}),
    ...(e.disclosed ? { disclosed: e.disclosed } : {}),
    title: e.title,
    summary: e.summary,
    actors: [...e.actors],
    category: e.category,
    ...(e.tone !== null ? { tone: e.tone } : {}),
    ...(e.figures.length
      ? {
          figures: e.figures.map((f) => ({
            value: f.value,
            what: f.what,
            ...(f.source !== null ? { source: f.source } : {}),
            ...(f.note !== null ? { note: f.note } : {}),
          })),
        }
      : {}),
    ...(e.respondsTo.length ? { respondsTo: [...e.respondsTo] } : {}),
    sources: e.sources.map(rawSource),
  };
}

export interface ExportMeta {
  /** Describes the selection, e.g. "categories: sanctions; 2021-01-01 to 2021-07-31". */
  readonly selection: string;
  readonly sourceUrl: string;
}

/** The filtered events as a dataset document in our schema. `respondsTo` links leaving the selection are kept. */
export function toDatasetJson(dataset: Dataset, events: readonly TimelineEvent[], meta: ExportMeta): string {
  const doc = {
    title: dataset.title,
    version: dataset.version,
    license: dataset.license,
    updated: dataset.updated,
    selection: meta.selection,
    source: meta.sourceUrl,
    eras: dataset.eras.map(({ id, title, start, end, kind }) => ({ id, title, start, end, kind })),
    events: events.map(toRawEvent),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
