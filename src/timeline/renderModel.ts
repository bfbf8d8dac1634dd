/**
 * Compute first, paint last: everything the painter needs, as plain objects in px.
 * Input is the visible state (events after filters, window, width, selection); output has no
 * functions, no DOM and no dates left to format.
 */
import { categoryLabel, categoryShape, type ShapeId } from '../data/categories';
import { formatDateRange, formatDateSpec } from '../data/dates';
import type { Domain } from '../data/domain';
import type { Dataset, Era, TimelineEvent } from '../data/model';
import { BANDS, type BandId, bandOf } from './bands';
import { assignLanes, type LayoutOptions, type PlacedItem } from './layout';
import { createTimeScale } from './scale';
import { assignSpanRows } from './spans';
import { computeTicks, type Tick } from './ticks';

export interface BandModel {
  readonly id: BandId;
  readonly label: string;
  readonly yPx: number;
  readonly heightPx: number;
}

export interface MarkModel {
  /** The event id, or for a cluster "cluster:<first id>". Keys the D3 join. */
  readonly key: string;
  /** Member ids; for clusters of more than MAX_LISTED_IDS, empty (firstId, lastId and the range suffice). */
  readonly eventIds: readonly string[];
  readonly firstId: string;
  readonly lastId: string;
  /** Time range of the members' dates (UTC ms): a cluster zooms to it when activated. */
  readonly startMs: number;
  readonly endMs: number;
  readonly count: number;
  readonly xPx: number;
  readonly yPx: number;
  readonly x0Px: number;
  readonly x1Px: number;
  readonly category: string;
  readonly shape: ShapeId;
  readonly label: string | null;
  readonly ariaLabel: string;
  /** Drawn as a bracket under the mark: the month or year a vague date may fall in. */
  readonly uncertainty: { readonly x0Px: number; readonly x1Px: number } | null;
  readonly selected: boolean;
  /** Answers, or is answered by, the selected event. */
  readonly linked: boolean;
  readonly tabIndex: 0 | -1;
}

export interface ArcModel {
  readonly key: string;
  readonly path: string;
  /** The answering event's mark; the arrow points at it. */
  readonly fromKey: string;
  readonly toKey: string;
}

export interface EraModel {
  readonly id: string;
  readonly title: string;
  readonly kind: Era['kind'];
  readonly x0Px: number;
  readonly x1Px: number;
  readonly yPx: number;
  readonly heightPx: number;
  /** The title when it fits inside the strip, else null (the full title stays in the tooltip). */
  readonly label: string | null;
}

/** An event with a duration (a treaty in force, a ban), drawn as a bar in the "in force" strip. */
export interface SpanModel {
  readonly eventId: string;
  readonly category: string;
  readonly x0Px: number;
  readonly x1Px: number;
  readonly yPx: number;
  readonly heightPx: number;
  /** Drawn inside the bar when it fits. */
  readonly label: string | null;
  readonly title: string;
  readonly selected: boolean;
}

export interface RenderModel {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly axisYPx: number;
  readonly bands: readonly BandModel[];
  readonly ticks: readonly Tick[];
  readonly marks: readonly MarkModel[];
  readonly arcs: readonly ArcModel[];
  readonly eras: readonly EraModel[];
  readonly spans: readonly SpanModel[];
  /** The strip of durations, or null when no event in view has one. */
  readonly spanStrip: { readonly yPx: number; readonly heightPx: number } | null;
}

export interface RenderInput {
  readonly dataset: Dataset;
  /** Events after filters, sorted as in the dataset. */
  readonly events: readonly TimelineEvent[];
  readonly domain: Domain;
  readonly widthPx: number;
  readonly selectedId: string | null;
  readonly focusId: string | null;
  readonly layout: LayoutOptions;
  readonly rowHeightPx: number;
  /** Presidencies along the top (off in compact views). */
  readonly showEras?: boolean;
  /** The strip of durations (off in the tiniest embeds). */
  readonly showSpans?: boolean;
  /** False for a static picture: no mark in the tab order. */
  readonly focusable?: boolean;
}

export const BAND_LABELS: Record<BandId, string> = { us: 'US', joint: 'Joint', ru: 'Russia' };
const ERA_STRIP_PX = 18;
/** Clusters larger than this list no member ids (a frame at 100,000 events must not build huge lists). */
export const MAX_LISTED_IDS = 200;
const SPAN_ROW_PX = 15;
const SPAN_ROWS = 8;
const TOP_PAD_PX = 8;
const AXIS_PX = 28;

