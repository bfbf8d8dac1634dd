import { describe, expect, it } from 'vitest';
import { parseOurCsv, serializeOurCsv } from '../../../../src/data/csv';
import { validateDataset } from '../../../../src/data/validate';
import {
  computeExtractedEvents,
  extractedFileName,
  serializeExtractedJson,
} from '../../../../src/modes/extract/extractedFiles';
import { reduceWorkbench } from '../../../../src/modes/extract/workbench';
import { INF_ARTICLE, infWorkbench } from './articleFixture';

const start = infWorkbench();
const keys = start.items.map((i) => i.key);
let wb = reduceWorkbench(start, { type: 'decide', key: keys[0] as string, decision: 'source' });
wb = reduceWorkbench(wb, { type: 'decide', key: keys[2] as string, decision: 'accepted' });
wb = reduceWorkbench(wb, { type: 'decide', key: keys[3] as string, decision: 'accepted' });
wb = reduceWorkbench(wb, { type: 'decide', key: keys[1] as string, decision: 'rejected' });
const extracted = computeExtractedEvents(wb);
const meta = { license: 'CC BY 4.0', updated: '2026-05-01' };

describe('the extracted dataset file', () => {
  const doc = JSON.parse(serializeExtractedJson(extracted, INF_ARTICLE, meta));

  it('is a dataset in our schema holding exactly the accepted new events, with no issues', () => {
    const { dataset, issues } = validateDataset(doc);
    expect(issues).toEqual([]);
    expect(dataset?.events.map((e) => e.id)).toEqual([
      '2019-02-russia-suspends-arms-control-commitments',
      '2019-08-russia-criticises-us',
    ]);
    expect(doc).toMatchObject({
      title: 'Events from Example Wire, 2019-08-02',
      version: '1',
      license: 'CC BY 4.0',
      updated: '2026-05-01',
      source: INF_ARTICLE.url,
    });
  });

  it('lists the source additions apart, by the id of the dataset’s event', () => {
    expect(doc.sourceAdditions).toEqual([
      expect.objectContaining({
        event: '2019-08-02-us-withdrawal-from-inf-effective',
        source: expect.objectContaining({ url: INF_ARTICLE.url, publisher: 'Example Wire' }),
      }),
    ]);
  });

  it('writes the same events as our CSV, which reads back to them', () => {
    const parsed = parseOurCsv(serializeOurCsv(extracted.events));
    expect(validateDataset(parsed.raw).dataset?.events.map((e) => e.title)).toEqual([
      'Russia suspends arms-control commitments',
      'Russia criticises the US',
    ]);
  });

  it('is named after the article’s host and day', () => {
    expect(extractedFileName(INF_ARTICLE)).toBe('events-example-wire.com-2019-08-02');
    expect(extractedFileName(null)).toBe('events-from-article');
  });
});
