import { describe, expect, it } from 'vitest';
import { toDatasetJson } from '../../../src/data/exportData';
import { validateDataset } from '../../../src/data/validate';
import { dataset, rawEvent } from '../fixtures';

describe('toDatasetJson', () => {
  it('exports the given events in the schema, and the file validates back to the same events', () => {
    const d = dataset([
      rawEvent({
        id: 'a',
        date: '2021-04',
        figures: [{ value: 32, what: 'designations', source: 0, note: 'differs' }],
      }),
      rawEvent({ id: 'b', date: '2021-05-01', end: '2022', respondsTo: ['a'] }),
      rawEvent({ id: 'c', date: '2021-06-01' }),
    ]);
    const text = toDatasetJson(d, d.events.slice(0, 2), { selection: 'test', sourceUrl: 'https://example.org/' });
    const back = validateDataset(JSON.parse(text));
    expect(back.issues).toEqual([]);
    expect(back.dataset?.events).toEqual(d.events.slice(0, 2));
  });
});

describe('toRawEvent', () => {
  it('leaves out what the data lacks: no tone for an unrated event, no source for a figure without one', () => {
    const d = dataset([rawEvent({ id: 'a', tone: undefined, figures: [{ value: 3, what: 'ships', source: 7 }] })]);
    const [event] = JSON.parse(
      toDatasetJson(d, d.events, { selection: 's', sourceUrl: 'https://example.org/' }),
    ).events;
    expect(event).not.toHaveProperty('tone');
    expect(event.figures).toEqual([{ value: 3, what: 'ships' }]);
  });
});
