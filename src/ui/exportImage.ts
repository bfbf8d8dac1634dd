/**
 * The timeline as a picture a researcher can put in a paper: the drawn SVG with its computed styles inlined,
 * framed by a title, the period and filters, a legend of the categories shown, and a credit line naming the
 * dataset and its address. PNG is the same SVG rasterised at twice the size. Text from the data may hold
 * characters XML forbids; they are dropped so the SVG is well-formed (and the PNG can be drawn from it).
 * Every failure throws an Error whose message the page shows.
 */
import { categoryLabel, categoryShape } from '../data/categories';
import { toIsoDay } from '../data/dates';
import { stripXmlForbidden } from '../data/plainText';
import { describeFilters } from '../state/queries';
import type { AppStore } from '../state/store';
import { isOpenShape, shapePath } from '../timeline/shapes';
import { downloadBlob } from './download';
import { viewUrl } from './links';

const NS = 'http://www.w3.org/2000/svg';
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'letter-spacing',
] as const;

function inlineStyles(source: Element, target: Element): void {
  const cs = getComputedStyle(source);
  if (cs.display === 'none') {
    target.remove();
    return;
  }
  const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  if (cs.textTransform === 'uppercase' && target.childElementCount === 0 && target.textContent) {
    target.textContent = target.textContent.toUpperCase();
  }
  for (const attr of ['tabindex', 'role', 'aria-pressed', 'class']) target.removeAttribute(attr);
  const from = [...source.children];
  const to = [...target.children];
  from.forEach((child, i) => {
    const t = to[i];
    if (t) inlineStyles(child, t);
  });
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A theme colour as rgb(): custom properties hold light-dark() unresolved, so resolve it on a probe. */
function cssVar(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${name})`;
  probe.hidden = true;
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour || '#000';
}

/** Drops what XML 1.0 forbids from every text and attribute under `root`. */
function keepXmlCharacters(root: Element): void {
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    node.nodeValue = stripXmlForbidden(node.nodeValue ?? '');
  }
  for (const e of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...e.attributes]) attr.value = stripXmlForbidden(attr.value);
  }
}

export function buildTimelineSvg(
  store: AppStore,
  drawn: SVGSVGElement | null,
): { svg: SVGSVGElement; width: number; height: number } {
  const s = store.getState();
  if (!drawn || !s.dataset) throw new Error('The timeline is not drawn yet.');
  const chart = drawn.cloneNode(true) as SVGSVGElement;
  inlineStyles(drawn, chart);
  for (const ring of chart.querySelectorAll('rect:not([style*="fill"])')) ring.remove();
  const chartW = Number(drawn.getAttribute('width'));
  const chartH = Number(drawn.getAttribute('height'));
  const pad = 28;
  const width = chartW + 2 * pad;
  const ink = cssVar('--ink');
  const muted = cssVar('--ink-2');
  const sans = getComputedStyle(document.body).fontFamily;

  const cats = [...new Set(store.select.eventsOnScreen(s).map((e) => e.category))];
  const legendCols = Math.max(1, Math.floor(chartW / 190));
  const legendRows = Math.ceil(cats.length / legendCols);
  const height = 78 + chartH + 18 + legendRows * 20 + 40;
  const out = el('svg', { xmlns: NS, width, height, viewBox: `0 0 ${width} ${height}` }) as SVGSVGElement;
  out.append(el('rect', { x: 0, y: 0, width, height, fill: cssVar('--paper') }));
  out.append(
    el(
      'text',
      { x: pad, y: 34, 'font-family': 'Georgia, serif', 'font-size': 22, 'font-weight': 700, fill: ink },
      s.dataset.title,
    ),
  );
  const filters = [`${toIsoDay(s.domain[0])} to ${toIsoDay(s.domain[1] - 1)}`, ...describeFilters(s)];
  out.append(el('text', { x: pad, y: 58, 'font-family': sans, 'font-size': 13, fill: muted }, filters.join(' · ')));
  chart.setAttribute('x', String(pad));
  chart.setAttribute('y', '70');
  chart.setAttribute('overflow', 'visible');
  out.append(chart);

  const legendY = 70 + chartH + 24;
  cats.forEach((c, i) => {
    const x = pad + (i % legendCols) * 190;
    const y = legendY + Math.floor(i / legendCols) * 20;
    const colour = cssVar(`--c-${c}`);
    const open = isOpenShape(categoryShape(c));
    out.append(
      el('path', {
        d: shapePath(categoryShape(c), 6),
        transform: `translate(${x + 6},${y})`,
        fill: open ? 'none' : colour,
        stroke: colour,
        'stroke-width': open ? 2 : 0,
      }),
    );
    out.append(el('text', { x: x + 18, y: y + 4, 'font-family': sans, 'font-size': 12, fill: ink }, categoryLabel(c)));
  });
  const credit = `Data: ${s.dataset.title}, version ${s.dataset.version}, ${s.dataset.license}. ${viewUrl(s)}`;
  out.append(el('text', { x: pad, y: height - 16, 'font-family': sans, 'font-size': 11, fill: muted }, credit));
  keepXmlCharacters(out);
  return { svg: out, width, height };
}

const PNG_FAILED = 'The picture could not be made as PNG';

async function rasterise(svgText: string, width: number, height: number): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  try {
    await img.decode();
  } catch {
    throw new Error(`${PNG_FAILED}: the browser could not draw the timeline's SVG. Download it as SVG instead.`);
  }
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`${PNG_FAILED}: this browser cannot draw on a canvas. Download it as SVG instead.`);
  ctx.scale(2, 2);
  ctx.drawImage(img, 0, 0);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) {
    throw new Error(
      'The picture could not be encoded as PNG (the browser may lack memory for it): narrow the window, or download it as SVG.',
    );
  }
  return blob;
}

export async function exportTimelineImage(
  store: AppStore,
  drawn: SVGSVGElement | null,
  format: 'svg' | 'png',
): Promise<void> {
  const s = store.getState();
  const { svg, width, height } = buildTimelineSvg(store, drawn);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
  const name = `us-russia-timeline-${toIsoDay(s.domain[0])}-${toIsoDay(s.domain[1] - 1)}`;
  if (format === 'svg') {
    downloadBlob(`${name}.svg`, new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
    return;
  }
  downloadBlob(`${name}.png`, await rasterise(text, width, height));
}
