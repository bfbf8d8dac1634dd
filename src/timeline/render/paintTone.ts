/**
 * The tone strip: joined by the bin's first day, attributes set, nothing computed. The layer exists only while
 * the model has a strip, and carries the DOM contract: data-testid="tone", each bin with data-from, data-to,
 * data-n and (when it has a mean) data-mean.
 */
import type { Selection } from 'd3-selection';
import type { ToneBinModel, ToneStripModel } from '../toneModel';

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;

const CAP_PX = 2;

export function paintTone(svg: Svg, tone: ToneStripModel | null): void {
  const layer = svg
    .selectAll<SVGGElement, ToneStripModel>('g.layer-tone')
    .data(tone ? [tone] : [])
    .join('g')
    .attr('class', (d) => `layer layer-tone${d.loading ? ' loading' : ''}`)
    .attr('data-testid', 'tone')
    .attr('data-unit', (d) => d.unit)
    .attr('role', 'group')
    .attr('aria-label', (d) => d.ariaLabel);
  // The strip's name in the gutter left of the plot, outside the clipped layer (as the bands' names are).
  svg
    .selectAll<SVGTextElement, ToneStripModel>('text.tone-label')
    .data(tone ? [tone] : [])
    .join('text')
    .attr('class', 'tone-label band-label')
    .attr('aria-hidden', 'true')
    .attr('transform', (d) => `translate(-8,${d.yPx + d.heightPx / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('dy', '0.35em')
    .text('Tone');
  if (!tone) return;
  layer
    .selectAll<SVGLineElement, ToneStripModel>('line.tone-zero')
    .data((d) => [d])
    .join('line')
    .attr('class', 'tone-zero')
    .attr('x1', 0)
    .attr('x2', (d) => d.widthPx)
    .attr('y1', (d) => d.zeroYPx)
    .attr('y2', (d) => d.zeroYPx);
  const g = layer
    .selectAll<SVGGElement, ToneBinModel>('g.tone-bin')
    .data(
      (d) => d.bins,
      (d) => d.key,
    )
    .join((enter) => {
      const b = enter.append('g').attr('role', 'button').attr('tabindex', -1);
      b.append('rect').attr('class', 'hit');
      b.append('rect').attr('class', 'tone-bar');
      b.append('path').attr('class', 'tone-ci');
      b.append('text').attr('class', 'tone-n').attr('text-anchor', 'middle');
      b.append('title');
      return b;
    })
    .order();
  g.attr('class', (d) => `tone-bin ${d.sign}`)
    .attr('data-from', (d) => d.from)
    .attr('data-to', (d) => d.to)
    .attr('data-n', (d) => d.n)
    .attr('data-mean', (d) => d.meanText)
    .attr('aria-label', (d) => d.ariaLabel);
  g.select('rect.hit')
    .attr('x', (d) => d.x0Px)
    .attr('y', tone.yPx)
    .attr('width', (d) => Math.max(1, d.x1Px - d.x0Px))
    .attr('height', tone.heightPx);
  g.select('rect.tone-bar')
    .attr('x', (d) => d.x0Px + 1)
    .attr('y', (d) => d.barYPx)
    .attr('width', (d) => Math.max(1, d.x1Px - d.x0Px - 2))
    .attr('height', (d) => d.barHeightPx);
  g.select('path.tone-ci').attr('d', (d) =>
    d.ci
      ? `M${d.ci.xPx - CAP_PX},${d.ci.y0Px}H${d.ci.xPx + CAP_PX}M${d.ci.xPx},${d.ci.y0Px}V${d.ci.y1Px}M${d.ci.xPx - CAP_PX},${d.ci.y1Px}H${d.ci.xPx + CAP_PX}`
      : null,
  );
  g.select('text.tone-n')
    .attr('x', (d) => (d.x0Px + d.x1Px) / 2)
    .attr('y', tone.countYPx)
    .text((d) => d.countLabel ?? '');
  g.select('title').text((d) => d.ariaLabel.replace(/ Activate to show this period\.$/, ''));
}
