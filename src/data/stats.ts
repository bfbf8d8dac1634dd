/** Dataset statistics for `npm run validate -- --stats`: counts that show balance and sourcing. */
import type { Dataset } from './model';

export interface DatasetStats {
  readonly events: number;
  readonly byDecade: Record<string, number>;
  readonly byCategory: Record<string, number>;
  readonly byActor: Record<string, number>;
  readonly bySourceKind: Record<string, number>;
  readonly byPrecision: Record<string, number>;
  readonly withBothGovernments: number;
  readonly withResponseLinks: number;
  readonly sources: number;
}

function bump(rec: Record<string, number>, key: string): void {
  rec[key] = (rec[key] ?? 0) + 1;
}

export function computeStats(dataset: Dataset): DatasetStats {
  const s = {
    events: dataset.events.length,
    byDecade: {} as Record<string, number>,
    byCategory: {} as Record<string, number>,
    byActor: {} as Record<string, number>,
    bySourceKind: {} as Record<string, number>,
    byPrecision: {} as Record<string, number>,
    withBothGovernments: 0,
    withResponseLinks: 0,
    sources: 0,
  };
  for (const e of dataset.events) {
    const year = new Date(e.startMs).getUTCFullYear();
    bump(s.byDecade, `${Math.floor(year / 10) * 10}s`);
    bump(s.byCategory, e.category);
    bump(s.byActor, e.actors.length === 2 ? 'joint' : (e.actors[0] ?? 'none'));
    bump(s.byPrecision, e.precision);
    const kinds = new Set(e.sources.map((src) => src.kind ?? 'unknown'));
    for (const src of e.sources) bump(s.bySourceKind, src.kind ?? 'unknown');
    if (kinds.has('government-us') && kinds.has('government-ru')) s.withBothGovernments += 1;
    if (e.respondsTo.length > 0) s.withResponseLinks += 1;
    s.sources += e.sources.length;
  }
  return s;
}

export function formatStats(s: DatasetStats): string {
  const table = (title: string, rec: Record<string, number>) =>
    [
      title,
      ...Object.entries(rec)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `  ${k.padEnd(24)}${String(v).padStart(5)}`),
    ].join('\n');
  const pct = (n: number) => (s.events ? `${((100 * n) / s.events).toFixed(1)}%` : '0%');
  return [
    `events: ${s.events}   sources: ${s.sources}`,
    table('per decade', s.byDecade),
    table('per category', s.byCategory),
    table('per actor', s.byActor),
    table('per date precision', s.byPrecision),
    table('sources per kind', s.bySourceKind),
    `events with both governments' statements: ${s.withBothGovernments} (${pct(s.withBothGovernments)})`,
    `events linked to what they answer: ${s.withResponseLinks} (${pct(s.withResponseLinks)})`,
  ].join('\n');
}
