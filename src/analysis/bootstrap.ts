/**
 * Percentile bootstrap of a mean: resample the values with replacement B times, take each resample's mean,
 * and read the interval off the sorted means at (1 − level) / 2 and (1 + level) / 2. No assumption of a
 * normal distribution, which tone (five integer values, often piled at −2) would not meet.
 */
import type { Random } from '../data/random';

/**
 * The p-quantile of sorted values, interpolating between neighbours (Hyndman and Fan's type 7, the default
 * of R, NumPy and d3.quantile): h = (n − 1)·p, then x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
 */
export function computeQuantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(n - 1, lo + 1)] as number;
  return a + (h - lo) * (b - a);
}

/** The means of `resamples` resamples of `values`, in the order drawn: n draws of ⌊rand()·n⌋ each. */
export function computeBootstrapMeans(values: readonly number[], resamples: number, rand: Random): Float64Array {
  const n = values.length;
  const means = new Float64Array(resamples);
  if (n === 0) return means.fill(Number.NaN);
  for (let b = 0; b < resamples; b += 1) {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += values[Math.floor(rand() * n)] as number;
    means[b] = sum / n;
  }
  return means;
}

/** The percentile interval [low, high] of sorted resample means at `level` (0.9 for 90%). */
function readInterval(means: Float64Array, level: number): readonly [low: number, high: number] {
  means.sort();
  const tail = (1 - level) / 2;
  return [computeQuantile(means, tail), computeQuantile(means, 1 - tail)];
}

/** The percentile interval [low, high] of the mean at `level` (0.9 for 90%). */
export function computeBootstrapInterval(
  values: readonly number[],
  resamples: number,
  level: number,
  rand: Random,
): readonly [low: number, high: number] {
  return readInterval(computeBootstrapMeans(values, resamples, rand), level);
}

/**
 * The same interval computed in steps, so a page can spread the work over idle time: each `step(draws)`
 * resamples until about `draws` values have been drawn (whole resamples, at least one), and returns true once
 * all `resamples` are done; `interval` is then set. The draws come in the same order as in
 * computeBootstrapInterval, so the result is the same, however the work was cut.
 */
export interface BootstrapJob {
  step(draws: number): boolean;
  readonly interval: readonly [low: number, high: number] | null;
}

export function createBootstrapJob(
  values: readonly number[],
  resamples: number,
  level: number,
  rand: Random,
): BootstrapJob {
  const n = values.length;
  const means = new Float64Array(resamples);
  let done = 0;
  let interval: readonly [number, number] | null = null;
  const finish = () => {
    interval = readInterval(n === 0 ? means.fill(Number.NaN) : means, level);
    return true;
  };
  return {
    step(draws) {
      if (interval) return true;
      if (n === 0) return finish();
      const stop = Math.min(resamples, done + Math.max(1, Math.ceil(draws / n)));
      for (; done < stop; done += 1) {
        let sum = 0;
        for (let i = 0; i < n; i += 1) sum += values[Math.floor(rand() * n)] as number;
        means[done] = sum / n;
      }
      return done >= resamples ? finish() : false;
    },
    get interval() {
      return interval;
    },
  };
}
