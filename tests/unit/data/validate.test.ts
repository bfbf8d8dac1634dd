import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/data/model';
import { validateDataset } from '../../../src/data/validate';
import { rawDataset, rawEvent } from '../fixtures';

describe('validateDataset', () => {
  it('accepts a valid dataset, sorted by date, with an index of responses', () => {
    const { dataset, issues } = validateDataset(
      rawDataset([
        rawEvent({ id: 'b', date: '2021-04-16', actors: ['RU'], respondsTo: ['a'] }),
        rawEvent({ id: 'a', date: '2021-04-15' }),
      ]),
    );
    expect(issues).toEqual([]);
    expect(dataset?.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(dataset?.answeredBy.get('a')).toEqual(['b']);
  });

  it('rejects a record with an impossible date and names its index, id, field and reason', () => {
    const { dataset, issues } = validateDataset(
      rawDataset([rawEvent({ id: 'ok' }), rawEvent({ id: 'bad', date: '2021-13-45' })]),
    );
    expect(dataset?.events.map((e) => e.id)).toEqual(['ok']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ level: 'error', index: 1, id: 'bad', field: 'date' });
    expect(formatIssue(issues[0]!)).toBe('Error: event 1 (bad), date: "2021-13-45" is not a calendar date');
  });

  it('rejects duplicate ids, missing titles, non-objects and unsafe links, keeping the valid records', () => {
    const { dataset, issues } = validateDataset(
      rawDataset([
        rawEvent({ id: 'a' }),
        rawEvent({ id: 'a', date: '2021-05-01' }),
        rawEvent({ id: 'c', title: '  ' }),
        'not an event',
        rawEvent({ id: 'd', sources: [{ url: 'javascript:alert(1)', title: 'x', publisher: 'y', kind: 'news' }] }),
        rawEvent({ id: 'e', date: '2021-06-01' }),
      ]),
    );
    expect(dataset?.events.map((e) => e.id)).toEqual(['a', 'e']);
    const errors = issues.filter((i) => i.level === 'error').map((i) => `${i.index}:${i.field}`);
    expect(errors).toEqual(['1:id', '2:title', '3:(record)', '4:sources[0].url']);
  });

  it('keeps a record with only warnings (no source, unknown category) and says so', () => {
    const { dataset, issues } = validateDataset(rawDataset([rawEvent({ id: 'w', category: 'weather', sources: [] })]));
    expect(dataset?.events.map((e) => e.id)).toEqual(['w']);
    expect(issues.map((i) => [i.level, i.field, i.message])).toEqual([
      ['warning', 'category', expect.stringContaining('"weather" is not one of')],
      ['warning', 'sources', 'has no source'],
    ]);
  });

  it('rejects an end before the start, and lets an end extend the event', () => {
    const { dataset, issues } = validateDataset(
      rawDataset([
        rawEvent({ id: 'x', date: '2021-05-01', end: '2021-04-01' }),
        rawEvent({ id: 'y', date: '2011-02-05', end: '2026-02-05' }),
      ]),
    );
    expect(issues.map((i) => `${i.id}:${i.field}`)).toEqual(['x:end']);
    expect(dataset?.events[0]?.endMs).toBe(Date.UTC(2026, 1, 6));
    expect(dataset?.longestMs).toBe(Date.UTC(2026, 1, 6) - Date.UTC(2011, 1, 5));
  });

  it('warns about a response to an event that is not there', () => {
    const { issues } = validateDataset(rawDataset([rawEvent({ id: 'r', respondsTo: ['ghost'] })]));
    expect(issues).toEqual([expect.objectContaining({ level: 'warning', id: 'r', field: 'respondsTo' })]);
  });

  it('says what is wrong with a file that is not a dataset, without throwing', () => {
    for (const raw of [null, 42, 'text', { events: 'no' }, {}]) {
      const { dataset, issues } = validateDataset(raw);
      expect(dataset).toBeNull();
      expect(issues[0]?.level).toBe('error');
    }
  });

  it('accepts a bare array of events', () => {
    expect(validateDataset([rawEvent()]).dataset?.events).toHaveLength(1);
  });
});
