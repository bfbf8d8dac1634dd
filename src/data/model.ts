/** The normalised, immutable dataset the app draws: built once by validateDataset, never mutated. */
import type { Actor, SourceKind } from './categories';
import type { DateSpan, Precision } from './dates';
import { nameValue } from './plainText';

export interface Source {
  readonly url: string;
  readonly title: string;
  readonly publisher: string;
  readonly date: string | null;
  readonly kind: SourceKind | null;
  /** ISO 3166-1 alpha-2: the state behind a `state-media` source; null means Russia for `state-media`. */
  readonly country: string | null;
  readonly archived: string | null;
  /**
   * Kind and country as the data wrote them, when the host rules overrode them (a state media site labelled
   * otherwise); null when the source is shown as written.
   */
  readonly relabelledFrom: { readonly kind: SourceKind | null; readonly country: string | null } | null;
}

export interface Figure {
  readonly value: number;
  readonly what: string;
  /** Index into the event's sources, or null when the data gives none that exists. */
  readonly source: number | null;
  readonly note: string | null;
}

export interface TimelineEvent {
  readonly id: string;
  /** Date text as written in the data; its length is its precision. */
  readonly date: string;
  readonly end: string | null;
  /** When the act was made public, if later than its date; the contemporaneous-source rule counts from it. */
  readonly disclosed: string | null;
  readonly title: string;
  readonly summary: string;
  readonly actors: readonly Actor[];
  readonly category: string;
  readonly tone: number | null;
  readonly figures: readonly Figure[];
  readonly respondsTo: readonly string[];
  readonly sources: readonly Source[];
  /** Start of the date's span (UTC ms). */
  readonly startMs: number;
  /** End of the event: the end date's span end, else the date's own span end (exclusive). */
  readonly endMs: number;
  readonly precision: Precision;
  readonly span: DateSpan;
  readonly endSpan: DateSpan | null;
}

export interface Era {
  readonly id: string;
  readonly title: string;
  readonly kind: 'presidency-us' | 'presidency-ru' | 'period' | 'treaty';
  readonly startMs: number;
  readonly endMs: number;
  readonly start: string;
  readonly end: string;
}

export interface Dataset {
  readonly title: string;
  readonly version: string;
  readonly license: string;
  readonly updated: string;
  /** YYYY-MM-DD: the last day up to which the dataset has been checked for completeness; null if not stated. */
  readonly through: string | null;
  /** Sorted by startMs, then id: the timeline's and the list's order. */
  readonly events: readonly TimelineEvent[];
  readonly byId: ReadonlyMap<string, TimelineEvent>;
  /** For each event id, the ids of events that list it in respondsTo, in date order. */
  readonly answeredBy: ReadonlyMap<string, readonly string[]>;
  readonly eras: readonly Era[];
  /** The longest event's duration: how far before a window an event may start and still reach into it. */
  readonly longestMs: number;
}

export type IssueLevel = 'error' | 'warning';

/** One problem with the data: where it is (record index and id, field) and what is wrong. */
export interface DataIssue {
  readonly level: IssueLevel;
  /** Index of the record in the file's events array, or null for the file as a whole. */
  readonly index: number | null;
  readonly id: string | null;
  readonly field: string;
  readonly message: string;
  /** Spreadsheet row of the record (the header is row 1), when the data came from a CSV file. */
  readonly row?: number;
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * How many records were rejected (records with at least one error, however many errors each has: by index,
 * or by spreadsheet row for problems found while reading a CSV file) and how many warnings there are.
 */
export function countIssues(issues: readonly DataIssue[]): { rejected: number; warnings: number } {
  const rejected = new Set<string>();
  let warnings = 0;
  for (const issue of issues) {
    if (issue.level === 'warning') warnings += 1;
    else
      rejected.add(issue.index !== null ? `#${issue.index}` : issue.row !== undefined ? `row ${issue.row}` : '(file)');
  }
  return { rejected: rejected.size, warnings };
}

export function formatIssue(issue: DataIssue): string {
  const id = issue.id ? ` (${nameValue(issue.id)})` : '';
  const where =
    issue.row !== undefined
      ? `row ${issue.row}${id}`
      : issue.index !== null
        ? `event ${issue.index}${id}`
        : issue.id
          ? `event ${nameValue(issue.id)}`
          : 'dataset';
  return `${issue.level === 'error' ? 'Error' : 'Warning'}: ${where}, ${issue.field}: ${issue.message}`;
}
