/**
 * The painter: joins the render model to the <svg> by key and sets attributes. It reads no store,
 * fetches nothing and formats no dates; all of that happened in computeRenderModel.
 */
import { type Selection, select } from 'd3-selection';
import type { ArcModel, BandModel, EraModel, RenderModel, SpanModel } from '../renderModel';
import type { Tick } from '../ticks';
import { paintDensity, paintLabels, paintMarks } from './paintMarks';
import { paintTone } from './paintTone';

export { LABEL_GAP_PX, MARK_R } from './paintMarks';

function layer(svg: Selection<SVGSVGElement, unknown, null, undefined>, name: string) {
  return svg
    .selectAll<SVGGElement, string>(`g.layer-${name}`)
    .data([name])
    .join('g')
    .attr('class', `layer layer-${name}`);
}

function paintBands(svg: Selection<SVGSVGElement, unknown, null, undefined>, model: RenderModel): void {
  const g = layer(svg, 'bands')
    .selectAll<SVGGElement, BandModel>('g.band')
    .data(model.bands, (d) => d.id)
    .join((enter) => {
      const b = enter.append('g').attr('class', (d) => `band band-${d.id}`);
      b.append('rect').attr('class', 'band-bg');
      b.append('text').attr('class', 'band-label').attr('text-anchor', 'middle').attr('dy', '0.35em');
      return b;
    });
  g.select('rect')
    .attr('x', 0)
    .attr('y', (d) => d.yPx)
    .attr('width', model.widthPx)
    .attr('height', (d) => d.heightPx);
  // Labels sit in the gutter left of the plot (the <svg> overflows into its container's padding); a band too
  // short for its name on end has it written across its left end instead, in its count strip.
  g.select('text')
    .attr('transform', (d) =>
      d.labelAcross ? `translate(4,${d.labelYPx})` : `translate(-8,${d.labelYPx}) rotate(-90)`,
    )
    .attr('text-anchor', (d) => (d.labelAcross ? 'start' : 'middle'))
    .classed('across', (d) => d.labelAcross)
    .text((d) => d.label);
}

function paintEras(svg: Selection<SVGSVGElement, unknown, null, undefined>, eras: readonly EraModel[]): void {
  const g = layer(svg, 'eras')
    .selectAll<SVGGElement, EraModel>('g.era')
    .data(eras, (d) => d.id)
    .join((enter) => {
      const e = enter.append('g').attr('class', (d) => `era era-${d.kind}`);
      e.append('rect');
      e.append('text').attr('dy', '0.35em');
      e.append('title');
      return e;
    });
  g.select('rect')
    .attr('x', (d) => d.x0Px)
    .attr('y', (d) => d.yPx)
    .attr('width', (d) => Math.max(0, d.x1Px - d.x0Px - 1))
    .attr('height', (d) => d.heightPx);
  g.select('text')
    .attr('x', (d) => Math.max(d.x0Px, 0) + 5)
    .attr('y', (d) => d.yPx + d.heightPx / 2)
    .text((d) => d.label);
  g.select('title').text((d) => d.title);
}

function paintAxis(svg: Selection<SVGSVGElement, unknown, null, undefined>, model: RenderModel): void {
  const axis = layer(svg, 'axis');
  axis
    .selectAll('line.axis-line')
    .data([0])
    .join('line')
    .attr('class', 'axis-line')
    .attr('x1', 0)
    .attr('x2', model.widthPx)
    .attr('y1', model.axisYPx)
    .attr('y2', model.axisYPx);
  const t = axis
    .selectAll<SVGGElement, Tick>('g.tick')
    .data(model.ticks, (d) => String(d.ms))
    .join((enter) => {
      const g = enter.append('g');
      g.append('line').attr('class', 'gridline');
      g.append('text').attr('dy', '1.2em');
      return g;
    })
    .attr('class', (d) => (d.major ? 'tick major' : 'tick'))
    .attr('transform', (d) => `translate(${d.xPx.toFixed(1)},0)`);
  t.select('line')
    .attr('y1', model.bands[0]?.yPx ?? 0)
    .attr('y2', model.axisYPx + 4);
  t.select('text')
    .attr('y', model.axisYPx + 2)
    .attr('text-anchor', (d) => d.anchor)
    .text((d) => d.label);
}

