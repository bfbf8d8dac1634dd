import { describe, expect, it } from 'vitest';
import { computeChainWindow, computeLongestChains, type LinkEnds } from '../../../src/analysis/chains';
import { computeReciprocity, formatReciprocity } from '../../../src/analysis/reciprocity';
import { data, ev } from './events';

// a ← b ← c ← e and a ← d ← f (x ← y: y answers x).
//   link   act tone → answer tone   lag (days)                         both signed?  same sign?  other side?
//   a→b    US −2 → RU −2            0                                  yes           yes         yes
//   b→c    RU −2 → US +1            4 (1 → 5 January)                  yes           no          yes
//   a→d    US −2 → US 0             45 (31 − 1 in Jan + 15 in Feb)     no (0)        –           no
//   c→e    US +1 → RU −1            420 (365 to 5 Jan 2022, 26 + 28 + 1 to 1 March)   yes   no  yes
//   d→f    US 0 → US+RU +2          14 (13 more days of Feb + 1)       no (0)        –           yes (joint ≠ US)
// Lags sorted: 0, 4, 14, 45, 420 → median 14. Same sign 1 of 3 = 0.33; other side 4 of 5 = 0.80.
const DS = data([
  ev('a', '2021-01-01', -2, { actors: ['US'] }),
  ev('b', '2021-01-01', -2, { actors: ['RU'], respondsTo: ['a'] }),
  ev('c', '2021-01-05', 1, { actors: ['US'], respondsTo: ['b'] }),
  ev('d', '2021-02-15', 0, { actors: ['US'], respondsTo: ['a'] }),
  ev('f', '2021-03-01', 2, { actors: ['US', 'RU'], respondsTo: ['d'] }),
  ev('e', '2022-03-01', -1, { actors: ['RU'], respondsTo: ['c'] }),
  ev('g', '2022-04-01', -1, { actors: ['RU'], respondsTo: ['not-in-the-dataset'] }),
]);

describe('computeReciprocity', () => {
  it('counts links, the median lag and the shares by hand', () => {
    const r = computeReciprocity(DS.events, DS.byId);
    expect(r).toMatchObject({
      links: 5,
      unresolved: 1,
      medianLagDays: 14,
      sameSign: { count: 1, of: 3 },
      otherSide: { count: 4, of: 5 },
      answeredBeforeAct: 0,
    });
    expect(formatReciprocity(r)).toEqual({ links: '5', medianLagDays: '14', sameSign: '0.33', otherSide: '0.80' });
  });

  it('sorts lags into the six bars: same day, 1–7, 8–30, 31–90, 91–365, over a year', () => {
    const r = computeReciprocity(DS.events, DS.byId);
    expect(r.lagHistogram.map((b) => [b.label, b.count])).toEqual([
      ['same day', 1],
      ['1–7 days', 1],
      ['8–30 days', 1],
      ['31–90 days', 1],
      ['91–365 days', 0],
      ['over a year', 1],
    ]);
  });

  it('finds the chains a → b → c → e and a → d → f, longest first', () => {
    expect(computeReciprocity(DS.events, DS.byId).chains).toEqual([
      ['a', 'b', 'c', 'e'],
      ['a', 'd', 'f'],
    ]);
  });

  it('counts a link whose act is outside the given events but in the dataset, and not one whose answer is outside', () => {
    // Given only e and f: links c→e (420 days) and d→f (14 days); the median of two is (14 + 420) / 2 = 217.
    const r = computeReciprocity(
      DS.events.filter((e) => e.id === 'e' || e.id === 'f'),
      DS.byId,
    );
    expect(r).toMatchObject({ links: 2, medianLagDays: 217, otherSide: { count: 2, of: 2 } });
    expect(r.chains).toEqual([
      ['c', 'e'],
      ['d', 'f'],
    ]);
  });

  it('leaves every figure undefined without links', () => {
    const r = computeReciprocity([], DS.byId);
    expect(r).toMatchObject({ links: 0, medianLagDays: null, chains: [] });
    expect(formatReciprocity(r)).toEqual({ links: '0', medianLagDays: '', sameSign: '', otherSide: '' });
    expect(r.lagHistogram.every((b) => b.count === 0)).toBe(true);
  });

  it('counts a link listed twice once, and an event naming itself as unresolved', () => {
    const ds = data([
      ev('x', '2020-01-01', -1, { actors: ['US'] }),
      ev('y', '2020-01-03', -1, { actors: ['RU'], respondsTo: ['x', 'x', 'y'] }),
    ]);
    expect(computeReciprocity(ds.events, ds.byId)).toMatchObject({ links: 1, unresolved: 1, medianLagDays: 2 });
  });

  it('keeps an answer dated before its act (a loaded file) out of the bars but in the median', () => {
    const ds = data([
      ev('late-act', '2020-01-10', -1),
      ev('early-answer', '2020-01-03', -1, { respondsTo: ['late-act'] }),
    ]);
    const r = computeReciprocity(ds.events, ds.byId);
    expect(r).toMatchObject({ links: 1, medianLagDays: -7, answeredBeforeAct: 1 });
    expect(r.lagHistogram.reduce((s, b) => s + b.count, 0)).toBe(0);
  });
});

