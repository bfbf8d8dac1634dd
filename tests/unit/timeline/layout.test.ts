import { describe, expect, it } from 'vitest';
import { bandOf, lowerBound, selectInWindow } from '../../../src/timeline/bands';
import { assignLanes, type LayoutOptions } from '../../../src/timeline/layout';
import { createTimeScale } from '../../../src/timeline/scale';
import { assignSpanRows } from '../../../src/timeline/spans';
import { dataset, measure6, rawEvent } from '../fixtures';

const DAY = 86_400_000;
const opts: LayoutOptions = {
  measureText: measure6,
  markRadiusPx: 7,
  gapPx: 6,
  labelGapPx: 5,
  maxLabelPx: 120,
  rowsPerBand: { us: 2, joint: 1, ru: 2 },
  marginPx: 0,
};
// 100 days over 1000 px: 10 px a day, starting 2021-01-01.
const START = Date.UTC(2021, 0, 1);
const scale = createTimeScale([START, START + 100 * DAY], 1000);
const day = (n: number) => new Date(START + n * DAY).toISOString().slice(0, 10);

describe('bandOf', () => {
  it('puts US acts above, Russian below, joint and unattributed between', () => {
    expect(bandOf({ actors: ['US'] })).toBe('us');
    expect(bandOf({ actors: ['RU'] })).toBe('ru');
    expect(bandOf({ actors: ['US', 'RU'] })).toBe('joint');
    expect(bandOf({ actors: [] })).toBe('joint');
  });
});

describe('assignLanes', () => {
  it('places a lone event in row 0 with its label, at the middle of its day', () => {
    const d = dataset([rawEvent({ id: 'a', date: day(10), title: 'Ten' })]);
    const [item] = assignLanes(d.events, scale, opts, d.longestMs);
    expect(item).toMatchObject({ band: 'us', row: 0, xPx: 105, x0Px: 98, x1Px: 112, label: 'Ten' });
  });

  it('shortens a long label to the words that fit, with an ellipsis', () => {
    const title = 'Russia orders out ten US diplomats and bans eight officials';
    const d = dataset([rawEvent({ id: 'a', date: day(10), title })]);
    const label = assignLanes(d.events, scale, opts, d.longestMs)[0]?.label ?? '';
    // 6 px a character, 120 px at most: 19 characters and the ellipsis would fit, but end mid-word.
    expect(label).toBe('Russia orders out…');
    expect(measure6(label)).toBeLessThanOrEqual(120);
  });

  it('stacks a neighbour whose label would collide into the next row', () => {
    const d = dataset([
      rawEvent({ id: 'a', date: day(10), title: 'A long label here' }),
      rawEvent({ id: 'b', date: day(12), title: 'B' }),
    ]);
    const items = assignLanes(d.events, scale, opts, d.longestMs);
    expect(items.map((i) => [i.events[0]?.id, i.row, i.label])).toEqual([
      ['a', 0, 'A long label here'],
      ['b', 1, 'B'],
    ]);
  });

  it("drops a neighbour's label before it merges marks, and merges only when every row is busy", () => {
    const d = dataset([
      rawEvent({ id: 'a', date: day(10), title: 'Label A is long' }),
      rawEvent({ id: 'b', date: day(10), title: 'Label B is long' }),
      rawEvent({ id: 'c', date: day(13), title: 'C' }),
      rawEvent({ id: 'd', date: day(13), title: 'D' }),
      rawEvent({ id: 'e', date: day(13), title: 'E' }),
    ]);
    const items = assignLanes(d.events, scale, opts, d.longestMs);
    // c takes a's row once a gives up its label; d takes b's row the same way; e finds no row, not even
    // by dropping a label, and merges into the mark that frees up first.
    expect(items.map((i) => [i.events.map((e) => e.id).join('+'), i.row, i.label])).toEqual([
      ['a', 0, null],
      ['b', 1, null],
      ['c+e', 0, null],
      ['d', 1, 'D'],
    ]);
  });

  it('keeps events in different bands apart, and equal dates in date-then-id order', () => {
    const d = dataset([
      rawEvent({ id: 'us1', date: day(20) }),
      rawEvent({ id: 'ru1', date: day(20), actors: ['RU'] }),
      rawEvent({ id: 'both', date: day(20), actors: ['US', 'RU'] }),
    ]);
    const items = assignLanes(d.events, scale, opts, d.longestMs);
    expect(items.map((i) => [i.events[0]?.id, i.band, i.row])).toEqual([
      ['both', 'joint', 0],
      ['ru1', 'ru', 0],
      ['us1', 'us', 0],
    ]);
  });

  it('shows a month-precision date as its whole month', () => {
    const d = dataset([rawEvent({ id: 'm', date: '2021-02', title: 'M' })]);
    const [item] = assignLanes(d.events, scale, opts, d.longestMs);
    expect(item?.x0Px).toBe(310);
    expect(item?.x1Px).toBe(590);
    expect(item?.xPx).toBe(450);
  });

  it('lays out nothing outside the window (plus margin)', () => {
    const d = dataset([
      rawEvent({ id: 'before', date: '2020-06-01' }),
      rawEvent({ id: 'in', date: day(5) }),
      rawEvent({ id: 'after', date: '2022-01-01' }),
    ]);
    expect(assignLanes(d.events, scale, opts, d.longestMs).map((i) => i.events[0]?.id)).toEqual(['in']);
  });

  it('does not mutate its input', () => {
    const d = dataset([rawEvent({ id: 'a', date: day(1) }), rawEvent({ id: 'b', date: day(1) })]);
    const before = JSON.stringify(d.events);
    assignLanes(d.events, scale, opts, d.longestMs);
    expect(JSON.stringify(d.events)).toBe(before);
  });
});

