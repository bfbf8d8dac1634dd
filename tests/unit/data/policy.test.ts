import { describe, expect, it } from 'vitest';
import { checkPolicy, titleSimilarity } from '../../../src/data/policy';
import { dataset, rawEvent } from '../fixtures';

const NOW = Date.UTC(2026, 10, 28);

describe('checkPolicy', () => {
  it('passes a well-sourced dataset', () => {
    expect(checkPolicy(dataset([rawEvent()]), { nowMs: NOW })).toEqual([]);
  });
  it('flags http sources, repeated sources, future dates, responses to later events and figures without a source', () => {
    const src = { url: 'http://example.org/x', title: 't', publisher: 'p', kind: 'news' };
    const issues = checkPolicy(
      dataset([
        rawEvent({ id: 'early', date: '2021-01-01', respondsTo: ['late'], sources: [src, src] }),
        rawEvent({ id: 'late', date: '2021-02-01', figures: [{ value: 32, what: 'designations', source: 3 }] }),
        rawEvent({ id: 'future', date: '2027-01-01' }),
      ]),
      { nowMs: NOW },
    );
    expect(issues.map((i) => `${i.id} ${i.field}`)).toEqual([
      'early sources[0].url',
      'early sources[1].url',
      'early sources[1].url',
      'early respondsTo',
      'late figures[0].source',
      'future date',
    ]);
  });
  it('requires Russian state-affiliated media to be labelled state-media', () => {
    const src = (url: string, kind: string) => ({ url, title: 't', publisher: 'p', kind });
    const issues = checkPolicy(
      dataset([
        rawEvent({
          id: 'a',
          sources: [
            src('https://tass.com/politics/1', 'news'),
            src('https://sputnikglobe.com/2021/x', 'reference'),
            src('https://www.rt.com/news/1', 'state-media'),
            src('https://de.sputniknews.com/politik/1', 'state-media'),
            src('https://www.reuters.com/world/1', 'news'),
            src('https://start.example/rt.com', 'news'),
          ],
        }),
      ]),
      { nowMs: NOW },
    );
    expect(issues.map((i) => `${i.field}: ${i.message}`)).toEqual([
      'sources[0].kind: is "news", but tass.com is Russian state media',
      'sources[1].kind: is "reference", but sputnikglobe.com is Russian state media',
    ]);
  });
  it('flags near-duplicates: same date and category with similar titles', () => {
    const issues = checkPolicy(
      dataset([
        rawEvent({ id: 'a', title: 'US expels 10 Russian diplomats' }),
        rawEvent({ id: 'b', title: 'US expels ten Russian diplomats' }),
        rawEvent({ id: 'c', title: 'Treasury designates 32 entities' }),
      ]),
      { nowMs: NOW },
    );
    expect(issues.map((i) => `${i.id} ${i.field}`)).toEqual(['b title']);
  });
  it('measures title similarity on words', () => {
    expect(titleSimilarity('a b c', 'a b c')).toBe(1);
    expect(titleSimilarity('a b', 'c d')).toBe(0);
  });
});
