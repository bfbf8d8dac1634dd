/**
 * The curation policy for the bundled dataset, on top of the schema (data/README.md states it).
 * A user's own dataset is drawn without these checks; `npm run validate` applies them and fails on any error.
 * The source rules are in sourcePolicy.ts, the coverage rules (contemporaneous sources, `through`) in coverage.ts.
 */
import { checkCoverage } from './coverage';
import { parseDateSpec } from './dates';
import type { DataIssue, Dataset, IssueLevel } from './model';
import { quoteValue } from './plainText';
import { checkSourcePolicy } from './sourcePolicy';

function words(title: string): Set<string> {
  return new Set(title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Jaccard similarity of two titles' word sets, 0…1. */
export function titleSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 && wb.size === 0) return 1;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / (wa.size + wb.size - shared);
}

export const NEAR_DUPLICATE_SIMILARITY = 0.6;

export interface PolicyOptions {
  /** First instant that counts as the future (UTC ms); passed in so checks are deterministic. */
  readonly nowMs: number;
}

export function checkPolicy(dataset: Dataset, { nowMs }: PolicyOptions): DataIssue[] {
  const issues: DataIssue[] = [];
  const add = (id: string | null, field: string, message: string, level: IssueLevel = 'error') =>
    issues.push({ level, index: null, id, field, message });

  for (const e of dataset.events) {
    if (e.sources.length === 0) add(e.id, 'sources', 'has no source');
    if (e.startMs >= nowMs) add(e.id, 'date', `${quoteValue(e.date)} is in the future`);
    if (e.endSpan && e.endSpan.startMs >= nowMs) add(e.id, 'end', `${quoteValue(String(e.end))} is in the future`);
    const urls = new Set<string>();
    e.sources.forEach((s, i) => {
      if (!s.url.startsWith('https://')) add(e.id, `sources[${i}].url`, `${quoteValue(s.url)} is not an https address`);
      if (s.archived !== null && !s.archived.startsWith('https://')) {
        add(e.id, `sources[${i}].archived`, `${quoteValue(String(s.archived))} is not an https address`);
      }
      if (urls.has(s.url)) add(e.id, `sources[${i}].url`, `${quoteValue(s.url)} is listed twice`);
      urls.add(s.url);
      if (s.kind === null) add(e.id, `sources[${i}].kind`, 'is missing or unknown');
      for (const f of checkSourcePolicy(s)) add(e.id, `sources[${i}].${f.field}`, f.message, f.level);
    });
    e.figures.forEach((f, i) => {
      if (f.source === null) add(e.id, `figures[${i}].source`, "does not point to one of this event's sources");
    });
    for (const target of e.respondsTo) {
      const t = dataset.byId.get(target);
      if (!t) add(e.id, 'respondsTo', `${quoteValue(target)} is not an event in this dataset`);
      else if (t.id === e.id) add(e.id, 'respondsTo', 'an event cannot answer itself');
      else if (t.startMs > e.startMs)
        add(e.id, 'respondsTo', `${quoteValue(target)} (${t.date}) is later than this event (${e.date})`);
    }
  }

  // Near-duplicates: same date and category, similar titles. Events are sorted, so equal dates are adjacent.
  const events = dataset.events;
  for (let i = 0; i < events.length; i += 1) {
    const a = events[i];
    for (let j = i + 1; a && j < events.length; j += 1) {
      const b = events[j];
      if (!b || b.date !== a.date) break;
      if (b.category === a.category && titleSimilarity(a.title, b.title) >= NEAR_DUPLICATE_SIMILARITY) {
        add(b.id, 'title', `looks like a duplicate of ${quoteValue(a.id)} (same date and category, similar title)`);
      }
    }
  }

  const eraIds = new Set<string>();
  for (const era of dataset.eras) {
    if (eraIds.has(era.id)) add(era.id, 'eras', `era id ${quoteValue(era.id)} is used twice`);
    eraIds.add(era.id);
    const end = parseDateSpec(era.end);
    if (end && end.startMs >= nowMs)
      add(
        era.id,
        'eras.end',
        `${quoteValue(era.end)} is in the future (leave an ongoing era's end at the dataset's update date)`,
      );
  }
  issues.push(...checkCoverage(dataset));
  return issues;
}

/**
 * Everything `npm run validate` reports for the curated dataset. It must have no validation warning either
 * (an unknown category, a missing tone), so those become errors, except where the policy reports
 * the same field of the same record (a state media source relabelled on load): there the policy's error stands
 * alone. The policy's own warnings (weak hosts) stay warnings.
 */
export function computeCuratedIssues(validation: readonly DataIssue[], policy: readonly DataIssue[]): DataIssue[] {
  const key = (i: DataIssue) => `${i.id ?? ''}\u0000${i.field}`;
  const covered = new Set(policy.map(key));
  const promoted = validation
    .filter((i) => i.level === 'error' || !covered.has(key(i)))
    .map((i): DataIssue => (i.level === 'warning' ? { ...i, level: 'error' } : i));
  return [...promoted, ...policy];
}
