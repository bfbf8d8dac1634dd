/**
 * Stands in for d3-interpolate, of which d3-zoom uses only `interpolateZoom` (the path of a smooth zoom between
 * two views, for zoom transitions). The package's entry also brings d3-color's colour spaces (about 5.6 KB
 * gzipped, whose module-level definitions keep them from being shaken out) onto the first page, though nothing
 * here interpolates a colour. Resolved in place of d3-interpolate by vite.config.ts (ALIASES).
 *
 * `interpolateZoom` as d3-interpolate 3 defines it (van Wijk and Nuij, "Smooth and efficient zooming and
 * panning"); d3-interpolate: Copyright 2010-2026 Mike Bostock, ISC licence.
 */

/** A view: centre x, centre y, and the width shown. */
type View = readonly [number, number, number];

export interface ZoomInterpolator {
  (t: number): [number, number, number];
  /** The recommended length of the transition in ms. */
  duration: number;
}

export interface ZoomInterpolatorFactory {
  (p0: View, p1: View): ZoomInterpolator;
  /** The same with another curvature. */
  rho(rho: number): ZoomInterpolatorFactory;
}

const EPSILON2 = 1e-12;
const cosh = (x: number) => {
  const e = Math.exp(x);
  return (e + 1 / e) / 2;
};
const sinh = (x: number) => {
  const e = Math.exp(x);
  return (e - 1 / e) / 2;
};
const tanh = (x: number) => {
  const e = Math.exp(2 * x);
  return (e - 1) / (e + 1);
};

function zoomRho(rho: number, rho2: number, rho4: number): ZoomInterpolatorFactory {
  const zoom = (p0: View, p1: View): ZoomInterpolator => {
    const [ux0, uy0, w0] = p0;
    const [ux1, uy1, w1] = p1;
    const dx = ux1 - ux0;
    const dy = uy1 - uy0;
    const d2 = dx * dx + dy * dy;
    let S: number;
    let at: (t: number) => [number, number, number];
    if (d2 < EPSILON2) {
      // The same centre: only the scale changes.
      S = Math.log(w1 / w0) / rho;
      at = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(rho * t * S)];
    } else {
      const d1 = Math.sqrt(d2);
      const b0 = (w1 * w1 - w0 * w0 + rho4 * d2) / (2 * w0 * rho2 * d1);
      const b1 = (w1 * w1 - w0 * w0 - rho4 * d2) / (2 * w1 * rho2 * d1);
      const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
      const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
      S = (r1 - r0) / rho;
      at = (t) => {
        const s = t * S;
        const coshr0 = cosh(r0);
        const u = (w0 / (rho2 * d1)) * (coshr0 * tanh(rho * s + r0) - sinh(r0));
        return [ux0 + u * dx, uy0 + u * dy, (w0 * coshr0) / cosh(rho * s + r0)];
      };
    }
    return Object.assign(at, { duration: (Math.abs(S) * 1000 * rho) / Math.SQRT2 });
  };
  return Object.assign(zoom, {
    rho: (r: number) => {
      const r1 = Math.max(1e-3, +r);
      const r2 = r1 * r1;
      return zoomRho(r1, r2, r2 * r2);
    },
  });
}

export const interpolateZoom: ZoomInterpolatorFactory = zoomRho(Math.SQRT2, 2, 4);
