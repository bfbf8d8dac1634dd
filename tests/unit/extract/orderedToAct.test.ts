import { describe, expect, it } from 'vitest';
import { brief, titles } from './articleHelpers';

describe('a side ordered to act', () => {
  it('is the one the order falls on: the other side gave it', () => {
    expect(brief('On Monday forty Russian diplomats were ordered to leave the United States.', '2018-03-28')).toEqual([
      '2018-03-26 expulsion US',
    ]);
    expect(brief('On Tuesday Russia was told to close its consulate in Seattle.', '2018-03-28')).toEqual([
      '2018-03-27 expulsion US',
    ]);
  });
  it('leaves the country that gave the order, when the one ordered is not named as a side', () => {
    expect(
      brief(
        'Moscow had refused to recall a Russian intelligence officer. The officer was ordered on Friday to leave the United States within seven days.',
        '1994-02-27',
      ),
    ).toEqual(['1994-02-25 expulsion US']);
  });
  it('is titled by whom it expels, not by the days given to leave', () => {
    expect(
      titles(
        'Moscow had refused to recall a Russian intelligence officer. The officer was ordered on Friday to leave the United States within seven days.',
        '1994-02-27',
      ),
    ).toEqual(['US expels Russian diplomats']);
  });
});

describe('forces sent in and land taken', () => {
  it('reads forces sent across a border or "sending in its army", and annexation, as military acts', () => {
    expect(
      brief('Russia sent its forces across the border on Friday, and Washington protested within hours.', '2008-08-10'),
    ).toContain('2008-08-08 military RU');
    expect(
      titles(
        'Russia sent its forces across the border on Friday, and Washington protested within hours.',
        '2008-08-10',
      ),
    ).toContain('Russia sends in its forces');
    expect(
      titles(
        'Since Russia annexed Crimea in 2014, the hotline with Washington has been one of the few channels that still worked.',
        '2022-05-14',
      ),
    ).toEqual(['Russia annexes territory']);
  });
});

describe('calls told in other ways', () => {
  it('reads "spoke today from Camp David with" and "their sixth call" as calls held, titled by one name a side', () => {
    expect(
      titles(
        'President Biden spoke today from Camp David with President Vladimir Putin about the build-up.',
        '2022-02-12',
      ),
    ).toEqual(['Biden and Putin hold a call']);
    expect(
      titles(
        "On July 3, in what was by the Kremlin's count their sixth call of the year, Mr Putin told Mr Trump that Russia would not back down.",
        '2025-07-10',
      ),
    ).toEqual(['Putin and Trump hold a call']);
  });
});

describe('the side named inside the words of an act', () => {
  it('is the one the act falls on when no subject of ours is named: "called in Russian Ambassador …"', () => {
    const found = brief(
      'Washington was angered by the find. On Wednesday Thomas Pickering called in Russian Ambassador Yuri Ushakov to lodge a protest.',
      '1999-12-09',
    );
    expect(found).toContain('1999-12-08 diplomacy US');
    expect(found).not.toContain('1999-12-08 diplomacy RU');
  });
});

describe('a side told of as the subject, and the side whose notice it is', () => {
  it('reads a country followed by a time as the subject: "The United States yesterday told Russia that it will withdraw"', () => {
    expect(
      brief('The United States yesterday formally told Russia that it will withdraw from the treaty.', '2001-12-14'),
    ).toEqual(['2001-12-13 arms-control US']);
  });
  it('gives a withdrawal to the side that gave notice of it, not to the side told', () => {
    expect(
      brief(
        'On Friday the White House said the United States had given Russia formal notice of its withdrawal from the treaty.',
        '2019-02-03',
      ),
    ).toEqual(['2019-02-01 arms-control US']);
  });
});

describe('a government body right before "arrested with"', () => {
  it('is the subject of the arrest, not the sign of a passive', () => {
    expect(
      brief(
        'Moscow protested the case of the analyst, a Russian citizen whom the Federal Bureau of Investigation arrested with his wife on Monday.',
        '1994-02-23',
      ),
    ).toContain('1994-02-21 prisoners US');
  });
});
