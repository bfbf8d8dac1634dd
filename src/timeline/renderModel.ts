/**
 * Compute first, paint last: everything the painter needs, as plain objects in px. Input is the visible
 * state (events after filters, window, width, selection); output has no functions, no DOM and no dates
 * left to format.
 */
import { categoryLabel, categoryShape, type ShapeId } from '../data/categories';
import { formatDateRange } from '../data/dates';
import type { Domain } from '../data/domain';
import type { Dataset, TimelineEvent } from '../data/model';
import { BANDS, type BandId, eventsByBand, lowerBound } from './bands';
import { selectCandidates } from './candidates';
import { type BinUnit, chooseBinUnit, computeDensityBins } from './density';
import { type LayoutOptions, placeMarks, truncateLabel } from './layout';
import {
  type ArcModel,
  computeArcModels,
  computeDensityModels,
  computeEraModels,
  computeSpanModels,
  type DensityBinModel,
  type EraModel,
  type SpanModel,
} from './modelParts';
import { createTimeScale } from './scale';
import { assignSpanRows } from './spans';
import { computeTicks, type Tick } from './ticks';
import { computeToneModel, type ToneStripInput, type ToneStripModel } from './toneModel';

export type { ArcModel, DensityBinModel, EraModel, SpanModel } from './modelParts';
export type { ToneBinModel, ToneStripInput, ToneStripModel } from './toneModel';

export interface BandModel {
  readonly id: BandId;
  readonly label: string;
  /** Rotated in the gutter when the band is tall enough for it, else written across the band's left end. */
  readonly labelAcross: boolean;
  /** The label's centre line: the band's middle when rotated; across, the band's count strip, clear of its marks. */
  readonly labelYPx: number;
  readonly yPx: number;
  readonly heightPx: number;
}

/** One event drawn as a mark of its own. */
export interface MarkModel {
  /** The event id; keys the D3 join. */
  readonly key: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly xPx: number;
  readonly yPx: number;
  readonly x0Px: number;
  readonly x1Px: number;
  readonly category: string;
  readonly shape: ShapeId;
  /** The words drawn beside the mark (the whole title, or its start), or null. */
  readonly label: string | null;
  readonly labelFull: boolean;
  readonly labelSide: 'right' | 'left';
  /** The whole title and the date at its precision, for the tooltip. */
  readonly title: string;
  readonly dateText: string;
  readonly ariaLabel: string;
  /** Drawn as a bracket under the mark: the month or year a vague date may fall in. */
  readonly uncertainty: { readonly x0Px: number; readonly x1Px: number } | null;
  readonly selected: boolean;
  /** Answers, or is answered by, the selected event. */
  readonly linked: boolean;
  readonly tabIndex: 0 | -1;
}

export interface RenderModel {
  readonly widthPx: number;
  readonly heightPx: number;
  readonly axisYPx: number;
  readonly bands: readonly BandModel[];
  readonly ticks: readonly Tick[];
  readonly marks: readonly MarkModel[];
  readonly density: readonly DensityBinModel[];
  readonly densityUnit: BinUnit;
  readonly arcs: readonly ArcModel[];
  readonly eras: readonly EraModel[];
  readonly spans: readonly SpanModel[];
  /** The strip of durations, or null when no event in view has one. */
  readonly spanStrip: { readonly yPx: number; readonly heightPx: number } | null;
  /** Events dated in the window (after filters), drawn as marks or counted in the bars. */
  readonly eventsInView: number;
  /** The tone strip between the bands and the axis, when the view asked for it. */
  readonly tone: ToneStripModel | null;
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
  /** Height of each band's density strip (px): less in compact views. */
  readonly densityStripPx?: number;
  /** The tone bins, for a strip between the bands and the axis; absent: no strip. */
  readonly tone?: ToneStripInput;
}

export const BAND_LABELS: Record<BandId, string> = { us: 'US', joint: 'Joint', ru: 'Russia' };
const ERA_STRIP_PX = 18;
const SPAN_ROW_PX = 15;
const SPAN_ROWS = 8;
const TOP_PAD_PX = 8;
const AXIS_PX = 28;
/** Each band's density bars: their strip's height, and the tallest bar. */
export const DENSITY_STRIP_PX = 16;
/** The least height of a bar's hit area: a finger's width on a touch screen (WCAG 2.5.8). */
const MIN_HIT_PX = 24;

function describeMark(e: TimelineEvent): string {
  return `${formatDateRange(e.span, e.endSpan)}: ${e.title} (${categoryLabel(e.category)})`;
}

