import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../../src/extract/actors';
import { analyseArticle } from '../../../src/extract/article';
import { findIssuer } from '../../../src/extract/issuer';
import { brief } from './articleHelpers';

describe('documents issued by a government', () => {
  const release = [
    'Statement on the Closure of the Consulate',
    'OFFICE OF THE PRESS SECRETARY',
    'THE WHITE HOUSE',
    'We strongly condemn the decision announced today by the Russian government to expel 20 American diplomats.',
  ].join('\n\n');
  it('finds the issuer in the headings, and no issuer in a news report', () => {
    expect(findIssuer(analyseArticle(release, '2019-05-02'))?.side).toBe('US');
    expect(
      findIssuer(analyseArticle('MOSCOW (Wire) — Russia expelled 20 American diplomats on Tuesday.', '2019-05-02')),
    ).toBeNull();
  });
  it('reads the issuer’s first person as its statement, beside the act it answers', () => {
    expect(brief(release, '2019-05-02')).toEqual(['2019-05-02 expulsion RU', '2019-05-02 statement US']);
  });
  it('dates the first line of a readout by the date line above it', () => {
    const readout = [
      'Meeting with the US Secretary of State',
      'President of Russia — News',
      'May 14, 2019',
      'Vladimir Putin held a meeting with US Secretary of State Michael Pompeo in Sochi.',
    ].join('\n\n');
    const issuer = findIssuer(analyseArticle(readout, '2019-05-15'));
    expect(issuer?.side).toBe('RU');
    expect(issuer?.day).toBe('2019-05-14');
    expect(brief(readout, '2019-05-15')).toEqual(['2019-05-14 diplomacy US+RU']);
  });
  it('takes a date line that also gives the hour and the place, and not a line that says more', () => {
    const readout = (dateLine: string) =>
      [
        'Telephone conversation with the President of the United States',
        'President of Russia',
        dateLine,
        'Vladimir Putin had a telephone conversation with the President of the United States.',
      ].join('\n\n');
    for (const line of ['June 2, 2020, 20:00, The Kremlin, Moscow', 'June 2, 2020, 8:15 p.m., Novo-Ogaryovo']) {
      expect(findIssuer(analyseArticle(readout(line), '2020-06-03'))?.day).toBe('2020-06-02');
      expect(brief(readout(line), '2020-06-03')).toEqual(['2020-06-02 diplomacy US+RU']);
    }
    // A heading with a date and words that are not a place is no date line.
    expect(
      findIssuer(analyseArticle(readout('June 2, 2020: remarks on the situation in Syria'), '2020-06-03'))?.day,
    ).toBe(null);
  });
  it('takes a date line that names the issuer and the weekday beside the date', () => {
    const readout = (line: string) =>
      [
        'Telephone conversation with the President of the United States',
        line,
        'Vladimir Putin had a telephone conversation with the President of the United States.',
      ].join('\n\n');
    for (const line of [
      'President of Russia, Press and Information Office | Tuesday, 2 June 2020',
      'Ministry of Foreign Affairs of the Russian Federation — 2 June 2020',
    ]) {
      expect(findIssuer(analyseArticle(readout(line), '2020-06-04'))?.day).toBe('2020-06-02');
      expect(brief(readout(line), '2020-06-04')).toEqual(['2020-06-02 diplomacy US+RU']);
    }
    const release = 'The White House, Office of the Press Secretary — Monday, April 28, 2014';
    expect(findIssuer(analyseArticle(`Statement\n\n${release}\n\nThe President spoke.`, '2014-04-28'))?.day).toBe(
      '2014-04-28',
    );
  });
});