function describe(item: PlacedItem): string {
  const first = item.events[0] as TimelineEvent;
  if (item.events.length === 1) {
    return `${formatDateRange(first.span, first.endSpan)}: ${first.title} (${categoryLabel(first.category)})`;
  }
  const last = item.events[item.events.length - 1] as TimelineEvent;
  return `${item.events.length} events, ${formatDateSpec(first.span)} to ${formatDateSpec(last.span)}. Activate to zoom in.`;
}

/** Cuts text to fit a width, with an ellipsis; null when not even a few letters fit. */
function truncateToWidth(text: string, maxPx: number, measure: (t: string) => number): string | null {
  if (measure(text) <= maxPx) return text;
  for (let n = text.length - 1; n >= 4; n -= Math.max(1, Math.floor(n / 8))) {
    const t = `${text.slice(0, n).trimEnd()}…`;
    if (measure(t) <= maxPx) return t;
  }
  return null;
}

/** A curve from one mark to another, bowing upward by a height that grows with the distance. */
export function arcPath(x1: number, y1: number, x2: number, y2: number): string {
  const mx = (x1 + x2) / 2;
  const lift = Math.min(90, 18 + Math.abs(x2 - x1) / 4);
  const cy = Math.min(y1, y2) - lift;
  return `M${x1.toFixed(1)},${y1.toFixed(1)} Q${mx.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
}

export function computeRenderModel(input: RenderInput): RenderModel {
  const { dataset, domain, widthPx, selectedId, rowHeightPx, layout } = input;
  const scale = createTimeScale(domain, widthPx);
  const hasEras = input.showEras !== false && dataset.eras.length > 0;
  let y = TOP_PAD_PX + (hasEras ? 2 * ERA_STRIP_PX + 6 : 0);
  const placedSpans = input.showSpans === false ? [] : assignSpanRows(input.events, scale, SPAN_ROWS, 4);
  const spanRows = placedSpans.reduce((n, p) => Math.max(n, p.row + 1), 0);
  const spanStrip = spanRows ? { yPx: y, heightPx: spanRows * SPAN_ROW_PX + 4 } : null;
  const spans: SpanModel[] = placedSpans.map((p) => {
    const x0 = Math.max(p.x0Px, 0);
    const room = Math.min(p.x1Px, widthPx) - x0 - 10;
    const title = `${formatDateRange(p.event.span, p.event.endSpan)}: ${p.event.title}`;
    return {
      eventId: p.event.id,
      category: p.event.category,
      x0Px: p.x0Px,
      x1Px: p.x1Px,
      yPx: y + 2 + p.row * SPAN_ROW_PX,
      heightPx: SPAN_ROW_PX - 3,
      label: room > 40 ? truncateToWidth(p.event.title, room, layout.measureText) : null,
      title,
      selected: p.event.id === selectedId,
    };
  });
  if (spanStrip) y += spanStrip.heightPx + 4;
  const bands: BandModel[] = BANDS.map((id) => {
    const heightPx = layout.rowsPerBand[id] * rowHeightPx;
    // A rotated label longer than its band would run into the next one: leave it out (the legend says it).
    const label = layout.measureText(BAND_LABELS[id]) * 1.15 + 6 <= heightPx ? BAND_LABELS[id] : '';
    const band = { id, label, yPx: y, heightPx };
    y += heightPx;
    return band;
  });
  const axisYPx = y + 4;
  const bandById = new Map(bands.map((b) => [b.id, b]));

  const items = assignLanes(input.events, scale, layout, dataset.longestMs);
  const selected = selectedId ? dataset.byId.get(selectedId) : undefined;
  const linkedIds = new Set<string>(
    selected ? [...selected.respondsTo, ...(dataset.answeredBy.get(selected.id) ?? [])] : [],
  );
  // Which mark shows an event: a map for ordinary marks; level-of-detail clusters (contiguous in time
  // within their band) are looked up by range, so a frame never touches every event.
  const keyOfEvent = new Map<string, string>();
  const bigClusters: { band: BandId; startMs: number; endMs: number; key: string }[] = [];
  const markKeyFor = (id: string | null): string | undefined => {
    if (!id) return undefined;
    const hit = keyOfEvent.get(id);
    if (hit) return hit;
    const e = dataset.byId.get(id);
    if (!e) return undefined;
    const band = bandOf(e);
    return bigClusters.find((c) => c.band === band && c.startMs <= e.startMs && e.startMs <= c.endMs)?.key;
  };
  const focusKey = input.focusId ?? selectedId;

  const marks: MarkModel[] = items.map((item) => {
    const first = item.events[0] as TimelineEvent;
    const band = bandById.get(item.band) as BandModel;
    // US rows stack upward from the joint band, Russian rows downward, so both sides meet in the middle.
    const row = item.band === 'us' ? layout.rowsPerBand.us - 1 - item.row : item.row;
    const last = item.events[item.events.length - 1] as TimelineEvent;
    const key = item.events.length === 1 ? first.id : `cluster:${first.id}`;
    const listed = item.events.length <= MAX_LISTED_IDS;
    if (listed) for (const e of item.events) keyOfEvent.set(e.id, key);
    else bigClusters.push({ band: item.band, startMs: first.startMs, endMs: last.startMs, key });
    const ids = listed ? item.events.map((e) => e.id) : [];
    const single = item.events.length === 1;
    const has = (id: string | null) => id !== null && markKeyFor(id) === key;
    return {
      key,
      eventIds: ids,
      firstId: first.id,
      lastId: last.id,
      startMs: first.startMs,
      endMs: last.endMs,
      count: item.events.length,
      xPx: single ? item.xPx : (item.x0Px + item.x1Px) / 2,
      yPx: band.yPx + (row + 0.5) * rowHeightPx,
      x0Px: item.x0Px,
      x1Px: item.x1Px,
      category: single ? first.category : 'cluster',
      shape: single ? categoryShape(first.category) : 'unknown',
      label: item.label,
      ariaLabel: describe(item),
      uncertainty:
        single && first.precision !== 'day' ? { x0Px: scale(first.span.startMs), x1Px: scale(first.span.endMs) } : null,
      selected: has(selectedId),
      linked: [...linkedIds].some(has),
      tabIndex: -1,
    };
  });
  // Roving tabindex: one mark in the tab order, the focused or selected one, else the first in view.
  const tabKey = markKeyFor(focusKey) || marks.find((m) => m.xPx >= 0 && m.xPx <= widthPx)?.key;
  const withTab = marks.map((m) =>
    m.key === tabKey && input.focusable !== false ? { ...m, tabIndex: 0 as const } : m,
  );

  const arcs: ArcModel[] = [];
  if (selected) {
    const markByKey = new Map(withTab.map((m) => [m.key, m]));
    const pairs: [string, string][] = [
      ...selected.respondsTo.map((t): [string, string] => [selected.id, t]),
      ...(dataset.answeredBy.get(selected.id) ?? []).map((a): [string, string] => [a, selected.id]),
    ];
    for (const [from, to] of pairs) {
      const a = markByKey.get(markKeyFor(from) ?? '');
      const b = markByKey.get(markKeyFor(to) ?? '');
      if (!a || !b || a === b) continue;
      arcs.push({ key: `${from}->${to}`, path: arcPath(b.xPx, b.yPx, a.xPx, a.yPx), fromKey: a.key, toKey: b.key });
    }
  }

  const eras: EraModel[] = (hasEras ? dataset.eras : [])
    .filter((era) => era.endMs > domain[0] && era.startMs < domain[1] && era.kind.startsWith('presidency'))
    .map((era) => ({
      id: era.id,
      title: era.title,
      kind: era.kind,
      x0Px: scale(era.startMs),
      x1Px: scale(era.endMs),
      yPx: TOP_PAD_PX + (era.kind === 'presidency-us' ? 0 : ERA_STRIP_PX),
      heightPx: ERA_STRIP_PX - 2,
      label:
        layout.measureText(era.title) + 10 <= Math.min(widthPx, scale(era.endMs)) - Math.max(0, scale(era.startMs))
          ? era.title
          : null,
    }));

  return {
    widthPx,
    heightPx: axisYPx + AXIS_PX,
    axisYPx,
    bands,
    ticks: computeTicks(scale, widthPx),
    marks: withTab,
    arcs,
    eras,
    spans,
    spanStrip,
  };
}
