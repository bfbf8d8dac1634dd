/** Marks, their labels and the density bars: joined by key, attributes set, nothing computed. */
import type { Selection } from 'd3-selection';
import type { DensityBinModel, MarkModel } from '../renderModel';
import { isOpenShape, shapePath } from '../shapes';

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
type LayerOf = (svg: Svg, name: string) => Selection<SVGGElement, string, SVGSVGElement, unknown>;

/** Must match the layout options the bridge passes (markRadiusPx, labelGapPx). */
export const MARK_R = 7;
export const LABEL_GAP_PX = 5;
/** A mark's hit area: at least 24 × 24 px (WCAG 2.5.8), larger than the shape it holds. */
const HIT_PX = 26;

/**
 * Each mark is three elements: the group (role, name, tab stop), its hit area (which also draws the focus
 * ring, chart.css) and its shape; an event dated only to a month or a year has a fourth, the dashed line of
 * the time it may fall in. Whether an event has that line is its date's precision: it is made with the mark,
 * and an event whose precision changes (another dataset with the same ids) gets a new mark.
 */
export function paintMarks(svg: Svg, layer: LayerOf, marks: readonly MarkModel[]): void {
  const g = layer(svg, 'marks')
    .selectAll<SVGGElement, MarkModel>('g.mark')
    .data(marks, (d) => (d.uncertainty ? `${d.key} ~` : d.key))
    .join((enter) => {
      const m = enter.append('g').attr('role', 'button');
      m.filter((d) => d.uncertainty !== null)
        .append('line')
        .attr('class', 'uncertainty');
      m.append('rect')
        .attr('class', 'hit')
        .attr('rx', 3)
        .attr('y', -HIT_PX / 2)
        .attr('width', HIT_PX)
        .attr('height', HIT_PX);
      m.append('path').attr('class', 'shape');
      return m;
    })
    // The DOM order is the time order: the tab order and a screen reader's reading order.
    .order();
  g.attr('class', (d) =>
    ['mark', `cat-${d.category}`, d.selected ? 'selected' : '', d.linked ? 'linked' : ''].filter(Boolean).join(' '),
  )
    .attr('data-event-id', (d) => d.key)
    .attr('tabindex', (d) => d.tabIndex)
    .attr('aria-label', (d) => d.ariaLabel)
    .attr('aria-pressed', (d) => String(d.selected))
    .attr('transform', (d) => `translate(0,${d.yPx.toFixed(1)})`);
  // A mark without the line selects nothing here (d3 skips the missing node).
  g.select<SVGLineElement>('line.uncertainty')
    .attr('x1', (d) => d.uncertainty?.x0Px ?? 0)
    .attr('x2', (d) => d.uncertainty?.x1Px ?? 0);
  g.select<SVGRectElement>('rect.hit').attr('x', (d) => d.xPx - HIT_PX / 2);
  g.select<SVGPathElement>('path.shape')
    .attr('d', (d) => shapePath(d.shape, MARK_R))
    .attr('transform', (d) => `translate(${d.xPx.toFixed(1)},0)`)
    .classed('open', (d) => isOpenShape(d.shape));
}

/**
 * Labels live in their own layer, outside the focusable marks, so a mark's accessible name is exactly its
 * aria-label (a shortened visible label inside it would not match). Clicking a label opens its event.
 */
export function paintLabels(svg: Svg, layer: LayerOf, marks: readonly MarkModel[]): void {
  layer(svg, 'labels')
    .attr('aria-hidden', 'true')
    .selectAll<SVGTextElement, MarkModel>('text.label')
    .data(
      marks.filter((m) => m.label !== null),
      (d) => d.key,
    )
    .join((enter) => enter.append('text').attr('class', 'label').attr('dy', '0.35em'))
    .classed('selected', (d) => d.selected)
    .attr('data-label-for', (d) => d.key)
    .attr('x', (d) => (d.labelSide === 'left' ? d.xPx - MARK_R - LABEL_GAP_PX : d.xPx + MARK_R + LABEL_GAP_PX))
    .attr('text-anchor', (d) => (d.labelSide === 'left' ? 'end' : null))
    .attr('y', (d) => d.yPx)
    .text((d) => d.label ?? '');
}

/** Each band's bars: how many events a bin holds. A bar stands for its events and zooms to its bin. */
export function paintDensity(svg: Svg, layer: LayerOf, bins: readonly DensityBinModel[]): void {
  const g = layer(svg, 'density')
    .selectAll<SVGGElement, DensityBinModel>('g.density-bin')
    .data(bins, (d) => d.key)
    .join((enter) => {
      const b = enter.append('g').attr('role', 'button').attr('tabindex', -1);
      b.append('rect').attr('class', 'hit');
      b.append('rect').attr('class', 'bar');
      return b;
    });
  g.attr('class', (d) => `density-bin cluster band-${d.band}`)
    .attr('data-cluster-count', (d) => d.count)
    .attr('aria-label', (d) => d.ariaLabel);
  g.select('rect.hit')
    .attr('x', (d) => d.x0Px)
    .attr('y', (d) => d.hitYPx)
    .attr('width', (d) => Math.max(1, d.x1Px - d.x0Px))
    .attr('height', (d) => d.hitHeightPx);
  g.select('rect.bar')
    .attr('x', (d) => d.x0Px + 0.5)
    .attr('y', (d) => d.yPx)
    .attr('width', (d) => Math.max(1, d.x1Px - d.x0Px - 1))
    .attr('height', (d) => d.heightPx);
}
