/**
 * What a researcher downloads is exactly what is on screen: the filtered events, back in the dataset's own
 * schema (derived fields such as startMs dropped), so the file validates and loads like the original. Sources are
 * written as shown: one on a state media site as `state-media` with its state, whatever kind the data gave it.
 */
import type { Dataset, Source, TimelineEvent } from './model';
import type { RawEvent, RawSource } from './schema';

function rawSource(s: Source): RawSource {
  return {
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    ...(s.date ? { date: s.date } : {}),
    kind: s.kind ?? 'reference',
    ...(s.country ? { country: s.country } : {}),
    ...(s.archived ? { archived: s.archived } : {}),
  };
}

export function toRawEvent(e: TimelineEvent): RawEvent {
  return {
    id: e.id,
    date: e.date,
    ...(e.end ? { end: e.end } : {}),
    ...(e.disclosed ? { disclosed: e.disclosed } : {}),
    title: e.title,
    summary: e.summary,
    actors: [...e.actors],
    category: e.category,
    tone: e.tone ?? 0,
    ...(e.figures.length
      ? {
          figures: e.figures.map((f) => ({
            value: f.value,
            what: f.what,
            source: f.source ?? 0,
            ...(f.note ? { note: f.note } : {}),
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
