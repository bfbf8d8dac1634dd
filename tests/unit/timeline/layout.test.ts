import { describe, expect, it } from 'vitest';
import { bandOf, lowerBound, selectInWindow } from '../../../src/timeline/bands';
import { type LayoutOptions, MIN_CUT_LABEL_PX, placeMarks, truncateLabel } from '../../../src/timeline/layout';
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
  minBinPx: 7,
};
// 100 days over 1000 px: 10 px a day, starting 2021-01-01.
const START = Date.UTC(2021, 0, 1);
const scale = createTimeScale([START, START + 100 * DAY], 1000);
const day = (n: number) => new Date(START + n * DAY).toISOString().slice(0, 10);
const summary = (items: ReturnType<typeof placeMarks>) => items.map((i) => [i.event.id, i.row, i.label]);

describe('bandOf', () => {
  it('puts US acts above, Russian below, joint and unattributed between', () => {
    expect(bandOf({ actors: ['US'] })).toBe('us');
    expect(bandOf({ actors: ['RU'] })).toBe('ru');
    expect(bandOf({ actors: ['US', 'RU'] })).toBe('joint');
    expect(bandOf({ actors: [] })).toBe('joint');
  });
});

describe('truncateLabel', () => {
  it('cuts a title to the words that fit, with an ellipsis, and gives up below four letters', () => {
    const title = 'Russia orders out ten US diplomats and bans eight officials';
    // 6 px a character, 120 px: 19 characters and the ellipsis would fit, but end mid-word.
    expect(truncateLabel(title, 120, measure6)).toBe('Russia orders out…');
    expect(truncateLabel(title, 500, measure6)).toBe(title);
    expect(truncateLabel(title, 20, measure6)).toBeNull();
  });
});

