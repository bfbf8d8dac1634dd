import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/extract/dates';
import { verbForms } from '../../../src/extract/lexicon';
import { brief } from './articleHelpers';

const dates = (sentence: string, anchorDay: string | null = null) =>
  findDateMentions(sentence, '2017-09-08', 0, anchorDay).map((d) => `${d.text}=${d.date}`);

describe('days counted from another day of the text', () => {
  it('counts from the day the sentence itself names', () => {
    expect(dates('The court on Wednesday extended his arrest; police had seized him the day before.')).toEqual([
      'on Wednesday=2017-09-06',
      'the day before=2017-09-05',
    ]);
    expect(dates('Officials said on Tuesday that the drill began hours earlier.')).toEqual([
      'on Tuesday=2017-09-05',
      'hours earlier=2017-09-05',
    ]);
  });
  it('counts from the last day named before when the sentence names none', () => {
    expect(dates('Three days later the consulate was shut.', '2017-08-31')).toEqual(['Three days later=2017-09-03']);
    expect(dates('The foreign ministry answered the same day.', '2017-09-01')).toEqual(['the same day=2017-09-01']);
    expect(dates('The next day, Moscow retaliated.', '2017-09-01')).toEqual(['The next day=2017-09-02']);
  });
  it('leaves them out with no day to count from, and reads "the day before the vote" as no date', () => {
    expect(dates('Two days later the consulate was shut.')).toEqual([]);
    expect(dates('They spoke the day before the vote.', '2017-09-01')).toEqual([]);
  });
  it('dates an act by the day before a dated one in the sentence before', () => {
    expect(
      brief(
        'A Moscow court on Thursday ordered an American teacher held for two months. He had been arrested by Russian police the day before at the airport.',
        '2017-09-08',
      ),
    ).toContain('2017-09-06 prisoners RU');
  });
});

describe('verb classes generated with their inflections', () => {
  it('inflects regular, doubling, -y, -e and irregular verbs and phrasal verbs by their first word', () => {
    expect(verbForms('terminate')).toEqual(['terminate', 'terminates', 'terminated', 'terminating']);
    expect(verbForms('scrap')).toEqual(['scrap', 'scraps', 'scrapped', 'scrapping']);
    expect(verbForms('deny')).toEqual(['deny', 'denies', 'denied', 'denying']);
    expect(verbForms('freeze')).toEqual(['freeze', 'freezes', 'froze', 'frozen', 'freezing']);
    expect(verbForms('sit')).toContain('sat');
  });
  it('reads the end of a framework of cooperation, by what is ended', () => {
    expect(
      brief('Moscow on Tuesday scrapped a 2009 memorandum with Washington on joint space research.', '2016-05-12'),
    ).toEqual(['2016-05-10 cooperation RU']);
    expect(brief('The Kremlin on Monday denounced the plutonium treaty with the United States.', '2016-10-05')).toEqual(
      ['2016-10-03 arms-control RU'],
    );
  });
  it('reads listings, near misses and talks worded with phrasal verbs', () => {
    expect(brief('The Commerce Department on Friday added 12 Russian firms to its entity list.', '2021-06-07')).toEqual(
      ['2021-06-04 sanctions US'],
    );
    expect(
      brief('A Russian frigate and a U.S. destroyer on Sunday passed within 40 yards of each other.', '2021-06-08'),
    ).toEqual(['2021-06-06 military US+RU']);
    expect(brief('Secretary of State Pompeo sat down with Sergei Lavrov in Sochi on Tuesday.', '2019-05-16')).toEqual([
      '2019-05-14 diplomacy US+RU',
    ]);
  });
  it('finds the subject of a perfect tense and of a body named by its common noun', () => {
    expect(
      brief(
        'On Thursday the Pentagon said a Russian Su-27 jet had intercepted a U.S. reconnaissance plane.',
        '2020-05-29',
      ),
    ).toEqual(['2020-05-28 military RU']);
  });
  it('reads a participle after a document as describing it, not as an act', () => {
    expect(
      brief(
        'The U.S. embassy in Moscow said in a statement released on Friday that the case against the Russian was weak.',
        '2020-05-29',
      ),
    ).not.toContain('2020-05-29 prisoners US');
  });
});

describe('reactions worded with phrasal verbs, and custody ordered', () => {
  it('reads "hit back" and "made the remarks" as statements, dated by the day they count from', () => {
    expect(
      brief(
        'The U.S. ambassador was summoned in Moscow on Tuesday over new visa rules. The State Department hit back the same day, calling the Russian step unjustified.',
        '2018-10-04',
      ),
    ).toContain('2018-10-02 statement US');
  });
  it('reads a court keeping someone in custody as a detention, across an apposition', () => {
    expect(
      brief(
        'A Moscow court on Monday ordered Jane Doe, an American banker who has lived in Russia for a decade, to remain in custody until March.',
        '2019-01-16',
      ),
    ).toEqual(['2019-01-14 prisoners RU']);
  });
});
