/**
 * Two periods side by side: what happened in each (by category and acting side), in what tone, and the
 * landmark events. Periods are half-open [startMs, endMs); an event belongs to the period its date starts
 * in, as in the tone chart.
 */
import { CATEGORIES } from '../data/categories';
import { toIsoDay } from '../data/dates';
import { compareEvents, type Era, type TimelineEvent } from '../data/model';
import { csvLines, csvText } from './csvText';
import { formatFixed2 } from './format';
import type { Domain } from './period';

export interface PeriodSummary {
  readonly domain: Domain;
  /** First and last day, inclusive. */
  readonly from: string;
  readonly to: string;
  readonly events: number;
  /** Every documented category in the legend's order (zero included), then any other found, A–Z. */
  readonly byCategory: readonly { readonly category: string; readonly count: number }[];
  /** By who acted: the US alone, Russia alone, or both (joint). */
  readonly byActor: { readonly US: number; readonly RU: number; readonly joint: number };
  /** Mean tone of the events with one, null when fewer than three (as in the tone chart). */
  readonly meanTone: number | null;
  readonly toneN: number;
  /** The highest-ranked events, highest first (ties in date order); events ranked NaN are never landmarks. */
  readonly landmarkIds: readonly string[];
}

export function computePeriodSummary(
  events: readonly TimelineEvent[],
  domain: Domain,
  rank: (event: TimelineEvent) => number,
  landmarks = 5,
): PeriodSummary {
  const [startMs, endMs] = domain;
  const byCategory = new Map<string, number>(CATEGORIES.map((c) => [c.id, 0]));
  const extra = new Set<string>();
  const byActor = { US: 0, RU: 0, joint: 0 };
  const top = createTopRanked(landmarks);
  let count = 0;
  let toneSum = 0;
  let toneN = 0;
  for (const e of events) {
    if (e.startMs < startMs || e.startMs >= endMs) continue;
    count += 1;
    if (!byCategory.has(e.category)) extra.add(e.category);
    byCategory.set(e.category, (byCategory.get(e.category) ?? 0) + 1);
    if (e.actors.length > 1) byActor.joint += 1;
    else if (e.actors[0] === 'US') byActor.US += 1;
    else if (e.actors[0] === 'RU') byActor.RU += 1;
    if (e.tone !== null) {
      toneSum += e.tone;
      toneN += 1;
    }
    top.offer(e, rank(e));
  }
  const order = [...CATEGORIES.map((c) => c.id as string), ...[...extra].sort()];
  return {
    domain,
    from: toIsoDay(startMs),
    to: toIsoDay(endMs - 1),
    events: count,
    byCategory: order.map((category) => ({ category, count: byCategory.get(category) ?? 0 })),
    byActor,
    meanTone: toneN >= 3 ? toneSum / toneN : null,
    toneN,
    landmarkIds: top.ids(),
  };
}

/**
 * The k highest-ranked events seen, highest first, ties in date order; NaN ranks never enter. Kept as a
 * small sorted list, so a period of thousands of events costs no full sort.
 */
function createTopRanked(k: number) {
  const kept: { e: TimelineEvent; r: number }[] = [];
  const before = (x: { e: TimelineEvent; r: number }, y: { e: TimelineEvent; r: number }) =>
    x.r > y.r || (x.r === y.r && compareEvents(x.e, y.e) < 0);
  return {
    offer(e: TimelineEvent, r: number) {
      if (Number.isNaN(r) || k <= 0) return;
      const item = { e, r };
      const last = kept[kept.length - 1];
      if (kept.length >= k && last && !before(item, last)) return;
      let i = kept.length;
      while (i > 0 && before(item, kept[i - 1] as { e: TimelineEvent; r: number })) i -= 1;
      kept.splice(i, 0, item);
      if (kept.length > k) kept.pop();
    },
    ids: () => kept.map((x) => x.e.id),
  };
}

export interface ComparePreset {
  readonly id: string;
  readonly label: string;
  readonly a: { readonly label: string; readonly domain: Domain };
  readonly b: { readonly label: string; readonly domain: Domain };
}

function eraLabel(era: Era, endMs: number): string {
  const first = new Date(era.startMs).getUTCFullYear();
  const last = new Date(endMs - 1).getUTCFullYear();
  return `${era.title} (${first === last ? first : `${first}–${last}`})`;
}

/**
 * Each presidency against the one before it, US and Russian, in date order. The earlier one is `a`. Where
 * the two share the handover day (the eras' inclusive ends), the day goes to the newer one, so no event is in
 * both periods.
 */
export function comparePresets(eras: readonly Era[]): ComparePreset[] {
  const presets: ComparePreset[] = [];
  for (const kind of ['presidency-us', 'presidency-ru'] as const) {
    const list = eras.filter((e) => e.kind === kind).sort((x, y) => x.startMs - y.startMs);
    list.forEach((cur, i) => {
      const prev = list[i - 1];
      if (!prev) return;
      const prevEndMs = Math.max(prev.startMs + 1, Math.min(prev.endMs, cur.startMs));
      const a = { label: eraLabel(prev, prevEndMs), domain: [prev.startMs, prevEndMs] as const };
      const b = { label: eraLabel(cur, cur.endMs), domain: [cur.startMs, cur.endMs] as const };
      presets.push({ id: `${prev.id}..${cur.id}`, label: `${a.label} and ${b.label}`, a, b });
    });
  }
  return presets;
}

/**
 * One CSV of both summaries, a measure per row: `measure,key,a,b`. Rows: period from and to, events,
 * each category, each side, tone mean and n, then landmarks 1…k (ids).
 */
export function serializeCompareCsv(a: PeriodSummary, b: PeriodSummary): string {
  const rows: string[][] = [
    ['measure', 'key', 'a', 'b'],
    ['period', 'from', a.from, b.from],
    ['period', 'to', a.to, b.to],
    ['events', 'all', String(a.events), String(b.events)],
  ];
  const categories = [...new Set([...a.byCategory, ...b.byCategory].map((c) => c.category))];
  const count = (s: PeriodSummary, c: string) => String(s.byCategory.find((x) => x.category === c)?.count ?? 0);
  for (const c of categories) rows.push(['category', csvText(c), count(a, c), count(b, c)]);
  for (const side of ['US', 'RU', 'joint'] as const)
    rows.push(['actor', side, String(a.byActor[side]), String(b.byActor[side])]);
  rows.push(['tone', 'mean', formatFixed2(a.meanTone), formatFixed2(b.meanTone)]);
  rows.push(['tone', 'n', String(a.toneN), String(b.toneN)]);
  const k = Math.max(a.landmarkIds.length, b.landmarkIds.length);
  for (let i = 0; i < k; i += 1) {
    rows.push(['landmark', String(i + 1), csvText(a.landmarkIds[i] ?? ''), csvText(b.landmarkIds[i] ?? '')]);
  }
  return csvLines(rows);
}
