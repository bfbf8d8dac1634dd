/** Dataset statistics for `npm run validate -- --stats`: counts that show balance, sourcing and coverage. */
import { DEFAULT_STATE_MEDIA_COUNTRY } from './categories';
import { hasContemporaneousSource, hasOnlyRetrospectiveSources } from './coverage';
import { findWeakHost, type WeakHostReason } from './hosts';
import type { Dataset } from './model';

export interface DatasetStats {
  readonly events: number;
  readonly byDecade: Record<string, number>;
  /** Every year from the first event's to the last one's, years without events included as 0. */
  readonly byYear: Record<string, number>;
  readonly byCategory: Record<string, number>;
  readonly byActor: Record<string, number>;
  readonly bySourceKind: Record<string, number>;
  /** State media sources by the state behind them (ISO code). */
  readonly byStateMediaCountry: Record<string, number>;
  readonly byPrecision: Record<string, number>;
  /** Events citing at least one government source, US or Russian. */
  readonly withGovernmentSource: number;
  readonly withBothGovernments: number;
  readonly withResponseLinks: number;
  readonly sources: number;
  readonly weakSources: number;
  readonly weakByReason: Partial<Record<WeakHostReason, number>>;
  /** Events whose sources are all dated more than 14 days after them. */
  readonly onlyRetrospective: number;
  /** Events without a contemporaneous source: the above, and those whose other sources are undated. */
  readonly withoutContemporaneous: number;
  readonly through: string | null;
  /** The date of the latest event, as written. */
  readonly lastEventDate: string | null;
}

function bump(rec: Record<string, number>, key: string): void {
  rec[key] = (rec[key] ?? 0) + 1;
}

function countYears(dataset: Dataset): Record<string, number> {
  const years = dataset.events.map((e) => new Date(e.startMs).getUTCFullYear());
  const byYear: Record<string, number> = {};
  if (years.length === 0) return byYear;
  for (let y = Math.min(...years); y <= Math.max(...years); y += 1) byYear[String(y)] = 0;
  for (const y of years) bump(byYear, String(y));
  return byYear;
}

export function computeStats(dataset: Dataset): DatasetStats {
  const s = {
    events: dataset.events.length,
    byDecade: {} as Record<string, number>,
    byYear: countYears(dataset),
    byCategory: {} as Record<string, number>,
    byActor: {} as Record<string, number>,
    bySourceKind: {} as Record<string, number>,
    byStateMediaCountry: {} as Record<string, number>,
    byPrecision: {} as Record<string, number>,
    withGovernmentSource: 0,
    withBothGovernments: 0,
    withResponseLinks: 0,
    sources: 0,
    weakSources: 0,
    weakByReason: {} as Record<string, number>,
    onlyRetrospective: 0,
    withoutContemporaneous: 0,
    through: dataset.through,
    lastEventDate: dataset.events.at(-1)?.date ?? null,
  };
  for (const e of dataset.events) {
    const year = new Date(e.startMs).getUTCFullYear();
    bump(s.byDecade, `${Math.floor(year / 10) * 10}s`);
    bump(s.byCategory, e.category);
    bump(s.byActor, e.actors.length === 2 ? 'joint' : (e.actors[0] ?? 'none'));
    bump(s.byPrecision, e.precision);
    const kinds = new Set(e.sources.map((src) => src.kind ?? 'unknown'));
    for (const src of e.sources) {
      bump(s.bySourceKind, src.kind ?? 'unknown');
      if (src.kind === 'state-media') bump(s.byStateMediaCountry, src.country ?? DEFAULT_STATE_MEDIA_COUNTRY);
      const weak = findWeakHost(src.url);
      if (weak) {
        s.weakSources += 1;
        bump(s.weakByReason, weak.reason);
      }
    }
    if (kinds.has('government-us') || kinds.has('government-ru')) s.withGovernmentSource += 1;
    if (kinds.has('government-us') && kinds.has('government-ru')) s.withBothGovernments += 1;
    if (e.respondsTo.length > 0) s.withResponseLinks += 1;
    if (hasOnlyRetrospectiveSources(e)) s.onlyRetrospective += 1;
    if (!hasContemporaneousSource(e)) s.withoutContemporaneous += 1;
    s.sources += e.sources.length;
  }
  return s;
}

const share = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '0%');

export function formatStats(s: DatasetStats): string {
  const table = (title: string, rec: Record<string, number>) =>
    [
      title,
      ...Object.entries(rec)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `  ${k.padEnd(24)}${String(v).padStart(5)}`),
    ].join('\n');
  const ofEvents = (n: number) => `${n} (${share(n, s.events)})`;
  const weak = Object.entries(s.weakByReason)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([reason, n]) => `  ${reason.padEnd(24)}${String(n).padStart(5)} (${share(n, s.sources)})`);
  return [
    `events: ${s.events}   sources: ${s.sources}`,
    `coverage: complete through ${s.through ?? '(not stated)'}; last event ${s.lastEventDate ?? '(none)'}`,
    table('per year', s.byYear),
    table('per decade', s.byDecade),
    table('per category', s.byCategory),
    table('per actor', s.byActor),
    table('per date precision', s.byPrecision),
    table('sources per kind', s.bySourceKind),
    table('state media sources per state', s.byStateMediaCountry),
    `sources on weak hosts: ${s.weakSources} of ${s.sources} (${share(s.weakSources, s.sources)})`,
    ...weak,
    `events citing a government source: ${ofEvents(s.withGovernmentSource)}`,
    `events with both governments' statements: ${ofEvents(s.withBothGovernments)}`,
    `events linked to what they answer: ${ofEvents(s.withResponseLinks)}`,
    `events with only retrospective sources: ${ofEvents(s.onlyRetrospective)}`,
    `events without a contemporaneous source: ${ofEvents(s.withoutContemporaneous)}`,
  ].join('\n');
}
