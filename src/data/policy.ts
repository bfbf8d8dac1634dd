/**
 * The curation policy for the bundled dataset, on top of the schema (data/README.md states it).
 * A user's own dataset is drawn without these checks; `npm run validate` applies them and fails on any.
 */
import { parseDateSpec } from './dates';
import type { DataIssue, Dataset } from './model';

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

/**
 * Hosts of Russian state-affiliated media (TASS, RIA Novosti, RT, Sputnik in its languages, Rossiyskaya
 * Gazeta, Russia Beyond, Channel One, Vesti): a source there is always `state-media`, so the app labels it.
 */
const STATE_MEDIA_HOST =
  /(^|\.)(tass\.(com|ru)|itar-tass\.com|ria\.ru|rian\.ru|rt\.com|sputniknews\.[a-z.]+|sputnikglobe\.com|sarabic\.ae|noticiabrasil\.net\.br|rg\.ru|rbth\.com|1tv\.(ru|com)|vesti\.ru)$/;

export function isStateMediaHost(url: string): boolean {
  try {
    return STATE_MEDIA_HOST.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

export interface PolicyOptions {
  /** First instant that counts as the future (UTC ms); passed in so checks are deterministic. */
  readonly nowMs: number;
}

export function checkPolicy(dataset: Dataset, { nowMs }: PolicyOptions): DataIssue[] {
  const issues: DataIssue[] = [];
  const add = (id: string | null, field: string, message: string) =>
    issues.push({ level: 'error', index: null, id, field, message });

  for (const e of dataset.events) {
    if (e.sources.length === 0) add(e.id, 'sources', 'has no source');
    if (e.startMs >= nowMs) add(e.id, 'date', `"${e.date}" is in the future`);
    if (e.endSpan && e.endSpan.startMs >= nowMs) add(e.id, 'end', `"${e.end}" is in the future`);
    const urls = new Set<string>();
    e.sources.forEach((s, i) => {
      if (!s.url.startsWith('https://')) add(e.id, `sources[${i}].url`, `"${s.url}" is not an https address`);
      if (s.archived !== null && !s.archived.startsWith('https://')) {
        add(e.id, `sources[${i}].archived`, `"${s.archived}" is not an https address`);
      }
      if (urls.has(s.url)) add(e.id, `sources[${i}].url`, `"${s.url}" is listed twice`);
      urls.add(s.url);
      if (s.kind === null) add(e.id, `sources[${i}].kind`, 'is missing or unknown');
      else if (s.kind !== 'state-media' && isStateMediaHost(s.url)) {
        add(e.id, `sources[${i}].kind`, `is "${s.kind}", but ${new URL(s.url).hostname} is Russian state media`);
      }
    });
    e.figures.forEach((f, i) => {
      if (f.source === null) add(e.id, `figures[${i}].source`, "does not point to one of this event's sources");
    });
    for (const target of e.respondsTo) {
      const t = dataset.byId.get(target);
      if (!t) add(e.id, 'respondsTo', `"${target}" is not an event in this dataset`);
      else if (t.id === e.id) add(e.id, 'respondsTo', 'an event cannot answer itself');
      else if (t.startMs > e.startMs)
        add(e.id, 'respondsTo', `"${target}" (${t.date}) is later than this event (${e.date})`);
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
        add(b.id, 'title', `looks like a duplicate of "${a.id}" (same date and category, similar title)`);
      }
    }
  }

  const eraIds = new Set<string>();
  for (const era of dataset.eras) {
    if (eraIds.has(era.id)) add(era.id, 'eras', `era id "${era.id}" is used twice`);
    eraIds.add(era.id);
    const end = parseDateSpec(era.end);
    if (end && end.startMs >= nowMs)
      add(
        era.id,
        'eras.end',
        `"${era.end}" is in the future (leave an ongoing era's end at the dataset's update date)`,
      );
  }
  return issues;
}
