/**
 * The tone strip in the render model and the painter: where it sits, the DOM contract it writes, and a
 * normalised snapshot of the whole period with the strip.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeToneBins } from '../../../src/analysis/tone';
import { computeFullDomain, type Domain } from '../../../src/data/domain';
import type { Dataset } from '../../../src/data/model';
import { validateDataset } from '../../../src/data/validate';
import { renderTimeline } from '../../../src/timeline/render/renderTimeline';
import { computeRenderModel, type RenderInput } from '../../../src/timeline/renderModel';
import { TONE_STRIP_PX } from '../../../src/timeline/toneModel';
import { layoutOptions } from '../../../src/ui/chart/timelineOptions';

const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data-fixtures/timeline300.json'), 'utf8'));
const data = validateDataset(raw).dataset as Dataset;
const measure = (t: string) => t.length * 6.5;
const whole = computeFullDomain([data.events[0]?.startMs ?? 0, Math.max(...data.events.map((e) => e.endMs))]);

/** Halves away from zero, as 0.375 → 0.38 and −0.625 → −0.63 (the tiny epsilon undoes binary noise). */
const twoDecimals = (x: number) => ((Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9)) / 100).toFixed(2);

function input(domain: Domain, tone: RenderInput['tone']): RenderInput {
  return {
    dataset: data,
    events: data.events,
    domain,
    widthPx: 1180,
    selectedId: null,
    focusId: null,
    layout: layoutOptions(1180, measure, false, false),
    rowHeightPx: 24,
    tone,
  };
}

function paint(domain: Domain, tone: RenderInput['tone']) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const model = computeRenderModel(input(domain, tone));
  renderTimeline(svg, model);
  return { svg, model };
}

describe('the tone strip', () => {
  const bins = computeToneBins(data.events, whole, 'year', { seed: 'painter' });

  it('sits between the last band and the axis, and moves the axis down by its height and a gap', () => {
    const without = computeRenderModel(input(whole, undefined));
    const withTone = computeRenderModel(input(whole, { unit: 'year', bins }));
    const lastBand = withTone.bands[withTone.bands.length - 1];
    expect(without.tone).toBeNull();
    expect(withTone.tone?.yPx).toBe((lastBand?.yPx ?? 0) + (lastBand?.heightPx ?? 0) + 4);
    expect(withTone.axisYPx - without.axisYPx).toBe(TONE_STRIP_PX + 4);
    expect(withTone.marks.map((m) => [m.key, m.xPx, m.yPx])).toEqual(without.marks.map((m) => [m.key, m.xPx, m.yPx]));
  });

  it('writes the contract: data-testid="tone", each bin with data-from, data-to, data-n and data-mean from 3 events', () => {
    const { svg } = paint(whole, { unit: 'year', bins });
    const strip = svg.querySelector('[data-testid="tone"]');
    const drawn = [...(strip?.querySelectorAll('g.tone-bin') ?? [])].map((g) => [
      g.getAttribute('data-from'),
      g.getAttribute('data-to'),
      g.getAttribute('data-n'),
      g.getAttribute('data-mean'),
    ]);
    expect(drawn).toEqual(bins.map((b) => [b.from, b.to, String(b.n), b.n >= 3 ? twoDecimals(b.mean ?? 0) : null]));
    expect(drawn.length).toBeGreaterThan(5);
  });

  it('removes the strip and its label when the view stops asking for it', () => {
    const { svg } = paint(whole, { unit: 'year', bins });
    renderTimeline(svg, computeRenderModel(input(whole, undefined)));
    expect(svg.querySelector('[data-testid="tone"]')).toBeNull();
    expect(svg.querySelector('text.tone-label')).toBeNull();
  });

  it('keeps an empty strip, marked loading, before its bins arrive', () => {
    const { svg } = paint(whole, { unit: 'year', bins: null });
    const strip = svg.querySelector('[data-testid="tone"]');
    expect(strip?.getAttribute('class')).toBe('layer layer-tone loading');
    expect(strip?.querySelectorAll('g.tone-bin')).toHaveLength(0);
  });

  it('draws the whole period with the strip', async () => {
    const { svg } = paint(whole, { unit: 'year', bins });
    const layer = svg.querySelector('g.layer-tone') as Element;
    layer.removeAttribute('clip-path');
    // Coordinates to 0.1 px; the two decimals of the contract stay as written.
    const text = layer.outerHTML.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
    await expect(`${text.replace(/></g, '>\n<')}\n`).toMatchFileSnapshot('__snapshots__/tone-whole-desktop.svg.txt');
  });
});
