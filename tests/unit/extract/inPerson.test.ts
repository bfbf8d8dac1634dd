import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/text';
import { brief } from './articleHelpers';

const summit = (date: string) => `${date} summit US+RU`;

describe('both presidents together in person', () => {
  it('is their summit when a dated lead names them as one subject under a dateline', () => {
    expect(
      brief(
        'CAMP DAVID, Md. — President Bush and President Boris Yeltsin of Russia declared on Saturday that their countries were no longer adversaries.',
        '1992-02-02',
      ),
    ).toEqual([summit('1992-02-01')]);
  });
  it('is their summit when one addresses the other at a place that says they were together', () => {
    expect(
      brief(
        'MOSCOW, May 10 — President Boris Yeltsin told President Clinton at the Kremlin on Wednesday that Russia would not sell Iran a centrifuge plant.',
        '1995-05-11',
      ),
    ).toEqual([summit('1995-05-10')]);
  });
  it('is no summit when the dateline is only where one of them spoke, or when they talked by phone', () => {
    expect(
      brief(
        'TURNBERRY, Scotland — President Donald Trump said on Monday that he was shortening the deadline for President Vladimir Putin to end the war.',
        '2025-07-29',
      ).filter((e) => e.includes(' summit ')),
    ).toEqual([]);
    expect(
      brief(
        'WASHINGTON — President Obama and President Putin agreed by telephone on Monday to keep talking about Syria.',
        '2015-09-22',
      ).filter((e) => e.includes(' summit ')),
    ).toEqual([]);
  });
  it('allows given names and initials between the two: "welcomed President Vladimir V. Putin"', () => {
    expect(
      brief(
        'WASHINGTON, Sept. 17 — President Bush welcomed President Vladimir V. Putin to the White House on Friday.',
        '2005-09-17',
      ),
    ).toEqual([summit('2005-09-16')]);
  });
  it('takes a dateline with its region and day as no date of the act: "SOCHI, Russia, May 13 — … on Tuesday"', () => {
    expect(
      brief(
        'SOCHI, Russia, May 13 — Secretary of State John Kerry held talks with Foreign Minister Sergei V. Lavrov on Tuesday.',
        '2015-05-13',
      ),
    ).toEqual(['2015-05-12 diplomacy US+RU']);
  });
  it('keeps a dateline’s abbreviation in its sentence: "CAMP DAVID, Md. — …" is one sentence', () => {
    expect(splitSentences('CAMP DAVID, Md. — The two presidents met. They talked.').map((s) => s.text)).toEqual([
      'CAMP DAVID, Md. — The two presidents met.',
      'They talked.',
    ]);
  });
});
