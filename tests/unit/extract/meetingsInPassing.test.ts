import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('a meeting named in passing with its place and a past month', () => {
  it('is the two presidents’ summit of that month', () => {
    expect(
      brief(
        'Ushakov said the territorial question had to be settled on the formula agreed in Anchorage, a reference to the summit between Mr. Putin and Mr. Trump in Alaska in August.',
        '2025-11-25',
      ),
    ).toContain('2025-08 summit US+RU');
  });
  it('is no act when it was only planned, agreed to be held, or of many countries', () => {
    expect(
      brief(
        'The planned summit between Mr. Putin and Mr. Trump in Budapest in October never took place.',
        '2025-11-25',
      ),
    ).toEqual([]);
    expect(
      brief(
        'The Kremlin said the two leaders agreed to hold their first meeting on the sidelines of the Group of 20 summit in Los Cabos, Mexico, in June.',
        '2012-05-10',
      ),
    ).not.toContain('2011-06 summit US+RU');
    expect(
      brief(
        'American and Russian negotiators had hoped to close the deal before the Group of Eight summit in St. Petersburg in July.',
        '2006-11-20',
      ),
    ).toEqual([]);
  });
});

describe('a meeting told by the time spent', () => {
  it('reads "spent about six hours getting acquainted" as the two ministers’ meeting', () => {
    expect(
      brief(
        "HELSINKI — Secretary of State Warren Christopher and Russia's new Foreign Minister, Yevgeny M. Primakov, spent about six hours getting acquainted here on Saturday.",
        '1996-02-11',
      ),
    ).toEqual(['1996-02-10 diplomacy US+RU']);
  });
  it('reads the one met as "him" or "his" as the official named in the sentence before', () => {
    expect(
      brief(
        "AUCKLAND, Sept. 14 — Vladimir V. Putin has been Russia's Prime Minister for little more than a month. " +
          'On Sunday, on the edge of the Asia-Pacific economic summit here, President Clinton spent an hour taking his measure.',
        '1999-09-14',
      ),
    ).toEqual(['1999-09-12 diplomacy US+RU']);
  });
  it('reads "their previous conversation, on 12 February" as a call of that day between the two of the act before', () => {
    expect(
      brief(
        'On 25 March, Foreign Minister Sergey Lavrov had a telephone conversation with US Secretary of State Michael Pompeo.\n\n' +
          'The Minister recalled that in their previous conversation, on 12 February, he had cautioned the American side against any interference in Venezuela.',
        '2019-03-25',
      ),
    ).toEqual(['2019-03-25 diplomacy US+RU', '2019-02-12 diplomacy US+RU']);
  });
});

describe('a call told by who spoke with whom', () => {
  it('is a call when the length or the time of day comes between the verb and the other side', () => {
    expect(
      brief('President Obama spoke for an hour this afternoon with President Putin of Russia.', '2014-03-06'),
    ).toEqual(['2014-03-06 diplomacy US+RU']);
    expect(
      brief('On June 4 Mr Trump said he had spoken with Mr Putin for about an hour and a quarter.', '2025-06-10'),
    ).toEqual(['2025-06-04 diplomacy US+RU']);
  });
  it('is no call with a side when one spoke with someone’s relatives', () => {
    expect(brief('On Wednesday President Biden said he had spoken with Reed’s parents.', '2022-04-28')).toEqual([]);
  });
});

describe('arms-control acts told in other words', () => {
  it('takes a notice that one side would leave a treaty as its withdrawal', () => {
    expect(
      brief(
        'In December Mr. Bush gave notice to Russia that the United States would leave the 1972 Anti-Ballistic Missile Treaty.',
        '2002-01-05',
      ),
    ).toEqual(['2001-12 arms-control US']);
  });
  it('takes the Senate’s consent to ratification as its ratification', () => {
    expect(
      brief(
        'The US Senate gave its consent to ratification of the Moscow Treaty with Russia on March 6, by 95 votes in favour and none against.',
        '2003-03-10',
      ),
    ).toEqual(['2003-03-06 arms-control US']);
  });
  it('takes a missile-defence plan scrapped as an arms-control act', () => {
    expect(
      brief(
        "Russian officials were pleased in September 2009, when President Obama scrapped his predecessor's plan for a radar in the Czech Republic and interceptors in Poland.",
        '2009-11-10',
      ),
    ).toEqual(['2009-09 arms-control US']);
  });
});

describe('an act told as someone’s decision', () => {
  it('is the act of the one whose decision it was, though a "by" comes before', () => {
    expect(
      brief(
        "The atmosphere was helped by President Obama's decision last month to scrap the Bush administration's plan for missile-defense sites in Poland and the Czech Republic, which Moscow had long seen as a threat.",
        '2009-10-14',
      ),
    ).toEqual(['2009-09 arms-control US']);
  });
});

describe('calls told by who got through and who spoke', () => {
  it('reads "reached" an official of the other side for an hour as a call', () => {
    expect(
      brief(
        'On May 13, 2022, Lloyd Austin finally reached Sergei Shoigu, then defence minister, for about an hour.',
        '2024-06-26',
      ),
    ).toEqual(['2022-05-13 military US+RU']);
    expect(brief('The delegation reached Moscow by train for about an hour of sightseeing.', '2023-03-04')).toEqual([]);
  });
  it('reads a named pair of both sides that "spoke on Thursday" as a call, and not a pair of one side', () => {
    expect(brief('Blinken and Lavrov spoke on Thursday about the prisoners.', '2023-03-04')).toEqual([
      '2023-03-02 diplomacy US+RU',
    ]);
    expect(brief('Biden and Macron spoke on Thursday about Ukraine.', '2023-03-04')).toEqual([]);
  });
  it('files talks of the two defence chiefs under military, as the dataset does, and foreign ministers’ under diplomacy', () => {
    expect(
      brief(
        'Lloyd Austin spoke by phone on Tuesday with Andrei Belousov about the strike on Sevastopol.',
        '2024-06-27',
      ),
    ).toEqual(['2024-06-25 military US+RU']);
    expect(
      brief(
        'Antony Blinken spoke by phone on Tuesday with Sergei Lavrov about the strike on Sevastopol.',
        '2024-06-27',
      ),
    ).toEqual(['2024-06-25 diplomacy US+RU']);
  });
});
