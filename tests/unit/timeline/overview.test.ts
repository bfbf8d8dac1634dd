import { describe, expect, it } from 'vitest';
import { selectCandidates } from '../../../src/timeline/candidates';
import { chooseBinUnit, computeDensityBins } from '../../../src/timeline/density';
import { describeBin, eraLabelCandidates } from '../../../src/timeline/modelParts';
import { computeEventRank, createRankIndex, rankOf } from '../../../src/timeline/rank';
import { createTimeScale } from '../../../src/timeline/scale';
import { dataset, rawEvent } from '../fixtures';

const YEAR = 365.25 * 86_400_000;
const whole = [Date.UTC(1991, 0, 1), Date.UTC(1991, 0, 1) + 35 * YEAR] as const;

describe('rank', () => {
  const d = dataset([
    rawEvent({ id: 'summit', date: '2021-06-16', category: 'summit', tone: 1, actors: ['US', 'RU'] }),
    rawEvent({ id: 'sanctions', date: '2021-04-15', category: 'sanctions', tone: -2 }),
    rawEvent({
      id: 'reply',
      date: '2021-04-16',
      category: 'expulsion',
      tone: -2,
      actors: ['RU'],
      respondsTo: ['sanctions'],
    }),
    rawEvent({ id: 'call', date: '2021-04-13', category: 'diplomacy', tone: 1 }),
  ]);
  it('scores category, an extreme tone, answers and wide reporting, by the documented rule', () => {
    const r = rankOf(d);
    // summit 3; sanctions 1.5 + extreme 1.5 + one answer 1; expulsion 1.5 + 1.5; diplomacy 1.
    expect(Object.fromEntries(r)).toEqual({ summit: 3, sanctions: 4, reply: 3, call: 1 });
    const many = dataset([
      rawEvent({
        id: 'x',
        sources: [1, 2, 3, 4].map((i) => ({
          url: `https://example.org/${i}`,
          title: 't',
          publisher: 'p',
          kind: 'news',
        })),
      }),
    ]);
    expect(computeEventRank(many.events[0] as (typeof many.events)[0], 5)).toBe(1.5 + 1.5 + 3 + 0.5);
  });
  it('finds the best-ranked event of any index range, ties to the later one', () => {
    const ranks = new Map(d.events.map((e, i) => [e.id, [1, 4, 4, 3][i] ?? 0]));
    const index = createRankIndex(d.events, ranks);
    expect(index.best(0, 4)).toBe(2);
    expect(index.best(0, 2)).toBe(1);
    expect(index.best(3, 4)).toBe(3);
    expect(index.best(2, 2)).toBe(-1);
  });
});

describe('density', () => {
  it('chooses the smallest calendar unit whose bins are wide enough', () => {
    expect(chooseBinUnit(createTimeScale(whole, 1180), 7)).toBe('quarter');
    expect(chooseBinUnit(createTimeScale(whole, 1180), 22)).toBe('year');
    expect(chooseBinUnit(createTimeScale(whole, 340), 22)).toBe('5 years');
    expect(chooseBinUnit(createTimeScale([Date.UTC(2021, 2, 1), Date.UTC(2021, 6, 1)], 1180), 7)).toBe('week');
  });
  it('counts every event in its calendar bin, empty bins left out', () => {
    const d = dataset([
      rawEvent({ id: 'a', date: '2021-01-05' }),
      rawEvent({ id: 'b', date: '2021-02-28' }),
      rawEvent({ id: 'c', date: '2021-03' }),
      rawEvent({ id: 'd', date: '2021-11-30' }),
    ]);
    const scale = createTimeScale([Date.UTC(2021, 0, 1), Date.UTC(2022, 0, 1)], 365);
    const bins = computeDensityBins(d.events, scale, 'quarter');
    expect(bins.map((b) => [new Date(b.fromMs).toISOString().slice(0, 10), b.count])).toEqual([
      ['2021-01-01', 3],
      ['2021-10-01', 1],
    ]);
    expect(describeBin(bins[0]?.fromMs ?? 0, bins[0]?.toMs ?? 0, 'quarter')).toBe('January–March 2021');
    expect(describeBin(Date.UTC(2010, 0, 1), Date.UTC(2015, 0, 1), '5 years')).toBe('2010–2014');
  });
});

describe('candidates', () => {
  const d = dataset([
    rawEvent({ id: 'low', date: '2021-04-10', category: 'diplomacy', tone: 0 }),
    rawEvent({ id: 'high', date: '2021-04-12', category: 'summit', tone: 2 }),
    rawEvent({ id: 'mid', date: '2021-04-14', category: 'sanctions', tone: -1 }),
    rawEvent({ id: 'far', date: '2019-01-01', category: 'summit', tone: 2 }),
  ]);
  const scale = createTimeScale([Date.UTC(2021, 3, 1), Date.UTC(2021, 4, 1)], 600);
  it('offers the events near the window, best-ranked first, and the open event before all', () => {
    const ids = (priorityIds: string[]) =>
      selectCandidates({ dataset: d, events: d.events, scale, marginPx: 20, priorityIds }).map((e) => e.id);
    expect(ids([])).toEqual(['high', 'mid', 'low']);
    expect(ids(['low'])).toEqual(['low', 'high', 'mid']);
    // An open event far from the window is not drawn there.
    expect(ids(['far'])).toEqual(['high', 'mid', 'low']);
  });
});

describe('era labels', () => {
  it('offer the full name, the surname and the initials', () => {
    expect(eraLabelCandidates('George H. W. Bush')).toEqual(['George H. W. Bush', 'Bush', 'GHWB', 'B']);
    expect(eraLabelCandidates('Dmitry Medvedev')).toEqual(['Dmitry Medvedev', 'Medvedev', 'DM', 'M']);
  });
});
