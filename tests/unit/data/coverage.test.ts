import { describe, expect, it } from 'vitest';
import { computeSourceTiming } from '../../../src/data/coverage';
import { formatIssue } from '../../../src/data/model';
import { checkPolicy } from '../../../src/data/policy';
import { dataset, rawEvent } from '../fixtures';

const NOW = Date.UTC(2026, 10, 28);
const src = (date: string | undefined, n = 0) => ({
  url: `https://example.org/${n}`,
  title: 't',
  publisher: 'p',
  kind: 'news',
  ...(date ? { date } : {}),
});
const errors = (events: Record<string, unknown>[], extra: Record<string, unknown> = { through: '2025-12-31' }) =>
  checkPolicy(dataset(events, extra), { nowMs: NOW }).map(formatIssue);

describe('contemporaneous sources', () => {
  const event = (date: string, ...dates: (string | undefined)[]) =>
    rawEvent({ id: `e-${date}`, date, sources: dates.map((d, i) => src(d, i)) });

  it('counts a source dated up to 14 days after the event, and not a day later', () => {
    const d = dataset([event('2021-04-15', '2021-04-29', '2021-04-30', undefined, '2021-04', '2022')]);
    const e = d.events[0]!;
    expect(e.sources.map((s) => computeSourceTiming(e, s))).toEqual([
      'contemporaneous',
      'retrospective',
      'undated',
      'contemporaneous',
      'retrospective',
    ]);
  });

  it("measures from the end of a month-precision event's month, not from its end date", () => {
    const d = dataset([
      event('2021-04', '2021-05-14', '2021-05-15'),
      rawEvent({ id: 'treaty', date: '2011-02-05', end: '2026-02-05', sources: [src('2026-02-05')] }),
    ]);
    const [treaty, month] = d.events;
    expect(month!.sources.map((s) => computeSourceTiming(month!, s))).toEqual(['contemporaneous', 'retrospective']);
    expect(computeSourceTiming(treaty!, treaty!.sources[0]!)).toBe('retrospective');
  });

  it('rejects an event with only retrospective or undated sources, and passes one with any contemporaneous source', () => {
    expect(
      errors([
        event('2021-04-15', '2021-04-15', '2024-01-01'),
        event('2021-05-03', '2024-01-01', '2023-06-01'),
        event('2021-06-01', undefined, '2024-01-01'),
        event('2021-07-01', undefined),
      ]),
    ).toEqual([
      'Error: event e-2021-05-03, sources: are all retrospective (dated after 2021-05-17, 14 days after the event): add a contemporaneous source',
      'Error: event e-2021-06-01, sources: include none dated by 2021-06-15, 14 days after the event: add a contemporaneous source, or date the undated ones',
      'Error: event e-2021-07-01, sources: include none dated by 2021-07-15, 14 days after the event: add a contemporaneous source, or date the undated ones',
    ]);
  });
});

describe('through', () => {
  it('is required in the curated dataset', () => {
    expect(errors([rawEvent()], {})).toEqual([
      'Error: dataset, through: is missing: add the last day up to which the dataset is checked complete (YYYY-MM-DD)',
    ]);
  });
  it('may not be after the update date', () => {
    expect(errors([rawEvent()], { through: '2026-01-01' })).toEqual([]);
    expect(errors([rawEvent()], { through: '2026-01-02' })).toEqual([
      'Error: dataset, through: "2026-01-02" is after the update date "2026-01-01": the dataset cannot be checked beyond its last edit',
    ]);
  });
  it('rejects events dated after it, and not an event on that day or one that only ends later', () => {
    const s = (date: string) => [src(date)];
    expect(
      errors(
        [
          rawEvent({ id: 'on', date: '2021-04-15', sources: s('2021-04-15') }),
          rawEvent({ id: 'after', date: '2021-04-16', sources: s('2021-04-16') }),
          rawEvent({ id: 'month', date: '2021-04', sources: s('2021-04-15') }),
          rawEvent({ id: 'long', date: '2021-01-01', end: '2021-12-31', sources: s('2021-01-01') }),
        ],
        { through: '2021-04-15' },
      ),
    ).toEqual([
      'Error: event after, date: "2021-04-16" is after the dataset\'s `through` date "2021-04-15": check the period up to it and move `through`',
    ]);
  });
});
