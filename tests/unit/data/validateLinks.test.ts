import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate';
import { rawDataset, rawEvent } from '../fixtures';

const warningsOf = (events: Record<string, unknown>[]) => {
  const { dataset, issues } = validateDataset(rawDataset(events));
  return { ids: dataset?.events.map((e) => e.id), issues };
};

describe('warnings on responses and years', () => {
  it('warns, and keeps the event, when an event answers itself', () => {
    const { ids, issues } = warningsOf([rawEvent({ id: 'a', respondsTo: ['a'] })]);
    expect(ids).toEqual(['a']);
    expect(issues).toEqual([
      {
        level: 'warning',
        index: 0,
        id: 'a',
        field: 'respondsTo',
        message: 'names the event itself: an event cannot answer itself; remove "a"',
      },
    ]);
  });

  it('names the events of a cycle of responses once, and keeps them all', () => {
    const { ids, issues } = warningsOf([
      rawEvent({ id: 'a', date: '2021-01-01', respondsTo: ['c'] }),
      rawEvent({ id: 'b', date: '2021-01-02', respondsTo: ['a'] }),
      rawEvent({ id: 'c', date: '2021-01-03', respondsTo: ['b'] }),
      rawEvent({ id: 'd', date: '2021-01-04', respondsTo: ['a', 'c'] }),
    ]);
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(issues).toEqual([
      {
        level: 'warning',
        index: 0,
        id: 'a',
        field: 'respondsTo',
        message:
          'is in a cycle of responses: "a" answers "c", which answers "b", which answers "a"; an event can only answer earlier ones',
      },
    ]);
  });

  it('finds two separate cycles and leaves a chain alone', () => {
    const { issues } = warningsOf([
      rawEvent({ id: 'a', date: '2021-01-01', respondsTo: ['b'] }),
      rawEvent({ id: 'b', date: '2021-01-02', respondsTo: ['a'] }),
      rawEvent({ id: 'x', date: '2021-02-01' }),
      rawEvent({ id: 'y', date: '2021-02-02', respondsTo: ['x'] }),
      rawEvent({ id: 'z', date: '2021-02-03', respondsTo: ['y', 'x', 'z2'] }),
      rawEvent({ id: 'z2', date: '2021-02-04', respondsTo: ['z'] }),
    ]);
    expect(issues.map((i) => [i.id, i.message.split(';')[0]])).toEqual([
      ['a', 'is in a cycle of responses: "a" answers "b", which answers "a"'],
      ['z', 'is in a cycle of responses: "z" answers "z2", which answers "z"'],
    ]);
  });

  it('handles a long chain of responses without running out of stack', () => {
    const n = 30_000;
    const events = Array.from({ length: n }, (_, i) =>
      rawEvent({ id: `e${i}`, date: '2021-01-01', respondsTo: [`e${(i + 1) % n}`] }),
    );
    const { issues } = warningsOf(events);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^is in a cycle of responses: "e0" answers "e1", which answers "e2", .*…/);
  });

  it('warns about year 0 and years before 1000, where the date is otherwise valid', () => {
    const { ids, issues } = warningsOf([
      rawEvent({ id: 'zero', date: '0000-03-01' }),
      rawEvent({ id: 'early', date: '0999', end: '2021' }),
      rawEvent({ id: 'ended', date: '1999', end: '0000-12' }),
      rawEvent({ id: 'fine', date: '1000-01-01' }),
    ]);
    expect(ids).toEqual(['zero', 'early', 'fine']);
    expect(issues.map((i) => [i.level, i.id, i.field, i.message])).toEqual([
      [
        'warning',
        'zero',
        'date',
        '"0000-03-01" is in year 0, which the calendar does not have (1 BC is followed by AD 1): check the year',
      ],
      ['warning', 'early', 'date', '"0999" is before the year 1000: check the year (a digit missing?)'],
      ['error', 'ended', 'end', '"0000-12" is before the start date "1999"'],
      [
        'warning',
        'ended',
        'end',
        '"0000-12" is in year 0, which the calendar does not have (1 BC is followed by AD 1): check the year',
      ],
    ]);
  });
});
