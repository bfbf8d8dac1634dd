import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePresets, computePeriodSummary, serializeCompareCsv } from '../../../src/analysis/compare';
import { computeDayPeriod, parseComparePeriod, serializeComparePeriod } from '../../../src/analysis/period';
import type { TimelineEvent } from '../../../src/data/model';
import { data, ev, events } from './events';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const YEAR_2021 = [utc(2021, 1), utc(2022, 1)] as const;
const byTone = (e: TimelineEvent) => Math.abs(e.tone ?? 0);

describe('parseComparePeriod', () => {
  it('reads FROM..TO, each inclusive at its precision', () => {
    expect(parseComparePeriod('2014..2016-06')).toEqual({ ok: true, domain: [utc(2014, 1), utc(2016, 7)] });
    expect(parseComparePeriod('2021-04-15..2021-04-15')).toEqual({
      ok: true,
      domain: [utc(2021, 4, 15), utc(2021, 4, 16)],
    });
    expect(parseComparePeriod(' 2014 .. 2014 ')).toEqual({ ok: true, domain: [utc(2014, 1), utc(2015, 1)] });
    // A day inside a coarser TO is a period to TO's end, as the window's from= and to= read it.
    expect(parseComparePeriod('1959-05-24..1959-05')).toEqual({
      ok: true,
      domain: [utc(1959, 5, 24), utc(1959, 6, 1)],
    });
    expect(parseComparePeriod('2014-06..2014')).toEqual({ ok: true, domain: [utc(2014, 6), utc(2015, 1)] });
  });

  it('names the bad value and the fix', () => {
    expect(parseComparePeriod('2014-2016')).toEqual({
      ok: false,
      error: '"2014-2016" is not a period: write FROM..TO, e.g. 2014..2016-06',
    });
    expect(parseComparePeriod('2014..20x')).toEqual({
      ok: false,
      error:
        'period "2014..20x": "20x" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; write FROM..TO, e.g. 2014..2016-06',
    });
    expect(parseComparePeriod('2014-02-30..2015')).toMatchObject({
      ok: false,
      error: expect.stringContaining('"2014-02-30" is not a calendar date'),
    });
    expect(parseComparePeriod('2016..2014')).toEqual({
      ok: false,
      error: 'period "2016..2014": 2016 is after 2014; put the earlier date first',
    });
    expect(parseComparePeriod('2014..')).toMatchObject({ ok: false });
    expect(parseComparePeriod('2014..2015..2016')).toMatchObject({ ok: false });
    expect(parseComparePeriod('')).toMatchObject({ ok: false });
  });

  it('reads back what serializeComparePeriod writes', () => {
    const domain = [utc(2009, 1, 20), utc(2017, 1, 20)] as const;
    expect(serializeComparePeriod(domain)).toBe('2009-01-20..2017-01-19');
    expect(parseComparePeriod(serializeComparePeriod(domain))).toEqual({ ok: true, domain });
  });

  it('writes each end at the coarsest precision that names it exactly', () => {
    expect(serializeComparePeriod([utc(2014, 1), utc(2017, 1)])).toBe('2014..2016');
    expect(serializeComparePeriod([utc(2014, 1), utc(2016, 7)])).toBe('2014..2016-06');
    expect(serializeComparePeriod([utc(2014, 3), utc(2016, 6, 16)])).toBe('2014-03..2016-06-15');
    expect(serializeComparePeriod([utc(2014, 1, 2), utc(2015, 1)])).toBe('2014-01-02..2014');
    for (const text of ['2014..2016', '2014..2016-06', '2014-03..2016-06-15', '2021-04-15..2021-04-15']) {
      const parsed = parseComparePeriod(text);
      expect(parsed.ok && serializeComparePeriod(parsed.domain)).toBe(text);
    }
  });

  it('names a window that does not start at midnight by its days', () => {
    // 12:00 on 5 March 2014 to 06:00 on 1 February 2016: the days 5 March 2014 to 1 February 2016.
    const HOUR = 3_600_000;
    expect(serializeComparePeriod([utc(2014, 3, 5) + 12 * HOUR, utc(2016, 2, 1) + 6 * HOUR])).toBe(
      '2014-03-05..2016-02-01',
    );
  });
});

// In 2021: sanctions US −2, expulsion RU −2, summit joint +1, diplomacy US +1, an unknown category "space"
// (US, no tone). Outside: a 2022 sanctions event. Counts: sanctions 1, expulsion 1, summit 1, diplomacy 1,
// space 1; US 3, RU 1, joint 1. Tone: (−2 − 2 + 1 + 1) / 4 = −0.5 over n 4.
const LIST = events([
  ev('s', '2021-04-15', -2, { actors: ['US'], category: 'sanctions' }),
  ev('x', '2021-04-22', -2, { actors: ['RU'], category: 'expulsion' }),
  ev('g', '2021-06-16', 1, { actors: ['US', 'RU'], category: 'summit' }),
  ev('d', '2021-01-26', 1, { actors: ['US'], category: 'diplomacy' }),
  ev('o', '2021-09-01', null, { actors: ['US'], category: 'space' }),
  ev('later', '2022-02-24', -2, { actors: ['RU'], category: 'military' }),
]);

