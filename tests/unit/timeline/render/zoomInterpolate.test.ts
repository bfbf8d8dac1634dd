import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpolateZoom } from '../../../../src/timeline/render/zoomInterpolate';

type Interp = ((t: number) => number[]) & { duration: number };
type Factory = ((a: number[], b: number[]) => Interp) & { rho(r: number): Factory };

// The package itself, by its file (the name is resolved to the stand-in in this project's builds and tests).
const D3 = join(import.meta.dirname, '../../../../node_modules/d3-interpolate/dist/d3-interpolate.mjs');

describe('interpolateZoom (in place of d3-interpolate’s)', () => {
  it('gives the same path and duration as d3-interpolate', async () => {
    const d3: Factory = (await import(D3)).interpolateZoom;
    const pairs: [number[], number[]][] = [
      [
        [0, 0, 100],
        [300, 40, 20],
      ],
      [
        [10, 10, 50],
        [10, 10, 400],
      ],
      [
        [-50, 200, 10],
        [800, -30, 10],
      ],
    ];
    for (const [a, b] of pairs) {
      for (const f of [[interpolateZoom, d3] as const, [interpolateZoom.rho(0.5), d3.rho(0.5)] as const]) {
        const ours = f[0](a as [number, number, number], b as [number, number, number]);
        const theirs = f[1](a, b);
        expect(ours.duration).toBeCloseTo(theirs.duration, 9);
        for (const t of [0, 0.25, 0.5, 0.9, 1]) {
          for (const [i, v] of ours(t).entries()) expect(v).toBeCloseTo(theirs(t)[i] as number, 9);
        }
      }
    }
  });
});