describe('computeLongestChains', () => {
  it('ends on a cycle in respondsTo, dropping the link that closes it', () => {
    // p ↔ q answer each other, r answers q; the search from p (earliest) keeps p→q and q→r, drops q→p.
    const ds = data([
      ev('p', '2020-01-01', -1, { respondsTo: ['q'] }),
      ev('q', '2020-01-02', -1, { respondsTo: ['p'] }),
      ev('r', '2020-01-03', -1, { respondsTo: ['q'] }),
    ]);
    expect(computeReciprocity(ds.events, ds.byId).chains).toEqual([['p', 'q', 'r']]);
  });

  it('breaks ties of length by recency and keeps at most five', () => {
    // Seven separate pairs, one a year from 2014 to 2020: the five latest, newest first.
    const raw = [2014, 2015, 2016, 2017, 2018, 2019, 2020].flatMap((y) => [
      ev(`act-${y}`, `${y}-01-01`, -1),
      ev(`answer-${y}`, `${y}-01-02`, -1, { respondsTo: [`act-${y}`] }),
    ]);
    const ds = data(raw);
    expect(computeReciprocity(ds.events, ds.byId).chains.map((c) => c[0])).toEqual([
      'act-2020',
      'act-2019',
      'act-2018',
      'act-2017',
      'act-2016',
    ]);
  });

  it('follows a chain of 20,000 links without overflowing the stack', () => {
    const nodes = Array.from({ length: 20_001 }, (_, i) => ({ id: `n${i}`, startMs: i * 86_400_000 }));
    const links = nodes.slice(1).map((answer, i) => ({ act: nodes[i], answer }) as unknown as LinkEnds);
    const [longest] = computeLongestChains(links);
    expect(longest).toHaveLength(20_001);
    expect(longest?.[0]).toBe('n0');
  });
});

describe('computeChainWindow', () => {
  const DAY = 86_400_000;
  it('spans the chain with a tenth of it on each side', () => {
    // 1 March (start) to 11 March (end of a 10-day span): 10 days, so 1 day of margin each side.
    const w = computeChainWindow(
      [
        { startMs: Date.UTC(2014, 2, 1), endMs: Date.UTC(2014, 2, 2) },
        { startMs: Date.UTC(2014, 2, 10), endMs: Date.UTC(2014, 2, 11) },
      ],
      7 * DAY,
    );
    expect(w).toEqual([Date.UTC(2014, 1, 28), Date.UTC(2014, 2, 12)]);
  });
  it('is at least the narrowest window wide, centred, and null for no events', () => {
    const w = computeChainWindow([{ startMs: Date.UTC(2014, 2, 1), endMs: Date.UTC(2014, 2, 3) }], 7 * DAY);
    // 2 days ×1.2 = 2.4 days < 7: 7 days centred on 2 March 00:00 → 26 Feb 12:00 to 5 March 12:00.
    expect(w).toEqual([Date.UTC(2014, 1, 26, 12), Date.UTC(2014, 2, 5, 12)]);
    expect(computeChainWindow([], 7 * DAY)).toBeNull();
  });
});
