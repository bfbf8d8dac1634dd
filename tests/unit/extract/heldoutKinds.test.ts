import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/extract/dates';
import { brief } from './articleHelpers';

describe('verb classes beyond the tuned vocabulary', () => {
  it('reads expulsions worded as ordering out, sending home or giving days to leave', () => {
    expect(brief('The State Department on Tuesday ordered out a Russian attaché.', '2019-03-07')).toEqual([
      '2019-03-05 expulsion US',
    ]);
    expect(brief('Moscow on Monday sent three American diplomats home.', '2019-03-07')).toEqual([
      '2019-03-04 expulsion RU',
    ]);
    expect(
      brief('Russia on Friday gave a U.S. embassy counsellor 72 hours to leave the country.', '2019-03-09'),
    ).toEqual(['2019-03-08 expulsion RU']);
  });
  it('reads detentions worded as taking into custody or abducting', () => {
    expect(brief('A U.S. businessman was taken into custody by Russian police on Tuesday.', '2020-10-08')).toEqual([
      '2020-10-06 prisoners RU',
    ]);
  });
  it('reads cancelled and suspended contacts before the meeting they name, by topic', () => {
    expect(brief('Washington on Monday scrapped a planned round of talks with Moscow.', '2018-05-09')).toEqual([
      '2018-05-07 diplomacy US',
    ]);
  });
  it('reads a demand to cut an embassy staff as an expulsion', () => {
    expect(
      brief('On Friday Moscow demanded that Washington cut the number of its embassy staff in Russia.', '2018-05-12'),
    ).toEqual(['2018-05-11 expulsion RU']);
  });
});

describe('dates attached to the act', () => {
  it('reads a month with "last year" and "last MONTH" in the right year', () => {
    const got = findDateMentions('He was arrested in June last year and charged last November.', '2023-07-21');
    expect(got.map((d) => d.date)).toEqual(['2022-06', '2022-11']);
  });
  it('does not take an effective date for the act', () => {
    const [d] = findDateMentions('The rule applies, effective March 3, 2024.', '2024-02-01');
    expect(d?.anchor).toBe(false);
  });
  it('takes the date of a reported act from its own sentence over the day it was reported', () => {
    expect(
      brief(
        'Washington has expelled a Russian diplomat, officials said on Friday. The Russian was declared persona non grata by the United States on Wednesday.',
        '2019-04-13',
      ),
    ).toEqual(['2019-04-10 expulsion US']);
  });
  it('falls back on the day of the report when nothing else dates the act', () => {
    expect(brief('Russia has expelled a U.S. diplomat, the State Department said on Friday.', '2019-04-13')).toEqual([
      '2019-04-12 expulsion RU',
    ]);
  });
});

describe('acts that are not ours, not done, or not acts', () => {
  it('leaves out acts under a condition and nouns for acts not yet done', () => {
    expect(
      brief(
        'The curbs will be eased only if Moscow releases the detained sailors and withdraws its troops.',
        '2019-05-02',
      ),
    ).toEqual([]);
    expect(brief('The ministry said it remained ready for possible talks with Washington.', '2019-05-02')).toEqual([]);
  });
  it('reads "as wrongfully detained" as a status, not a detention', () => {
    expect(brief('Washington has not yet classified the reporter as wrongfully detained.', '2019-05-02')).toEqual([]);
  });
  it('leaves out a meeting of one side with a third party', () => {
    expect(brief("Putin met Turkey's President Erdogan in Sochi on Monday.", '2019-05-08')).toEqual([]);
  });
  it('takes the object of a headline verb for the target, not the actor', () => {
    expect(brief('Washington slaps Moscow with new sanctions over hacking', '2019-05-02')).toEqual([
      '2019-05 sanctions US',
    ]);
  });
  it('takes the vehicle or aircraft just before a military verb as its subject', () => {
    expect(
      brief(
        'U.S. officials said on Friday that a Russian warship sideswiped an American destroyer on Thursday.',
        '2019-06-08',
      ),
    ).toEqual(['2019-06-06 military RU']);
  });
  it('makes a call with a counterpart two-sided, and military between generals', () => {
    expect(
      brief('Gen. Joseph Dunford spoke by phone on Tuesday with his Russian counterpart about Syria.', '2018-03-08'),
    ).toEqual(['2018-03-06 military US+RU']);
  });
  it('makes blaming the other side for an incident a statement, and needs forces for a military act', () => {
    expect(
      brief(
        "Russia's Defence Ministry on Monday blamed U.S. forces for a collision of patrol vehicles in Syria.",
        '2020-09-01',
      ),
    ).toEqual(['2020-08-31 statement RU']);
    expect(brief('A man who said he was a U.S. diplomat struck a Russian guard at the door.', '2020-09-01')).toEqual(
      [],
    );
  });
  it('keeps statements that concern the other side only', () => {
    expect(
      brief('Russian central bank governor Elvira Nabiullina warned that inflation risks had grown.', '2016-03-01'),
    ).toEqual([]);
  });
});

describe('more readings', () => {
  it('reads "had a telephone conversation" as a call that happened', () => {
    expect(brief('On Tuesday Putin had a telephone conversation with Biden.', '2021-07-10')).toEqual([
      '2021-07-06 diplomacy US+RU',
    ]);
  });
  it('does not read a condition "to be met" as a meeting', () => {
    expect(brief('The conditions set by Washington for Russian banks have been met.', '2021-07-10')).toEqual([]);
  });
  it('does not take the act someone is accused of as an act of the accuser', () => {
    expect(
      brief('U.S. officials have accused Moscow of seizing American citizens as bargaining chips.', '2021-07-10'),
    ).toEqual([]);
  });
  it('leaves out acts from before December 1991, when the other side was the Soviet Union', () => {
    expect(brief('Washington and Moscow signed the treaty in July 1991.', '1992-02-01')).toEqual([]);
  });
});
