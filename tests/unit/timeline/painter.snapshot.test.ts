/**
 * Snapshots of the painter: the SVG it draws for a render model, normalised (numbers rounded to 0.1 px,
 * attributes sorted), for the views people see first. A change to layout or painting shows here as a diff
 * to review, as Observable Plot's tests do. Text is measured at 6.5 px a character (no canvas in jsdom).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Domain } from '../../../src/data/domain';
import { computeFullDomain } from '../../../src/data/domain';
import type { Dataset } from '../../../src/data/model';
import { validateDataset } from '../../../src/data/validate';
import { renderTimeline } from '../../../src/timeline/render/renderTimeline';
import { computeRenderModel } from '../../../src/timeline/renderModel';
import { layoutOptions } from '../../../src/ui/chart/timelineOptions';

const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../data-fixtures/timeline300.json'), 'utf8'));
const data = validateDataset(raw).dataset as Dataset;
const measure = (t: string) => t.length * 6.5;
const first = data.events[0]?.startMs ?? 0;
const last = Math.max(...data.events.map((e) => e.endMs));
const whole = computeFullDomain([first, last]);
const spring2021: Domain = [Date.UTC(2021, 2, 1), Date.UTC(2021, 6, 1)];

/** Serialises an element with sorted attributes and numbers rounded, one element per line. */
function normalise(el: Element, depth = 0): string {
  const attrs = [...el.attributes]
    .map((a) => [a.name, a.value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))] as const)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([n, v]) => ` ${n}="${v}"`)
    .join('');
  const pad = '  '.repeat(depth);
  const kids = [...el.children];
  const text = kids.length === 0 ? (el.textContent ?? '') : '';
  if (kids.length === 0) return `${pad}<${el.tagName}${attrs}>${text}</${el.tagName}>`;
  return [`${pad}<${el.tagName}${attrs}>`, ...kids.map((k) => normalise(k, depth + 1)), `${pad}</${el.tagName}>`].join(
    '\n',
  );
}

function paint(opts: { domain: Domain; widthPx: number; compact?: boolean; tiny?: boolean; selectedId?: string }) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const compact = opts.compact ?? false;
  const model = computeRenderModel({
    dataset: data,
    events: data.events,
    domain: opts.domain,
    widthPx: opts.widthPx,
    selectedId: opts.selectedId ?? null,
    focusId: null,
    layout: layoutOptions(opts.widthPx, measure, compact, opts.tiny ?? false),
    rowHeightPx: compact ? 22 : 24,
    showEras: !compact,
    showSpans: !opts.tiny,
    focusable: true,
  });
  renderTimeline(svg, model);
  return `${normalise(svg)}\n`;
}

describe('the painter', () => {
  it('draws the whole period on a desktop', async () => {
    await expect(paint({ domain: whole, widthPx: 1180 })).toMatchFileSnapshot('__snapshots__/whole-desktop.svg.txt');
  });
  it('draws spring 2021 with an open event and its response arcs', async () => {
    await expect(
      paint({ domain: spring2021, widthPx: 1180, selectedId: '2021-04-15-us-attributes-solarwinds-to-svr' }),
    ).toMatchFileSnapshot('__snapshots__/spring2021-desktop.svg.txt');
  });
  it('draws the whole period on a phone', async () => {
    await expect(paint({ domain: whole, widthPx: 340 })).toMatchFileSnapshot('__snapshots__/whole-phone.svg.txt');
  });
  it('draws an embed of spring 2021 in a blog column', async () => {
    await expect(paint({ domain: spring2021, widthPx: 560, compact: true })).toMatchFileSnapshot(
      '__snapshots__/spring2021-embed.svg.txt',
    );
  });
});
