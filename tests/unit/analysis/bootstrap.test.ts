import { describe, expect, it } from 'vitest';
import {
  computeBootstrapInterval,
  computeBootstrapMeans,
  computeQuantile,
  createBootstrapJob,
} from '../../../src/analysis/bootstrap';
import { createRandom } from '../../../src/data/random';

/** A stub that returns the given numbers in turn. */
const sequence = (xs: number[]) => {
  let i = 0;
  return () => xs[i++ % xs.length] as number;
};

describe('computeQuantile', () => {
  it('interpolates between neighbours (type 7)', () => {
    // n = 5, p = 0.05: h = 4 · 0.05 = 0.2 → 10 + 0.2 · (20 − 10) = 12.
    expect(computeQuantile([10, 20, 30, 40, 50], 0.05)).toBeCloseTo(12, 12);
    // p = 0.95: h = 3.8 → 40 + 0.8 · 10 = 48.
    expect(computeQuantile([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48, 12);
    expect(computeQuantile([7], 0.5)).toBe(7);
    expect(computeQuantile([], 0.5)).toBeNaN();
  });
});

describe('computeBootstrapMeans', () => {
  it('draws index ⌊u·n⌋ for each u and averages each resample', () => {
    // values [−2, 0, 1]; u = 0.0, 0.5, 0.9 → indices 0, 1, 2 → (−2 + 0 + 1) / 3 = −1/3;
    // u = 0.4, 0.4, 0.4 → index 1 three times → 0.
    const means = computeBootstrapMeans([-2, 0, 1], 2, sequence([0, 0.5, 0.9, 0.4, 0.4, 0.4]));
    expect([...means]).toEqual([-1 / 3, 0]);
  });
});

describe('computeBootstrapInterval', () => {
  it('reads the interval off the sorted resample means', () => {
    // Means as above, sorted [−1/3, 0]; level 0.5 → p = 0.25 and 0.75:
    // h = 0.25 → −1/3 + 0.25 · 1/3 = −0.25; h = 0.75 → −1/3 + 0.75 · 1/3 = −1/12.
    const [low, high] = computeBootstrapInterval([-2, 0, 1], 2, 0.5, sequence([0, 0.5, 0.9, 0.4, 0.4, 0.4]));
    expect(low).toBeCloseTo(-0.25, 12);
    expect(high).toBeCloseTo(-1 / 12, 12);
  });

  it('gives a 90% interval close to mean ± 1.645 standard errors for a large, symmetric sample', () => {
    // 50 × −1 and 50 × +1: mean 0, standard deviation 1, standard error 1/√100 = 0.1, so ±0.1645
    // (a 95% interval would be ±0.196). B = 1000 leaves percentile noise of about ±0.015.
    const values = [...Array(50).fill(-1), ...Array(50).fill(1)];
    const [low, high] = computeBootstrapInterval(values, 1000, 0.9, createRandom('normal'));
    expect(Math.abs(low + 0.1645)).toBeLessThan(0.03);
    expect(Math.abs(high - 0.1645)).toBeLessThan(0.03);
  });

  it('is the same for the same seed and collapses to the value when all values are equal', () => {
    const values = [-2, -2, -1, 0, 2, 2, 1];
    expect(computeBootstrapInterval(values, 1000, 0.9, createRandom('s'))).toEqual(
      computeBootstrapInterval(values, 1000, 0.9, createRandom('s')),
    );
    expect(computeBootstrapInterval([1, 1, 1], 1000, 0.9, createRandom('s'))).toEqual([1, 1]);
  });
});

describe('createBootstrapJob', () => {
  it('gives the one-go interval however the work is cut, and says when it is done', () => {
    const values = [-2, -1, -1, 0, 2, 2, 1];
    const direct = computeBootstrapInterval(values, 300, 0.9, createRandom('job'));
    const job = createBootstrapJob(values, 300, 0.9, createRandom('job'));
    let steps = 0;
    // 10 draws a step is 2 resamples of 7 values (⌈10 / 7⌉): 150 steps.
    while (!job.step(10)) steps += 1;
    expect(steps + 1).toBe(150);
    expect(job.interval).toEqual(direct);
    expect(job.step(10)).toBe(true);
  });

  it('resamples at least once a step, and has no interval before the last', () => {
    const job = createBootstrapJob([1, 2, 3], 2, 0.5, sequence([0, 0.5, 0.9, 0.4, 0.4, 0.4]));
    expect(job.step(0)).toBe(false);
    expect(job.interval).toBeNull();
    expect(job.step(0)).toBe(true);
    // Means 2 and 2 → [2, 2].
    expect(job.interval).toEqual([2, 2]);
  });
});