export function computeRenderModel(input: RenderInput): RenderModel {
  const { dataset, domain, widthPx, selectedId, rowHeightPx, layout } = input;
  const scale = createTimeScale(domain, widthPx);
  const hasEras = input.showEras !== false && dataset.eras.length > 0;
  let y = TOP_PAD_PX + (hasEras ? 2 * ERA_STRIP_PX + 6 : 0);
  const fit = (text: string, maxPx: number) => truncateLabel(text, maxPx, layout.measureText);

  const placedSpans = input.showSpans === false ? [] : assignSpanRows(input.events, scale, SPAN_ROWS, 4);
  const spanRows = placedSpans.reduce((n, p) => Math.max(n, p.row + 1), 0);
  const spanStrip = spanRows ? { yPx: y, heightPx: spanRows * SPAN_ROW_PX + 4 } : null;
  const spans = computeSpanModels(placedSpans, widthPx, y, SPAN_ROW_PX, selectedId, fit);
  if (spanStrip) y += spanStrip.heightPx + 4;

  const stripPx = input.densityStripPx ?? DENSITY_STRIP_PX;
  const barPx = Math.max(4, stripPx - 3);
  const bands: BandModel[] = BANDS.map((id) => {
    const heightPx = layout.rowsPerBand[id] * rowHeightPx + stripPx;
    // A rotated label longer than its band would run into the next one: then it is written across the band.
    const labelAcross = layout.measureText(BAND_LABELS[id]) * 1.15 + 6 > heightPx;
    // Russia's count strip is at the top of its band, the others' at the bottom (rows meet at the joint band).
    const stripMiddle = id === 'ru' ? y + stripPx / 2 : y + heightPx - stripPx / 2;
    const labelYPx = labelAcross ? stripMiddle : y + heightPx / 2;
    const band = { id, label: BAND_LABELS[id], labelAcross, labelYPx, yPx: y, heightPx };
    y += heightPx;
    return band;
  });
  const tone = input.tone ? computeToneModel(input.tone, scale, y + 4) : null;
  if (tone) y += tone.heightPx + 4;
  const axisYPx = y + 4;
  const bandById = new Map(bands.map((b) => [b.id, b]));

  const selected = selectedId ? dataset.byId.get(selectedId) : undefined;
  const linkedIds = new Set<string>(
    selected ? [...selected.respondsTo, ...(dataset.answeredBy.get(selected.id) ?? [])] : [],
  );
  const priorityIds = [selectedId, input.focusId, ...linkedIds].filter((id): id is string => !!id);
  const candidates = selectCandidates({ dataset, events: input.events, scale, marginPx: layout.marginPx, priorityIds });
  const forced = candidates.filter((e) => e.id === selectedId || e.id === input.focusId).length;
  const placed = placeMarks(candidates, scale, layout, forced);
  // Marks in time order: the order of the painter's join, of the tab order and of a screen reader's reading.
  placed.sort((a, b) => a.event.startMs - b.event.startMs || (a.event.id < b.event.id ? -1 : 1));

  const marks: MarkModel[] = placed.map((item) => {
    const e = item.event;
    const band = bandById.get(item.band) as BandModel;
    // US rows stack upward from the joint band, Russian rows downward, so both sides meet in the middle.
    const row = item.band === 'us' ? layout.rowsPerBand.us - 1 - item.row : item.row;
    const yPx = item.band === 'ru' ? band.yPx + stripPx : band.yPx;
    return {
      key: e.id,
      startMs: e.startMs,
      endMs: e.endMs,
      xPx: item.xPx,
      yPx: yPx + (row + 0.5) * rowHeightPx,
      x0Px: item.x0Px,
      x1Px: item.x1Px,
      category: e.category,
      shape: categoryShape(e.category),
      label: item.label,
      labelFull: item.labelFull,
      labelSide: item.labelSide,
      title: e.title,
      dateText: formatDateRange(e.span, e.endSpan),
      ariaLabel: describeMark(e),
      uncertainty: e.precision !== 'day' ? { x0Px: scale(e.span.startMs), x1Px: scale(e.span.endMs) } : null,
      selected: e.id === selectedId,
      linked: linkedIds.has(e.id),
      tabIndex: -1,
    };
  });
  // Roving tabindex: one mark in the tab order, the focused or open one, else the first in view.
  const focusKey = input.focusId ?? selectedId;
  const tabKey =
    (focusKey && marks.some((m) => m.key === focusKey) ? focusKey : null) ??
    marks.find((m) => m.xPx >= 0 && m.xPx <= widthPx)?.key;
  const withTab = marks.map((m) =>
    m.key === tabKey && input.focusable !== false ? { ...m, tabIndex: 0 as const } : m,
  );
  const markById = new Map(withTab.map((m) => [m.key, m]));

  // Density: each band's bins, the US and joint strips at their band's foot, Russia's at its head.
  const unit = chooseBinUnit(scale, layout.minBinPx);
  const byBand = eventsByBand(input.events);
  const density = computeDensityModels(
    bands.map((b) => ({
      band: b.id,
      bins: computeDensityBins(byBand[b.id], scale, unit),
      baseYPx: b.id === 'ru' ? b.yPx + stripPx - 1 : b.yPx + b.heightPx - 1,
    })),
    unit,
    barPx,
    MIN_HIT_PX,
  );
  const eventsInView = lowerBound(input.events, domain[1]) - lowerBound(input.events, domain[0]);

  return {
    widthPx,
    heightPx: axisYPx + AXIS_PX,
    axisYPx,
    bands,
    ticks: computeTicks(scale, widthPx),
    marks: withTab,
    density,
    densityUnit: unit,
    arcs: computeArcModels(selected, dataset.answeredBy, (id) => markById.get(id)),
    eras: hasEras ? computeEraModels(dataset.eras, scale, widthPx, TOP_PAD_PX, ERA_STRIP_PX, layout.measureText) : [],
    spans,
    spanStrip,
    eventsInView,
    tone,
  };
}