describe('placeMarks', () => {
  it('places a lone event in row 0 with its whole title, at the middle of its day', () => {
    const d = dataset([rawEvent({ id: 'a', date: day(10), title: 'Ten' })]);
    const [item] = placeMarks(d.events, scale, opts);
    expect(item).toMatchObject({ band: 'us', row: 0, xPx: 105, x0Px: 98, x1Px: 112, label: 'Ten', labelFull: true });
  });

  it('gives the first candidate the room, and the next one the next row', () => {
    const d = dataset([
      rawEvent({ id: 'a', date: day(10), title: 'A long label here' }),
      rawEvent({ id: 'b', date: day(12), title: 'B' }),
    ]);
    const [a, b] = d.events as [(typeof d.events)[0], (typeof d.events)[0]];
    expect(summary(placeMarks([a, b], scale, opts))).toEqual([
      ['a', 0, 'A long label here'],
      ['b', 1, 'B'],
    ]);
    // In the other order, b keeps row 0 and a, whose mark would touch b's words, moves up a row.
    expect(summary(placeMarks([b, a], scale, opts))).toEqual([
      ['b', 0, 'B'],
      ['a', 1, 'A long label here'],
    ]);
  });

  it('names an event in full where a row has room, before cutting anyone short', () => {
    // With a 200 px cap, a's title (246 px) cannot fit whole; b's fits. b is named first, a is cut after.
    const wide = { ...opts, maxLabelPx: 200 };
    const d = dataset([
      rawEvent({ id: 'a', date: day(10), title: 'Forty-one characters of a long headline' }),
      rawEvent({ id: 'b', date: day(11), title: 'Short one' }),
    ]);
    const placed = placeMarks(d.events, scale, wide);
    expect(summary(placed)).toEqual([
      ['b', 0, 'Short one'],
      ['a', 1, 'Forty-one characters of a long…'],
    ]);
    expect(placed.find((p) => p.event.id === 'a')?.labelFull).toBe(false);
  });

  it('puts the words left of a mark near the right edge when only the left has room for them', () => {
    const d = dataset([rawEvent({ id: 'z', date: day(95), title: 'Late event' })]);
    // The mark at 955 px; 'Late event' (60 px) needs 955 + 12 + 60 > 1000 on the right, fits on the left.
    expect(placeMarks(d.events, scale, opts)[0]).toMatchObject({ label: 'Late event', labelSide: 'left' });
  });

  it('gives no words to a mark just past either edge of the window (they would show only as a cut-off part)', () => {
    const wide = { ...opts, marginPx: 40, maxLabelPx: 400 };
    const d = dataset([
      rawEvent({ id: 'past', date: day(102), title: 'Just after the window' }),
      rawEvent({ id: 'before', date: day(-2), title: 'Just before the window' }),
    ]);
    // Both marks are drawn (within the margin), 15 px outside the chart, with no title beside them.
    expect(summary(placeMarks(d.events, scale, wide))).toEqual([
      ['before', 0, null],
      ['past', 0, null],
    ]);
  });

  it('does not draw an event with no free row, and cuts a title only where the room is worth it', () => {
    const d = dataset([
      rawEvent({ id: 'a', date: day(10), title: 'Alpha' }),
      rawEvent({ id: 'c', date: day(10), title: 'Charlie' }),
      rawEvent({ id: 'd', date: day(10), title: 'Delta' }),
      rawEvent({ id: 'b', date: day(14), title: 'Bravo headline that runs long' }),
      rawEvent({ id: 'e', date: day(30), title: 'Echo headline that runs long' }),
    ]);
    const ev = (id: string) => d.events.find((e) => e.id === id) as (typeof d.events)[0];
    // a takes row 0 (mark 98–112 px, words to 147), c row 1 (words to 159); d, on the same day, finds no free
    // row; nor does b, whose mark (138–152 px) touches both rows' words. e, far right, has room but not for
    // its whole title (168 px > the 120 px cap), and 120 px is under MIN_CUT_LABEL_PX: a mark alone.
    const placed = placeMarks(['a', 'c', 'd', 'b', 'e'].map(ev), scale, opts);
    expect(summary(placed)).toEqual([
      ['a', 0, 'Alpha'],
      ['c', 1, 'Charlie'],
      ['e', 0, null],
    ]);
    expect(MIN_CUT_LABEL_PX).toBeGreaterThan(120);
  });

  it('shows a month-precision date as its whole month', () => {
    const d = dataset([rawEvent({ id: 'm', date: '2021-02', title: 'Feb' })]);
    const [item] = placeMarks(d.events, scale, opts);
    // February 2021: days 31 to 59, so 310 to 590 px; the mark at its middle.
    expect(item).toMatchObject({ x0Px: 310, x1Px: 590, xPx: 450 });
  });

  it('lays out nothing outside the window (plus margin), and leaves its input alone', () => {
    const d = dataset([rawEvent({ id: 'x', date: '2020-06-01' }), rawEvent({ id: 'y', date: '2022-06-01' })]);
    const before = JSON.stringify(d.events);
    expect(placeMarks(d.events, scale, opts)).toEqual([]);
    expect(JSON.stringify(d.events)).toBe(before);
  });

  it('keeps events in different bands apart', () => {
    const d = dataset([
      rawEvent({ id: 'us', date: day(10), actors: ['US'], title: 'U' }),
      rawEvent({ id: 'ru', date: day(10), actors: ['RU'], title: 'R' }),
      rawEvent({ id: 'jt', date: day(10), actors: ['US', 'RU'], title: 'J' }),
    ]);
    expect(placeMarks(d.events, scale, opts).map((p) => [p.event.id, p.band, p.row])).toEqual([
      ['jt', 'joint', 0],
      ['ru', 'ru', 0],
      ['us', 'us', 0],
    ]);
  });
});

describe('window search', () => {
  const d = dataset([
    rawEvent({ id: 'a', date: '2021-01-10' }),
    rawEvent({ id: 'treaty', date: '2010-01-01', end: '2030-01-01' }),
    rawEvent({ id: 'b', date: '2021-03-01' }),
  ]);
  it('finds the first event at or after a time by binary search', () => {
    expect(lowerBound(d.events, Date.UTC(2021, 0, 1))).toBe(1);
    expect(lowerBound(d.events, Date.UTC(2022, 0, 1))).toBe(3);
  });
  it('includes a long event that started before the window and reaches into it', () => {
    const ids = selectInWindow(d.events, Date.UTC(2021, 0, 1), Date.UTC(2021, 1, 1), d.longestMs).map((e) => e.id);
    expect(ids).toEqual(['treaty', 'a']);
  });
});

describe('assignSpanRows', () => {
  it('packs touching spans into one row and overlapping ones into the next; short acts are not spans', () => {
    const long = createTimeScale([START, START + 400 * DAY], 1000);
    const d = dataset([
      rawEvent({ id: 'one', date: day(0), end: day(80) }),
      rawEvent({ id: 'two', date: day(90), end: day(200) }),
      rawEvent({ id: 'three', date: day(40), end: day(120) }),
      rawEvent({ id: 'talks', date: day(150), end: day(151) }),
    ]);
    expect(assignSpanRows(d.events, long, 4, 4).map((s) => [s.event.id, s.row])).toEqual([
      ['one', 0],
      ['three', 1],
      ['two', 0],
    ]);
  });
});
