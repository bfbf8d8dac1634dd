import { describe, expect, it } from 'vitest';
import { analyseArticle, findArticleCandidates } from '../../../src/extract/article';
import { classifyMiss, type Drop } from '../../../src/extract/diagnose';
import type { ExpectedEvent } from '../../../src/extract/evaluate';
import { extractEvents } from '../../../src/extract/extract';

const published = '2009-10-02';
const text = [
  'GENEVA — The United States expelled two Russian diplomats on Thursday.',
  'On Sept. 17 Mr. Obama changed course on the interceptors in Poland, which Russia had opposed.',
  'Russia, which had not met American officials since the war with Georgia in August 2008, said nothing.',
  'He said the Kremlin would weigh the American move.',
].join(' ');

function classes(expected: readonly ExpectedEvent[]) {
  const analyses = analyseArticle(text, published);
  const drops: Drop[] = [];
  const raws = findArticleCandidates(analyses, published, (sentence, hit, why) =>
    drops.push({ sentence, word: hit.text, why }),
  );
  const { events } = extractEvents({ text, url: 'https://example.org/a', published }, null);
  return expected.map((e) => classifyMiss(e, analyses, raws, events, drops));
}

const event = (over: Partial<ExpectedEvent>): ExpectedEvent => ({
  date: '2009-10-01',
  precision: 'day',
  actors: ['US'],
  category: 'expulsion',
  figures: [],
  ...over,
});

describe('classifyMiss: why an expected event was missed', () => {
  it('names a candidate proposed with another category, other sides or another date', () => {
    const [category, sides] = classes([event({ category: 'sanctions' }), event({ actors: ['RU'] })]);
    expect(category?.kind).toBe('category');
    expect(sides?.kind).toBe('sides');
  });
  it('tells an act with no act word from a date no sentence names', () => {
    const [noWord, noDate] = classes([
      event({ date: '2009-09-17', category: 'arms-control' }),
      event({ date: '2009-06', precision: 'month', category: 'diplomacy', actors: ['US', 'RU'] }),
    ]);
    expect(noWord?.kind).toBe('no-act-word');
    expect(noWord?.naming).toEqual([1]);
    expect(noDate?.kind).toBe('no-date');
  });
  it('gives the act words of the sentence that names the date, and why each gave no act', () => {
    const [met] = classes([
      event({ date: '2008-08', precision: 'month', category: 'diplomacy', actors: ['US', 'RU'] }),
    ]);
    expect(met?.kind).toBe('filtered');
    expect(met?.drops.map((d) => [d.word, d.why])).toContainEqual(['met', 'not reported as done']);
  });
});
