import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeClue, scrubDates } from '../../../src/exercises/clue';
import { events } from '../analysis/events';
import { rawEvent } from '../fixtures';
import { loadRealDataset } from './realData';

/** A year-like number (1700–2199) not part of a longer number, or a month name not inside a longer word. */
const LEAK =
  /(?<!\d)(?:1[7-9]|2[01])\d\d(?!\d)|(?<![a-z])(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![a-z])/;

describe('scrubDates', () => {
  it('cuts dates with the preposition that led into them and tidies the sentence', () => {
    expect(scrubDates('On 15 April 2021, the US imposed sanctions.')).toBe('The US imposed sanctions.');
    expect(scrubDates('George H. W. Bush met Yeltsin on February 1, 1992. They signed.')).toBe(
      'George H. W. Bush met Yeltsin. They signed.',
    );
    expect(scrubDates('Russia moved in on the night of 7-8 August 2008, Medvedev said')).toBe(
      'Russia moved in on the night, Medvedev said',
    );
    expect(scrubDates('Signed in April 2010 (ratified 2011), the treaty')).toBe('Signed (ratified), the treaty');
    expect(scrubDates('Law 102-511 of 1992-10-24 gave $410 million')).toBe('Law 102-511 gave $410 million');
  });

  it('cuts decades, ranges, short years and years inside other text', () => {
    expect(scrubDates('the ’98 crisis, the 2014–15 sanctions, a FY2022 budget')).toBe(
      'The crisis, the sanctions, a FY budget',
    );
    expect(scrubDates('Since the mid-1990s the talks stalled')).toBe('The talks stalled');
    expect(scrubDates('Early 2014 saw talks')).toBe('Saw talks');
  });

  it('keeps numbers that are not years and words that only start like a month', () => {
    expect(scrubDates('Resolution 2254; 1,700-2,200 warheads; EO 14065; 18 Americans; Marc Fogel; Decembrists')).toBe(
      'Resolution 2254; 1,700-2,200 warheads; EO 14065; 18 Americans; Marc Fogel; Decembrists',
    );
  });

  it('cuts month abbreviations only beside a day or year', () => {
    expect(scrubDates('Talks on Apr. 15, 2021, then Jan Lipavsky spoke')).toBe('Talks, then Jan Lipavsky spoke');
    expect(scrubDates('Signed 12 Sept. 2001')).toBe('Signed');
  });

  it('leaks no year-like number or month name, whatever the text (property)', () => {
    const token = fc.oneof(
      fc.constantFrom('in', 'on', 'the', 'of', 'talks', ',', '.', '(', ')', '–', '-', '’', "'", 's', 'mid-', 'FY'),
      fc.constantFrom('January', 'May', 'Sept.', 'Dec', 'March'),
      fc.integer({ min: 0, max: 2300 }).map(String),
      fc.integer({ min: 1, max: 31 }).map((d) => `${d}th`),
      fc.string({ maxLength: 4 }),
    );
    const text = fc
      .array(token, { maxLength: 14 })
      .chain((tokens) =>
        fc
          .array(fc.constantFrom(' ', '', '-', '/', '.'), { minLength: tokens.length, maxLength: tokens.length })
          .map((seps) => tokens.map((t, i) => t + (seps[i] ?? '')).join('')),
      );
    fc.assert(
      fc.property(text, (t) => {
        expect(scrubDates(t)).not.toMatch(LEAK);
      }),
      { numRuns: 2000, seed: 20261128 },
    );
  });
});

describe('computeClue', () => {
  it('names the category and who acted, then the first sentence without its date', () => {
    const [e] = events([
      rawEvent({
        id: 'e',
        summary: 'On 15 April 2021, the US imposed sanctions on 32 entities. It also expelled ten diplomats.',
        actors: ['US'],
        category: 'sanctions',
      }),
    ]);
    expect(computeClue(e!)).toBe('Sanctions · United States: The US imposed sanctions on 32 entities.');
  });

  it('cuts a long phrase at a word, with an ellipsis', () => {
    const [e] = events([
      rawEvent({
        id: 'e',
        summary: 'Russia and the United States agreed on a long list of things.',
        actors: ['US', 'RU'],
      }),
    ]);
    expect(computeClue(e!, 30)).toBe('Sanctions · United States and Russia: Russia and the United States…');
  });

  it('gives away no year, date or month name for any event of the dataset, in clue or title', () => {
    const leaks = loadRealDataset()
      .events.flatMap((e) => [computeClue(e), scrubDates(e.title)])
      .filter((text) => LEAK.test(text) || /\d{4}-\d\d/.test(text));
    expect(leaks).toEqual([]);
  });
});
