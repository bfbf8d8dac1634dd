/**
 * SVG path data for each category's shape, centred on (0,0) with radius r. Open shapes are drawn with a
 * stroke and no fill (the CSS class says which), so filled and open twins stay distinguishable.
 */
import type { ShapeId } from '../data/categories';

const f = (n: number) => Number(n.toFixed(2));

function polygon(points: readonly (readonly [number, number])[]): string {
  return `${points.map(([x, y], i) => `${i ? 'L' : 'M'}${f(x)},${f(y)}`).join('')}Z`;
}

function circle(r: number): string {
  return `M${f(-r)},0A${f(r)},${f(r)} 0 1,0 ${f(r)},0A${f(r)},${f(r)} 0 1,0 ${f(-r)},0Z`;
}

function star(r: number): string {
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i += 1) {
    const rad = i % 2 === 0 ? r * 1.15 : r * 0.5;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    pts.push([rad * Math.cos(a), rad * Math.sin(a)]);
  }
  return polygon(pts);
}

function plus(r: number): string {
  const t = r * 0.38;
  return polygon([
    [-t, -r],
    [t, -r],
    [t, -t],
    [r, -t],
    [r, t],
    [t, t],
    [t, r],
    [-t, r],
    [-t, t],
    [-r, t],
    [-r, -t],
    [-t, -t],
  ]);
}

function wye(r: number): string {
  const pts: [number, number][] = [];
  const t = r * 0.32;
  for (let k = 0; k < 3; k += 1) {
    const a = (2 * Math.PI * k) / 3 - Math.PI / 2;
    const c = Math.cos(a);
    const s = Math.sin(a);
    const rot = (x: number, y: number): [number, number] => [x * c - y * s, x * s + y * c];
    pts.push(rot(t * 0.58, -t), rot(r, -t), rot(r, t), rot(t * 0.58, t));
  }
  return polygon(pts);
}

/** Paths already written: every mark of a category has the same one, so each is built once per size. */
const built = new Map<string, string>();

export function shapePath(shape: ShapeId, r: number): string {
  const key = `${shape}:${r}`;
  let path = built.get(key);
  if (path === undefined) {
    path = buildShapePath(shape, r);
    built.set(key, path);
  }
  return path;
}

function buildShapePath(shape: ShapeId, r: number): string {
  switch (shape) {
    case 'circle':
    case 'ring':
      return circle(r * 0.9);
    case 'square':
    case 'square-open':
      return polygon([
        [-r * 0.8, -r * 0.8],
        [r * 0.8, -r * 0.8],
        [r * 0.8, r * 0.8],
        [-r * 0.8, r * 0.8],
      ]);
    case 'diamond':
    case 'diamond-open':
      return polygon([
        [0, -r * 1.1],
        [r * 1.1, 0],
        [0, r * 1.1],
        [-r * 1.1, 0],
      ]);
    case 'triangle':
    case 'triangle-open':
      return polygon([
        [0, -r * 1.05],
        [r, r * 0.8],
        [-r, r * 0.8],
      ]);
    case 'triangle-down':
      return polygon([
        [-r, -r * 0.8],
        [r, -r * 0.8],
        [0, r * 1.05],
      ]);
    case 'star':
      return star(r);
    case 'plus':
      return plus(r);
    case 'wye':
      return wye(r);
    default:
      return polygon([
        [-r * 0.5, -r * 0.5],
        [r * 0.5, -r * 0.5],
        [r * 0.5, r * 0.5],
        [-r * 0.5, r * 0.5],
      ]);
  }
}

export function isOpenShape(shape: ShapeId): boolean {
  return shape === 'ring' || shape === 'square-open' || shape === 'diamond-open' || shape === 'triangle-open';
}
