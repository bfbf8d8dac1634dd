import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/text';

describe('splitSentences', () => {
  it('splits at sentence ends, not at abbreviations or initials, and keeps offsets into the text', () => {
    const text =
      'Headline without a stop\n\nWASHINGTON — The U.S. Treasury on Thursday sanctioned Mr. Ivanov. Gen. Smith said so! "It is over," he added.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Headline without a stop',
      'WASHINGTON — The U.S. Treasury on Thursday sanctioned Mr. Ivanov.',
      'Gen. Smith said so!',
      '"It is over," he added.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 1]);
  });

  it('joins a hard-wrapped line that runs on in lower case', () => {
    const text = 'Russia said on Friday it would expel ten\ndiplomats. Next sentence.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Russia said on Friday it would expel ten\ndiplomats.',
      'Next sentence.',
    ]);
  });
});
