/**
 * Coverage rules of the curated dataset (data/README.md, "Sourcing policy"): every event rests on at least one
 * contemporaneous source, and the dataset says up to which day (`through`) it has been checked for completeness.
 */
import { DAY_MS, parseDateSpec, toIsoDay } from './dates';
import type { DataIssue, Dataset, Source, TimelineEvent } from './model';

/** A source dated up to this many days after the end of the event's date span is contemporaneous. */
export const CONTEMPORANEOUS_DAYS = 14;

export type SourceTiming = 'contemporaneous' | 'retrospective' | 'undated';

/**
 * The first instant after the contemporaneous window: 14 days after the end of the event's own date span (a
 * month-precision event's span ends with the month). `end` does not widen it: a treaty in force for 20 years
 * still needs a report from when it entered into force. An act made public later (`disclosed`: a detention
 * revealed months on) is judged from the day it became known.
 */
export function contemporaneousEndMs(event: TimelineEvent): number {
  const disclosed = event.disclosed ? parseDateSpec(event.disclosed) : null;
  return Math.max(event.span.endMs, disclosed?.endMs ?? 0) + CONTEMPORANEOUS_DAYS * DAY_MS;
}

/**
 * A source dated only to a month or a year counts as contemporaneous when that month or year begins within
 * the window: it may have appeared in time. Undated sources prove nothing either way.
 */
export function computeSourceTiming(event: TimelineEvent, source: Source): SourceTiming {
  const span = source.date === null ? null : parseDateSpec(source.date);
  if (!span) return 'undated';
  return span.startMs < contemporaneousEndMs(event) ? 'contemporaneous' : 'retrospective';
}

export function hasContemporaneousSource(event: TimelineEvent): boolean {
  return event.sources.some((s) => computeSourceTiming(event, s) === 'contemporaneous');
}

/** Every source dated, and every one after the window. */
export function hasOnlyRetrospectiveSources(event: TimelineEvent): boolean {
  return event.sources.length > 0 && event.sources.every((s) => computeSourceTiming(event, s) === 'retrospective');
}

function checkContemporaneous(event: TimelineEvent): DataIssue | null {
  // An event without sources is reported as such by the policy; one missing rule is enough.
  if (event.sources.length === 0 || hasContemporaneousSource(event)) return null;
  const lastDay = toIsoDay(contemporaneousEndMs(event) - DAY_MS);
  const window = `${lastDay}, ${CONTEMPORANEOUS_DAYS} days after the event`;
  const message = hasOnlyRetrospectiveSources(event)
    ? `are all retrospective (dated after ${window}): add a contemporaneous source`
    : `include none dated by ${window}: add a contemporaneous source, or date the undated ones`;
  return { level: 'error', index: null, id: event.id, field: 'sources', message };
}

function checkThrough(dataset: Dataset): DataIssue[] {
  const issue = (id: string | null, field: string, message: string): DataIssue => ({
    level: 'error',
    index: null,
    id,
    field,
    message,
  });
  const through = dataset.through === null ? null : parseDateSpec(dataset.through);
  if (!through) {
    return [
      issue(null, 'through', 'is missing: add the last day up to which the dataset is checked complete (YYYY-MM-DD)'),
    ];
  }
  const issues: DataIssue[] = [];
  const updated = parseDateSpec(dataset.updated);
  if (updated && through.startMs >= updated.endMs) {
    const message = `"${dataset.through}" is after the update date "${dataset.updated}": the dataset cannot be checked beyond its last edit`;
    issues.push(issue(null, 'through', message));
  }
  for (const e of dataset.events) {
    if (e.startMs >= through.endMs) {
      const message = `"${e.date}" is after the dataset's \`through\` date "${dataset.through}": check the period up to it and move \`through\``;
      issues.push(issue(e.id, 'date', message));
    }
  }
  return issues;
}

/** The coverage rules' errors: `through` and its events first, then each event without a contemporaneous source. */
export function checkCoverage(dataset: Dataset): DataIssue[] {
  const issues = checkThrough(dataset);
  for (const e of dataset.events) {
    const issue = checkContemporaneous(e);
    if (issue) issues.push(issue);
  }
  return issues;
}