describe('window search', () => {
  const d = dataset([
    rawEvent({ id: 'treaty', date: '2011-02-05', end: '2026-02-05', actors: ['US', 'RU'] }),
    rawEvent({ id: 'a', date: '2021-01-10' }),
    rawEvent({ id: 'b', date: '2021-03-10' }),
  ]);
  it('finds the first event at or after a time by binary search', () => {
    expect(lowerBound(d.events, Date.UTC(2021, 0, 10))).toBe(1);
    expect(lowerBound(d.events, Date.UTC(2030, 0, 1))).toBe(3);
  });
  it('includes a long event that started before the window and reaches into it', () => {
    const ids = selectInWindow(d.events, Date.UTC(2021, 1, 1), Date.UTC(2021, 1, 28), d.longestMs).map((e) => e.id);
    expect(ids).toEqual(['treaty']);
  });
});

describe('assignSpanRows', () => {
  it('packs touching spans into one row and overlapping ones into the next', () => {
    const d = dataset([
      rawEvent({ id: 's1', date: day(0), end: day(9) }),
      rawEvent({ id: 's2', date: day(20), end: day(30) }),
      rawEvent({ id: 's3', date: day(25), end: day(40) }),
      rawEvent({ id: 'point', date: day(26) }),
    ]);
    expect(assignSpanRows(d.events, scale, 3, 4).map((s) => [s.event.id, s.row, s.x0Px, s.x1Px])).toEqual([
      ['s1', 0, 0, 100],
      ['s2', 0, 200, 310],
      ['s3', 1, 250, 410],
    ]);
  });
});

describe('level of detail', () => {
  it('above the threshold, buckets events by pixel: few marks, every event counted once', () => {
    const many = Array.from({ length: 4000 }, (_, i) =>
      rawEvent({ id: `e${i}`, date: day(i % 100), actors: i % 3 === 0 ? ['RU'] : ['US'] }),
    );
    const d = dataset(many);
    const items = assignLanes(d.events, scale, opts, d.longestMs);
    expect(items.length).toBeLessThan(200);
    expect(items.reduce((n, i) => n + i.events.length, 0)).toBe(4000);
    const ids = new Set(items.flatMap((i) => i.events.map((e) => e.id)));
    expect(ids.size).toBe(4000);
    expect(items.every((i) => i.events.every((e) => bandOf(e) === i.band))).toBe(true);
  });
});
