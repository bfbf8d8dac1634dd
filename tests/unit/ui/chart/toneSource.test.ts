import { describe, expect, it, vi } from 'vitest';
import { computeToneBins } from '../../../../src/analysis/tone';
import { createToneSource, type ToneScheduler } from '../../../../src/ui/chart/toneSource';
import { ev, events } from '../../analysis/events';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

/** Idle callbacks run when the test says; the clock moves 1 ms each time it is read. */
function fakeScheduler() {
  const queue: (() => void)[] = [];
  let t = 0;
  const scheduler: ToneScheduler = {
    later: (work) => {
      queue.push(work);
      return () => queue.splice(queue.indexOf(work), 1);
    },
    now: () => {
      t += 1;
      return t;
    },
  };
  return {
    scheduler,
    queue,
    runAll: () => {
      while (queue.length) queue.shift()?.();
    },
  };
}

// Tones per year, with a seed no other test uses so the interval cache starts empty for them.
const LIST = events([
  ...[-2, -1, -2, 1].map((t, i) => ev(`a${i}`, `2003-0${i + 1}-11`, t)),
  ...[2, 1, 1].map((t, i) => ev(`b${i}`, `2004-0${i + 1}-12`, t)),
  ev('c0', '2005-05-05', 0),
]);

describe('createToneSource', () => {
  it('gives means at once, then the intervals in idle time, and asks for one redraw when they are all there', () => {
    const { scheduler, queue, runAll } = fakeScheduler();
    const redraw = vi.fn();
    const source = createToneSource(redraw, scheduler);
    // 3 years over 1200 px: months would be 36 bins at 33 px, so months.
    const domain = [utc(2003), utc(2006)] as const;
    const first = source.input(LIST, domain, 1200);
    expect(first.unit).toBe('month');
    const wide = source.input(LIST, domain, 300);
    // 36 months at 300 px are 8 px each, 12 quarters 25 px: quarters.
    expect(wide.unit).toBe('quarter');
    const years = source.input(LIST, [utc(1990), utc(2026)], 1200);
    expect(years.unit).toBe('year');
    const y2003 = years.bins?.find((b) => b.from === '2003-01-01');
    // (−2 − 1 − 2 + 1) / 4 = −1; (2 + 1 + 1) / 3 = 4/3.
    expect(y2003).toMatchObject({ n: 4, mean: -1, ciPending: true, ciLow: null });
    expect(years.bins?.find((b) => b.from === '2004-01-01')?.mean).toBeCloseTo(4 / 3, 12);
    expect(queue.length).toBe(1);
    expect(redraw).not.toHaveBeenCalled();
    runAll();
    expect(redraw).toHaveBeenCalledTimes(1);
    const after = source.input(LIST, [utc(1990), utc(2026)], 1200);
    const done = after.bins?.find((b) => b.from === '2003-01-01');
    expect(done?.ciPending).toBe(false);
    expect([done?.ciLow, done?.ciHigh]).toEqual(
      (() => {
        const b = computeToneBins(LIST, [utc(2003), utc(2004)], 'year', { intervals: 'compute' })[0];
        return [b?.ciLow, b?.ciHigh];
      })(),
    );
    expect(queue.length).toBe(0);
  });

  it('returns the same bins for a pan inside the same first and last bin, new ones when the events change', () => {
    const { scheduler } = fakeScheduler();
    const source = createToneSource(() => {}, scheduler);
    const a = source.input(LIST, [utc(1990, 3), utc(2026, 3)], 1200);
    const b = source.input(LIST, [utc(1990, 5), utc(2026, 5)], 1200);
    expect(b).toBe(a);
    expect(source.input(LIST.slice(1), [utc(1990, 5), utc(2026, 5)], 1200)).not.toBe(a);
  });

  it('hands the CSV the bins last drawn with every interval, and stops its work when disposed', () => {
    const { scheduler, queue } = fakeScheduler();
    const redraw = vi.fn();
    const source = createToneSource(redraw, scheduler);
    expect(source.complete()).toBeNull();
    source.input(LIST, [utc(2003), utc(2006)], 40);
    const all = source.complete();
    expect(all?.every((b) => !b.ciPending)).toBe(true);
    expect(all?.map((b) => b.n)).toEqual([4, 3, 1]);
    source.dispose();
    expect(queue.length).toBe(0);
    expect(redraw).not.toHaveBeenCalled();
  });
});
