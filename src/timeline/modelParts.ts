/**
 * Parts of the render model that do not depend on mark placement: the presidency strips (each term named at
 * every zoom: full name, surname or initials, whichever fits), the duration strip, the density bars, arcs.
 */
import { formatDateRange, MONTHS } from '../data/dates';
import type { Era, TimelineEvent } from '../data/model';
import type { BandId } from './bands';
import type { BinUnit, DensityBin } from './density';
import type { TimeScale } from './scale';
import type { PlacedSpan } from './spans';

export interface EraModel {
  readonly id: string;
  readonly title: string;
  readonly kind: Era['kind'];
  readonly x0Px: number;
  readonly x1Px: number;
  readonly yPx: number;
  readonly heightPx: number;
  /** The longest of full name, surname and initials that fits in the visible part of the strip ('' if none). */
  readonly label: string;
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

/** One bar of a band's density: how many events are dated in a calendar bin. Activating it zooms to the bin. */
export interface DensityBinModel {
  readonly key: string;
  readonly band: BandId;
  readonly fromMs: number;
  readonly toMs: number;
  readonly count: number;
  readonly x0Px: number;
  readonly x1Px: number;
  /** The bar, growing up from the strip's base. */
  readonly yPx: number;
  readonly heightPx: number;
  /** The area that answers a click or tap: at least a finger's height. */
  readonly hitYPx: number;
  readonly hitHeightPx: number;
  readonly ariaLabel: string;
}

export interface ArcModel {
  readonly key: string;
  readonly path: string;
  readonly fromKey: string;
  readonly toKey: string;
}

/** Name, surname, initials, the surname's initial: the candidates for an era's label, longest first. */
export function eraLabelCandidates(title: string): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const surname = words.at(-1) ?? title;
  const initials = words.map((w) => w.replace(/[^\p{L}]/gu, '').charAt(0)).join('');
  return [...new Set([title, surname, initials, surname.charAt(0)])];
}

export function computeEraModels(
  eras: readonly Era[],
  scale: TimeScale,
  widthPx: number,
  topPx: number,
  stripPx: number,
  measure: (t: string) => number,
): EraModel[] {
  const [d0, d1] = scale.domain;
  return eras
    .filter((era) => era.endMs > d0 && era.startMs < d1 && era.kind.startsWith('presidency'))
    .map((era) => {
      const x0Px = scale(era.startMs);
      const x1Px = scale(era.endMs);
      const room = Math.min(widthPx, x1Px) - Math.max(0, x0Px) - 8;
      const label = eraLabelCandidates(era.title).find((t) => measure(t) * 0.92 <= room) ?? '';
      return {
        id: era.id,
        title: era.title,
        kind: era.kind,
        x0Px,
        x1Px,
        yPx: topPx + (era.kind === 'presidency-us' ? 0 : stripPx),
        heightPx: stripPx - 2,
        label,
      };
    });
}

export function computeSpanModels(
  placed: readonly PlacedSpan[],
  widthPx: number,
  topPx: number,
  rowPx: number,
  selectedId: string | null,
  cutToFit: (text: string, maxPx: number) => string | null,
): SpanModel[] {
  return placed.map((p) => {
    const x0 = Math.max(p.x0Px, 0);
    const room = Math.min(p.x1Px, widthPx) - x0 - 10;
    return {
      eventId: p.event.id,
      category: p.event.category,
      x0Px: p.x0Px,
      x1Px: p.x1Px,
      yPx: topPx + 2 + p.row * rowPx,
      heightPx: rowPx - 3,
      label: room > 40 ? cutToFit(p.event.title, room) : null,
      title: `${formatDateRange(p.event.span, p.event.endSpan)}: ${p.event.title}`,
      selected: p.event.id === selectedId,
    };
  });
}

/** "2014", "2010–2014", "Q1 2014 (January–March)", "April 2021", "week of 12 April 2021". */
export function describeBin(fromMs: number, toMs: number, unit: BinUnit): string {
  const a = new Date(fromMs);
  const b = new Date(toMs - 1);
  const y = a.getUTCFullYear();
  const month = (d: Date) => MONTHS[d.getUTCMonth()] ?? '';
  switch (unit) {
    case 'week':
      return `the week of ${a.getUTCDate()} ${month(a)} ${y}`;
    case 'month':
      return `${month(a)} ${y}`;
    case 'quarter':
      return `${month(a)}–${month(b)} ${y}`;
    case 'year':
      return String(y);
    default:
      return `${y}–${b.getUTCFullYear()}`;
  }
}

/** Bars for each band's bins, on one scale for all bands (so heights compare honestly). */
export function computeDensityModels(
  binsByBand: readonly { band: BandId; bins: readonly DensityBin[]; baseYPx: number }[],
  unit: BinUnit,
  maxBarPx: number,
  minHitPx: number,
): DensityBinModel[] {
  const max = Math.max(1, ...binsByBand.flatMap((b) => b.bins.map((bin) => bin.count)));
  return binsByBand.flatMap(({ band, bins, baseYPx }) =>
    bins.map((bin) => {
      const heightPx = Math.max(2, (bin.count / max) * maxBarPx);
      const hitHeightPx = Math.max(minHitPx, maxBarPx + 2);
      const range = describeBin(bin.fromMs, bin.toMs, unit);
      const who = band === 'us' ? 'US' : band === 'ru' ? 'Russian' : 'joint';
      return {
        key: `${band}:${bin.fromMs}`,
        band,
        fromMs: bin.fromMs,
        toMs: bin.toMs,
        count: bin.count,
        x0Px: bin.x0Px,
        x1Px: bin.x1Px,
        yPx: baseYPx - heightPx,
        heightPx,
        hitYPx: baseYPx - hitHeightPx,
        hitHeightPx,
        ariaLabel: `${bin.count} ${who} ${bin.count === 1 ? 'act' : 'acts'}, ${range}. Activate to zoom in.`,
      };
    }),
  );
}

/** A curve from one mark to another, bowing upward by a height that grows with the distance. */
export function arcPath(x1: number, y1: number, x2: number, y2: number): string {
  const mx = (x1 + x2) / 2;
  const lift = Math.min(90, 18 + Math.abs(x2 - x1) / 4);
  const cy = Math.min(y1, y2) - lift;
  return `M${x1.toFixed(1)},${y1.toFixed(1)} Q${mx.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
}

/** Arcs between the open event and what it answered or what answered it, where both are drawn. */
export function computeArcModels(
  selected: TimelineEvent | undefined,
  answeredBy: ReadonlyMap<string, readonly string[]>,
  positionOf: (id: string) => { xPx: number; yPx: number } | undefined,
): ArcModel[] {
  if (!selected) return [];
  const pairs: [string, string][] = [
    ...selected.respondsTo.map((t): [string, string] => [selected.id, t]),
    ...(answeredBy.get(selected.id) ?? []).map((a): [string, string] => [a, selected.id]),
  ];
  const arcs: ArcModel[] = [];
  for (const [from, to] of pairs) {
    const a = positionOf(from);
    const b = positionOf(to);
    if (!a || !b || from === to) continue;
    arcs.push({ key: `${from}->${to}`, path: arcPath(b.xPx, b.yPx, a.xPx, a.yPx), fromKey: from, toKey: to });
  }
  return arcs;
}
