import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/data/model';
import { clampCardCount, drawOrderCards, type OrderCard, shuffle, solveOrder } from '../../../src/exercises/orderCards';
import { ev, events } from '../analysis/events';
import { loadRealDataset } from './realData';

const REAL = loadRealDataset();

function spansOverlap(ids: readonly string[], byId: ReadonlyMap<string, TimelineEvent>): boolean {
  const spans = ids.map((id) => byId.get(id)!.span);
  return spans.some((a, i) => spans.some((b, j) => i !== j && a.startMs < b.endMs && b.startMs < a.endMs));
}

describe('drawOrderCards', () => {
  it('draws n cards in date order, the same for the same seed, others for another seed', () => {
    const cards = drawOrderCards(REAL.events, 6, 'class-7b');
    expect(cards).toHaveLength(6);
    expect(cards.map((c) => c.id)).toEqual(solveOrder(cards));
    expect(drawOrderCards(REAL.events, 6, 'class-7b')).toEqual(cards);
    expect(drawOrderCards(REAL.events, 6, 'class-7c').map((c) => c.id)).not.toEqual(cards.map((c) => c.id));
  });

  it('spreads the cards over the period: one from each sixth of it', () => {
    const first = REAL.events[0]!.startMs;
    const sliceMs = (REAL.events[REAL.events.length - 1]!.startMs - first) / 6;
    for (const seed of ['a', 'b', 'c', 'd']) {
      const slices = drawOrderCards(REAL.events, 6, seed).map((c) =>
        Math.min(5, Math.floor((c.startMs - first) / sliceMs)),
      );
      expect(slices).toEqual([0, 1, 2, 3, 4, 5]);
    }
  });

  it('never draws two cards whose dates overlap, so one order is right', () => {
    for (let seed = 0; seed < 30; seed += 1) {
      const ids = drawOrderCards(REAL.events, 12, seed).map((c) => c.id);
      expect(spansOverlap(ids, REAL.byId)).toBe(false);
    }
  });

  it('leaves out a year-only date beside a day in that year, and returns fewer cards when no n fit', () => {
    // Usable without overlap: one of {2014, 2014-03-18, the other 2014-03-18 event}, 2015-01-01, 2016-05.
    const ds = events([
      ev('y2014', '2014', -1),
      ev('d2014a', '2014-03-18', -1),
      ev('d2014b', '2014-03-18', -2),
      ev('d2015', '2015-01-01', 1),
      ev('m2016', '2016-05', 1),
    ]);
    const byId = new Map(ds.map((e) => [e.id, e]));
    for (let seed = 0; seed < 20; seed += 1) {
      const ids = drawOrderCards(ds, 4, seed).map((c) => c.id);
      expect(ids).toHaveLength(3);
      expect(spansOverlap(ids, byId)).toBe(false);
    }
  });

  it('prefers day-precision dates where a slice has both', () => {
    // Three slices, each with a month-only date and a day date that do not overlap.
    const ds = events([
      ev('m1', '2010-01', 0),
      ev('d1', '2010-03-02', 0),
      ev('m2', '2012-01', 0),
      ev('d2', '2012-03-02', 0),
      ev('m3', '2014-01', 0),
      ev('d3', '2014-03-02', 0),
    ]);
    for (let seed = 0; seed < 20; seed += 1) {
      expect(drawOrderCards(ds, 3, seed).map((c) => c.id)).toEqual(['d1', 'd2', 'd3']);
    }
  });

  it('keeps n from 3 to 12 (6 when not a number), and copes with no events or one', () => {
    expect([clampCardCount(1), clampCardCount(50), clampCardCount(Number.NaN), clampCardCount(7.4)]).toEqual([
      3, 12, 6, 7,
    ]);
    expect(drawOrderCards(REAL.events, 50, 1)).toHaveLength(12);
    expect(drawOrderCards([], 6, 1)).toEqual([]);
    expect(drawOrderCards(events([ev('only', '2020-02-02', 0)]), 6, 1).map((c) => c.id)).toEqual(['only']);
  });

  it('makes cards with a date-free title and clue, and the date to show once checked', () => {
    const ds = events([
      ev('e', '2021-04-15', -2, { title: 'April 2021 sanctions', summary: 'On 15 April 2021, sanctions.' }),
    ]);
    expect(drawOrderCards(ds, 3, 1)).toEqual([
      {
        id: 'e',
        title: 'Sanctions',
        clue: 'Sanctions · United States: Sanctions.',
        startMs: Date.UTC(2021, 3, 15),
        dateLabel: '15 April 2021',
      },
    ]);
  });
});

describe('shuffle', () => {
  const cards = (n: number): OrderCard[] =>
    Array.from({ length: n }, (_, i) => ({ id: `c${i}`, title: '', clue: '', startMs: i, dateLabel: '' }));

  it('never returns the solved order, for two cards or more', () => {
    for (const n of [2, 3, 6]) {
      const solution = cards(n).map((c) => c.id);
      for (let seed = 0; seed < 500; seed += 1) {
        const out = shuffle(cards(n), seed).map((c) => c.id);
        expect(out).not.toEqual(solution);
        expect([...out].sort()).toEqual([...solution].sort());
      }
    }
  });

  it('finds the solution by date whatever order the cards come in', () => {
    const reversed = cards(3).reverse();
    for (let seed = 0; seed < 100; seed += 1)
      expect(shuffle(reversed, seed).map((c) => c.id)).not.toEqual(['c0', 'c1', 'c2']);
  });

  it('is the same for the same seed and reaches every other order of three cards', () => {
    expect(shuffle(cards(6), 'x')).toEqual(shuffle(cards(6), 'x'));
    const seen = new Set(
      Array.from({ length: 300 }, (_, seed) =>
        shuffle(cards(3), seed)
          .map((c) => c.id)
          .join(''),
      ),
    );
    expect([...seen].sort()).toEqual(['c0c2c1', 'c1c0c2', 'c1c2c0', 'c2c0c1', 'c2c1c0']);
  });

  it('returns one card or none as it is', () => {
    expect(shuffle(cards(1), 1).map((c) => c.id)).toEqual(['c0']);
    expect(shuffle([], 1)).toEqual([]);
  });
});