function paintArcs(svg: Selection<SVGSVGElement, unknown, null, undefined>, arcs: readonly ArcModel[]): void {
  const defs = svg.selectAll('defs.arrows').data([0]).join('defs').attr('class', 'arrows');
  defs
    .selectAll('marker')
    .data(['arrow'])
    .join((enter) =>
      enter
        .append('marker')
        .attr('id', 'tl-arrow')
        .attr('viewBox', '0 0 10 10')
        .attr('refX', 9)
        .attr('refY', 5)
        .attr('markerWidth', 7)
        .attr('markerHeight', 7)
        .attr('orient', 'auto-start-reverse')
        .call((m) => m.append('path').attr('d', 'M0,0L10,5L0,10z').attr('class', 'arrow-head')),
    );
  layer(svg, 'arcs')
    .selectAll<SVGPathElement, ArcModel>('path.arc')
    .data(arcs, (d) => d.key)
    .join('path')
    .attr('class', 'arc')
    .attr('d', (d) => d.path)
    .attr('marker-end', 'url(#tl-arrow)');
}

function paintSpans(svg: Selection<SVGSVGElement, unknown, null, undefined>, model: RenderModel): void {
  const strip = layer(svg, 'spans');
  strip
    .selectAll<SVGTextElement, NonNullable<RenderModel['spanStrip']>>('text.strip-label')
    .data(model.spanStrip && model.spanStrip.heightPx >= 50 ? [model.spanStrip] : [])
    .join('text')
    .attr('class', 'strip-label band-label')
    .attr('transform', (d) => `translate(-8,${d.yPx + d.heightPx / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('dy', '0.35em')
    .text('In force');
  const g = strip
    .selectAll<SVGGElement, SpanModel>('g.span')
    .data(model.spans, (d) => d.eventId)
    .join((enter) => {
      const e = enter.append('g');
      e.append('rect');
      e.append('text').attr('dy', '0.35em');
      e.append('title');
      return e;
    })
    .attr('class', (d) => `span cat-${d.category}${d.selected ? ' selected' : ''}`)
    .attr('data-span-for', (d) => d.eventId);
  g.select('rect')
    .attr('x', (d) => d.x0Px)
    .attr('y', (d) => d.yPx)
    .attr('width', (d) => Math.max(2, d.x1Px - d.x0Px))
    .attr('height', (d) => d.heightPx)
    .attr('rx', 2);
  g.select('text')
    .attr('x', (d) => Math.max(d.x0Px, 0) + 5)
    .attr('y', (d) => d.yPx + d.heightPx / 2)
    .text((d) => d.label ?? '');
  g.select('title').text((d) => d.title);
}

let clipCounter = 0;

/** Clips the plot (not the band labels in the gutter) to the chart's width; one clip id per <svg>. */
function paintClip(svg: Selection<SVGSVGElement, unknown, null, undefined>, model: RenderModel): string {
  const el = svg.node() as SVGSVGElement;
  if (!el.dataset.clipId) {
    clipCounter += 1;
    el.dataset.clipId = `tl-clip-${clipCounter}`;
  }
  const id = el.dataset.clipId;
  svg
    .selectAll('defs.clip')
    .data([0])
    .join('defs')
    .attr('class', 'clip')
    .selectAll('clipPath')
    .data([id])
    .join((enter) => enter.append('clipPath').call((c) => c.append('rect')))
    .attr('id', (d) => d)
    .select('rect')
    .attr('x', 0)
    .attr('y', -4)
    .attr('width', model.widthPx)
    .attr('height', model.heightPx + 8);
  return id;
}

export function renderTimeline(svgEl: SVGSVGElement, model: RenderModel): void {
  const svg = select(svgEl);
  const clipId = paintClip(svg, model);
  svg
    .attr('width', model.widthPx)
    .attr('height', model.heightPx)
    .attr('viewBox', `0 0 ${model.widthPx} ${model.heightPx}`);
  paintEras(svg, model.eras);
  paintBands(svg, model);
  paintAxis(svg, model);
  paintSpans(svg, model);
  paintDensity(svg, layer, model.density);
  paintTone(svg, model.tone);
  paintArcs(svg, model.arcs);
  paintMarks(svg, layer, model.marks);
  paintLabels(svg, layer, model.marks);
  // Layer order is fixed (later paints on top): the bars under the marks, labels under the marks' hit areas.
  for (const name of ['eras', 'bands', 'axis', 'density', 'tone', 'spans', 'arcs', 'labels', 'marks']) {
    svg
      .select(`g.layer-${name}`)
      .raise()
      .attr('clip-path', name === 'bands' ? null : `url(#${clipId})`);
  }
}
