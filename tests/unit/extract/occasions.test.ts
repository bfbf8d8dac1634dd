import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('words given on an occasion of their own', () => {
  it('are a statement when dated, about the other side, without a strong word', () => {
    expect(
      brief(
        'In March, Mr. Lavrov told a forum of diplomats in Sochi that Washington had chosen to go its own way on Syria.',
        '2015-05-02',
      ),
    ).toEqual(['2015-03 statement RU']);
    expect(
      brief(
        'Last October, in a speech at West Point, Mr. Biden said the United States would keep talking to Moscow about arms.',
        '2022-02-01',
      ),
    ).toEqual(['2021-10 statement US']);
  });
  it('are not a statement undated, or about neither side', () => {
    expect(
      brief('Mr. Lavrov told a forum of diplomats in Sochi that the world had grown more complicated.', '2015-05-02'),
    ).toEqual([]);
    expect(
      brief(
        'In March, Mr. Lavrov told a forum of diplomats in Sochi that the world had grown complicated.',
        '2015-05-02',
      ),
    ).toEqual([]);
  });
});

describe('words in an article led by a meeting', () => {
  const meeting =
    'MOSCOW — Secretary of State James Baker held talks with President Boris Yeltsin in the Kremlin on Tuesday. ';
  it("are the meeting's when no date sets them apart", () => {
    expect(
      brief(`${meeting}Mr. Yeltsin accused Washington of ignoring Russia's interests in the Balkans.`, '1992-05-21'),
    ).toEqual(['1992-05-19 diplomacy US+RU']);
  });
  it('are an occasion of their own when dated in another month', () => {
    expect(
      brief(
        `${meeting}In February Mr. Yeltsin had accused Washington of ignoring Russia's interests in the Balkans.`,
        '1992-05-21',
      ),
    ).toEqual(['1992-05-19 diplomacy US+RU', '1992-02 statement RU']);
  });
});

describe("a named visitor's dated visit", () => {
  it('is a meeting with the host, a summit only when the visitor is a president', () => {
    expect(
      brief("Condoleezza Rice's visit to Moscow in October, where she saw Mr. Putin, changed little.", '2007-01-10'),
    ).toEqual(['2006-10 diplomacy US+RU']);
    expect(brief("Mr. Obama's visit to Moscow in July was his first as president.", '2009-09-20')).toEqual([
      '2009-07 summit US+RU',
    ]);
  });
  it('is no act when it is still to come', () => {
    expect(brief("Ms. Rice's visit to Moscow next month may change little.", '2007-01-10')).toEqual([]);
  });
});

describe('approval or concern', () => {
  it('is a statement when dated and about the other side', () => {
    expect(
      brief('On Friday Vice President Dick Cheney praised Russia for its economic progress.', '2006-05-07'),
    ).toEqual(['2006-05-05 statement US']);
  });
  it('is none about a third country', () => {
    expect(
      brief(
        "Vice President Dick Cheney criticised the Kremlin in a speech in Vilnius on Thursday. Mr. Cheney flew on to Kazakhstan on Friday, where he praised the country's economic progress and said little about its elections.",
        '2006-05-07',
      ),
    ).toEqual(['2006-05-04 statement US']);
  });
});
