/**
 * What the curator takes away: the accepted new events as a dataset file in our schema (JSON, with the source
 * additions in a top-level `sourceAdditions` field), or as our CSV (new events only: a CSV row is an event).
 * The events go through validateDataset first, so the files hold exactly what the app would load, written back
 * by the same code as the explorer's downloads.
 */
import { toRawEvent } from '../../data/exportData';
import type { DataIssue, TimelineEvent } from '../../data/model';
import { validateDataset } from '../../data/validate';
import type { Article } from '../../extract/extract';
import { type SourceAddition, selectAcceptedEvents, selectSourceAdditions, type Workbench } from './workbench';

export interface ExtractedMeta {
  /** The licence of the dataset the events are meant for. */
  readonly license: string;
  /** YYYY-MM-DD: the day the file is made. */
  readonly updated: string;
}

export interface ExtractedEvents {
  readonly events: readonly TimelineEvent[];
  readonly sourceAdditions: readonly SourceAddition[];
  /** Problems validation found (none when every edit was checked): shown, never hidden. */
  readonly issues: readonly DataIssue[];
  readonly title: string;
}

function datasetTitle(article: Article | null): string {
  if (!article) return 'Events from an article';
  const publisher = article.publisher ?? new URL(article.url).hostname.replace(/^www\./, '');
  return `Events from ${publisher}, ${article.published}`;
}

export function computeExtractedEvents(wb: Workbench): ExtractedEvents {
  const { dataset, issues } = validateDataset({ events: selectAcceptedEvents(wb) });
  return {
    events: dataset?.events ?? [],
    sourceAdditions: selectSourceAdditions(wb),
    issues,
    title: datasetTitle(wb.article),
  };
}

export function serializeExtractedJson(x: ExtractedEvents, article: Article | null, meta: ExtractedMeta): string {
  const doc = {
    title: x.title,
    version: '1',
    license: meta.license,
    updated: meta.updated,
    ...(article ? { source: article.url } : {}),
    events: x.events.map(toRawEvent),
    sourceAdditions: x.sourceAdditions,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** A file name from the article: "events-example.org-2021-04-15". */
export function extractedFileName(article: Article | null): string {
  if (!article) return 'events-from-article';
  const host = new URL(article.url).hostname.replace(/^www\./, '').replace(/[^a-z0-9.-]/gi, '');
  return `events-${host}-${article.published}`;
}