describe('the issuer’s acts told without its name', () => {
  const release = (body: string) =>
    ['Statement on Ukraine', 'The White House, Office of the Press Secretary — Monday, May 5, 2014', body].join('\n\n');
  it('reads a second verb after "the President signed … and" as the issuer’s, and "he" next as the President', () => {
    expect(
      brief(
        release(
          'On March 3, the President signed an executive order and imposed sanctions on five Russian officials. On March 9, he designated three more Russian officials and a bank.',
        ),
        '2014-05-05',
      ),
    ).toEqual(['2014-03-03 sanctions US', '2014-03-09 sanctions US']);
  });
  it('dates the issuer’s act told in the present progressive by the document’s day', () => {
    expect(
      brief(
        release(
          'Russia has taken no step to calm the crisis. The Department of the Treasury is designating 12 Russian companies and four banks.',
        ),
        '2014-05-05',
      ),
    ).toEqual(['2014-05-05 sanctions US']);
  });
});

describe('terms and the issuer as a party', () => {
  it('does not read what each side will do under a treaty as an act', () => {
    expect(
      brief('Under the treaty, Russia and the United States will each cut their arsenals by a third.', '2003-03-07'),
    ).toEqual([]);
  });
  it('counts the issuer as a party when "I" signed beside a named leader', () => {
    const statement = [
      'Statement on the Treaty',
      'THE WHITE HOUSE',
      'The treaty that President Putin and I signed in May was approved by the Senate today.',
    ].join('\n\n');
    expect(brief(statement, '2003-03-06')).toContain('2002-05 arms-control US+RU');
  });
});

describe('names and participles', () => {
  it('reads "the President of Russia" as Russia, but not "the Bank of Russia"', () => {
    const sides = (s: string) =>
      findActorMentions(s, { dayIso: '2019-01-01', articleText: s }).map((m) => `${m.text}:${m.side}`);
    expect(sides('The President of Russia spoke.')).toEqual(['Russia:RU']);
    expect(sides('The Bank of Russia cut rates.')).toEqual([]);
  });
  it('reads recognising a breakaway region as a diplomatic act', () => {
    expect(
      brief(
        'On Monday Moscow recognised the two separatist regions as independent states, defying Washington.',
        '2022-02-22',
      ),
    ).toEqual(['2022-02-21 diplomacy RU']);
  });
  it('joins names with their titles into one subject in a relative clause', () => {
    expect(
      brief(
        'The accord, which Mr. Bush and President Vladimir V. Putin signed in Moscow in May, cuts each arsenal by two-thirds.',
        '2002-12-01',
      ),
    ).toContain('2002-05 arms-control US+RU');
  });
  it('does not read a participle before a noun after a number or "of" as an act', () => {
    expect(
      brief(
        'The treaty limits each side to 800 deployed launchers and the removal of deployed warheads.',
        '2010-04-09',
      ),
    ).toEqual([]);
    expect(
      brief(
        'Russia freed an American Marine jailed since 2019, in exchange for a Russian pilot held in the United States, on Tuesday.',
        '2022-04-28',
      ),
    ).toEqual(['2022-04-26 prisoners US+RU']);
  });
});

describe('laws of one side about the other', () => {
  it('reads "the President" who signs in a government’s statement as its head, not a side named in the law’s title', () => {
    const statement = [
      'Statement by the Press Secretary on H.R. 6156',
      'THE WHITE HOUSE',
      'Office of the Press Secretary',
      'Friday, December 14, 2012',
      'Today the President signed into law H.R. 6156, the Russia and Moldova Jackson-Vanik Repeal and Sergei Magnitsky Rule of Law Accountability Act of 2012.',
    ].join('\n\n');
    expect(brief(statement, '2012-12-14')).toEqual(['2012-12-14 law US']);
    const roles = findActorMentions(
      'He signed the Russia and Moldova Jackson-Vanik Repeal Act of 2012 and met Putin.',
      { dayIso: '2012-12-14', articleText: '' },
    ).map((m) => m.text);
    expect(roles).toEqual(['Putin']);
  });
  it('takes an act on a law about the other side as concerning it, though the other side is not named', () => {
    expect(brief('WASHINGTON — President Obama signed the Magnitsky Act on Friday.', '2012-12-16')).toEqual([
      '2012-12-14 law US',
    ]);
  });
});
