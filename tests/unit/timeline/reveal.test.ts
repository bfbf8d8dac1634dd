import { describe, expect, it } from 'vitest';
import { markTimeMs } from '../../../src/timeline/bands';
import { computeClusterDomain, computeRevealDomain, stepEvent } from '../../../src/timeline/reveal';
import { dataset, rawEvent } from '../fixtures';

const DAY = 86_400_000;
const d = dataset([
  rawEvent({ id: 'a', date: '2021-01-26' }),
  rawEvent({ id: 'b', date: '2021-04-15' }),
  rawEvent({ id: 'c', date: '2021-06-16' }),
]);

describe('stepEvent', () => {
  it('moves to the next or previous event in time, and stays at the ends', () => {
    expect(stepEvent(d.events, 'b', 1)?.id).toBe('c');
    expect(stepEvent(d.events, 'b', -1)?.id).toBe('a');
    expect(stepEvent(d.events, 'c', 1)?.id).toBe('c');
    expect(stepEvent(d.events, 'a', -1)?.id).toBe('a');
  });
  it('starts at the first or last event when nothing is current', () => {
    expect(stepEvent(d.events, null, 1)?.id).toBe('a');
    expect(stepEvent(d.events, 'gone', -1)?.id).toBe('c');
    expect(stepEvent([], null, 1)).toBeNull();
  });
});

describe('computeRevealDomain', () => {
  const b = d.events[1]!;
  const around = [Date.UTC(2021, 0, 1), Date.UTC(2021, 11, 31)] as const;
  it('keeps the window when the event is already shown on its own', () => {
    expect(computeRevealDomain(b, around, () => true, 7 * DAY)).toBe(around);
  });
  it('centres the event, then halves the span until it stands alone', () => {
    const alone = (dom: readonly [number, number]) => dom[1] - dom[0] <= 40 * DAY;
    const dom = computeRevealDomain(b, [Date.UTC(1990, 0, 1), Date.UTC(1995, 0, 1)], alone, 7 * DAY);
    expect((dom[0] + dom[1]) / 2).toBe(markTimeMs(b));
    expect(dom[1] - dom[0]).toBeLessThanOrEqual(40 * DAY);
    expect(dom[1] - dom[0]).toBeGreaterThan(20 * DAY);
  });
  it('stops at the narrowest window', () => {
    const dom = computeRevealDomain(b, around, () => false, 7 * DAY);
    expect(dom[1] - dom[0]).toBeGreaterThanOrEqual((7 * DAY) / 2);
    expect(dom[1] - dom[0]).toBeLessThanOrEqual(14 * DAY);
  });
});

describe('computeClusterDomain', () => {
  it('spreads the members over most of the width', () => {
    const dom = computeClusterDomain(Date.UTC(2021, 3, 1), Date.UTC(2021, 3, 11), 7 * DAY);
    expect(dom[1] - dom[0]).toBe(16 * DAY);
    expect((dom[0] + dom[1]) / 2).toBe(Date.UTC(2021, 3, 6));
  });
  it('opens at least the narrowest window for events on one day', () => {
    const t = Date.UTC(2021, 3, 15);
    expect(computeClusterDomain(t, t, 7 * DAY)).toEqual([t - 3.5 * DAY, t + 3.5 * DAY]);
  });
});