describe('computePeriodSummary', () => {
  it('counts by category, every documented one listed, and by acting side', () => {
    const s = computePeriodSummary(LIST, YEAR_2021, byTone);
    expect(s).toMatchObject({ from: '2021-01-01', to: '2021-12-31', events: 5, byActor: { US: 3, RU: 1, joint: 1 } });
    expect(s.byCategory).toHaveLength(13);
    expect(s.byCategory.filter((c) => c.count > 0)).toEqual([
      { category: 'summit', count: 1 },
      { category: 'diplomacy', count: 1 },
      { category: 'sanctions', count: 1 },
      { category: 'expulsion', count: 1 },
      { category: 'space', count: 1 },
    ]);
    expect(s.byCategory.find((c) => c.category === 'military')).toEqual({ category: 'military', count: 0 });
  });

  it('means the tone of the events with one, and ranks landmarks by the rule given (ties in date order)', () => {
    const s = computePeriodSummary(LIST, YEAR_2021, byTone, 3);
    expect(s).toMatchObject({ meanTone: -0.5, toneN: 4 });
    // |tone| 2: s (15 April), x (22 April); then |tone| 1: d (26 January) before g (16 June).
    expect(s.landmarkIds).toEqual(['s', 'x', 'd']);
    expect(computePeriodSummary(LIST, YEAR_2021, () => Number.NaN).landmarkIds).toEqual([]);
  });

  it('has no mean under three toned events, and zeros for an empty period', () => {
    const s = computePeriodSummary(LIST, [utc(2021, 4), utc(2021, 5)], byTone);
    expect(s).toMatchObject({ events: 2, meanTone: null, toneN: 2 });
    const empty = computePeriodSummary([], YEAR_2021, byTone);
    expect(empty).toMatchObject({
      events: 0,
      meanTone: null,
      toneN: 0,
      landmarkIds: [],
      byActor: { US: 0, RU: 0, joint: 0 },
    });
    expect(empty.byCategory.every((c) => c.count === 0)).toBe(true);
  });
});

describe('comparePresets', () => {
  const eras = data([ev('any', '2021-01-01', 0)], {
    eras: JSON.parse(readFileSync('data/events.json', 'utf8')).eras,
  }).eras;

  it('pairs each US and each Russian presidency with the one before it', () => {
    expect(comparePresets(eras).map((p) => p.id)).toEqual([
      'us-bush-hw..us-clinton',
      'us-clinton..us-bush-w',
      'us-bush-w..us-obama',
      'us-obama..us-trump-1',
      'us-trump-1..us-biden',
      'us-biden..us-trump-2',
      'ru-yeltsin..ru-putin-1',
      'ru-putin-1..ru-medvedev',
      'ru-medvedev..ru-putin-2',
    ]);
  });

  it('gives the handover day to the newer presidency, so no event is in both', () => {
    const obama = comparePresets(eras).find((p) => p.id === 'us-bush-w..us-obama')!;
    expect(obama.a).toEqual({ label: 'George W. Bush (2001–2009)', domain: [utc(2001, 1, 20), utc(2009, 1, 20)] });
    expect(obama.b).toEqual({ label: 'Barack Obama (2009–2017)', domain: [utc(2009, 1, 20), utc(2017, 1, 21)] });
    expect(obama.label).toBe('George W. Bush (2001–2009) and Barack Obama (2009–2017)');
  });
});

describe('serializeCompareCsv', () => {
  it('writes a row per measure with both periods side by side', () => {
    const a = computePeriodSummary(LIST, [utc(2021, 1), utc(2021, 5)], byTone, 2);
    const b = computePeriodSummary(LIST, [utc(2021, 5), utc(2022, 1)], byTone, 2);
    const lines = serializeCompareCsv(a, b).split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      'measure,key,a,b',
      'period,from,2021-01-01,2021-05-01',
      'period,to,2021-04-30,2021-12-31',
      'events,all,3,2',
      'category,summit,0,1',
      'category,diplomacy,1,0',
    ]);
    expect(lines.slice(-9)).toEqual([
      'category,space,0,1',
      'actor,US,2,1',
      'actor,RU,1,0',
      'actor,joint,0,1',
      // a: (1 − 2 − 2) / 3 = −1; b: one toned event, no mean.
      'tone,mean,-1.00,',
      'tone,n,3,1',
      'landmark,1,s,g',
      'landmark,2,x,o',
      '',
    ]);
  });

  it('quotes and defuses a hostile category name', () => {
    const list = events([ev('h', '2021-03-01', 0, { category: '=HYPERLINK("x"),1' })]);
    const s = computePeriodSummary(list, YEAR_2021, byTone);
    expect(serializeCompareCsv(s, s)).toContain('\r\ncategory,"\'=HYPERLINK(""x""),1",1,1\r\n');
  });
});

describe('computeDayPeriod', () => {
  const HOUR = 3_600_000;
  it('is the whole days a window covers, as its from= and to= name them', () => {
    // 12:00 on 5 March 2014 to 06:00 on 1 February 2016 → 5 March 2014 to the end of 1 February 2016.
    expect(computeDayPeriod([utc(2014, 3, 5) + 12 * HOUR, utc(2016, 2, 1) + 6 * HOUR])).toEqual([
      utc(2014, 3, 5),
      utc(2016, 2, 2),
    ]);
  });
  it('leaves a window on day boundaries as it is', () => {
    expect(computeDayPeriod([utc(2014, 1), utc(2017, 1)])).toEqual([utc(2014, 1), utc(2017, 1)]);
  });
});
