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
