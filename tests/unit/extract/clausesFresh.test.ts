import { describe, expect, it } from 'vitest';
import { isReason } from '../../../src/extract/clauses';
import { priorDays } from '../../../src/extract/priorAct';
import { brief } from './articleHelpers';

describe('an earlier act counted back from the main one', () => {
  it('reads "<N> days after" as an interval, not a reason', () => {
    expect(priorDays('Moscow shut the consulate on Friday, two days after Washington', 63)).toBe(2);
    expect(priorDays('Moscow shut the consulate a week after Washington', 50)).toBe(7);
    expect(priorDays('Moscow shut the consulate after Washington', 42)).toBeNull();
  });
  it('keeps both acts of one category, the earlier dated by counting back', () => {
    expect(
      brief(
        'Moscow on Thursday barred 12 American officials from entering Russia, three days after the Treasury Department published a list of 12 Russians facing visa bans.',
        '2015-06-12',
      ),
    ).toEqual(['2015-06-11 sanctions RU', '2015-06-08 sanctions US']);
  });
  it('leaves "days after" with no day named before as a reason', () => {
    expect(brief('It came four days after Russia shelled a Ukrainian port.', '2022-03-02')).toEqual([]);
  });
});

describe('clauses that are no reason or act', () => {
  it('does not read "for the first time" as a reason', () => {
    expect(isReason('The agency for the first time restricted', 37)).toBe(false);
    const reason = 'Sanctions were imposed for election interference';
    expect(isReason(reason, reason.indexOf('interference'))).toBe(true);
  });
  it('reads restricting access to financing as sanctions', () => {
    expect(
      brief(
        'On Monday the Treasury Department for the first time restricted the access of two Russian lenders to dollar financing.',
        '2016-03-09',
      ),
    ).toEqual(['2016-03-07 sanctions US']);
  });
  it('does not read a list "released by" a ministry as a release, nor "a Moscow jail" as a jailing', () => {
    expect(
      brief('The Russian list, released by the Foreign Ministry, names officials of the United States.', '2013-04-14'),
    ).toEqual([]);
    expect(brief('The American lawyer died in a Moscow jail in 2009.', '2013-04-14')).toEqual([]);
  });
});

describe('who acts', () => {
  it('gives a court named by its seat to that seat’s side', () => {
    expect(
      brief(
        'A court in the Russian city of Perm on Friday sentenced Mark Hale, a U.S. Navy veteran, to four years.',
        '2024-02-10',
      ),
    ).toEqual(['2024-02-09 prisoners RU']);
  });
  it('reads "sentenced to" in a headline as passive', () => {
    expect(brief('U.S. veteran sentenced to four years in Russian prison', '2024-02-10')).toEqual([
      '2024-02 prisoners RU',
    ]);
  });
  it('keeps an indictment in an article led by interference as cyber', () => {
    expect(
      brief(
        'Treasury sanctions Russian trolls for election interference.\n\nNine of the people named were indicted last month for conspiring to defraud the United States.',
        '2018-03-15',
      ),
    ).toContain('2018-02 cyber US');
  });
});

describe('acts averted, threatened or worded as no longer being bound', () => {
  it('does not read an averted or merely threatened strike as an act', () => {
    expect(
      brief('The deal on Sunday averted a US military strike on Syrian airfields near the Russian base.', '2017-04-10'),
    ).not.toContain('2017-04-09 military US');
    expect(
      brief(
        'Moscow protested the American airstrikes that Washington had threatened, officials said on Monday.',
        '2018-04-10',
      ),
    ).not.toContain('2018-04-09 military US');
  });
  it('reads "no longer considers itself bound by" a treaty as a withdrawal', () => {
    expect(
      brief(
        'Russia said on Monday that it no longer considered itself bound by the Open Skies Treaty, after the United States left it.',
        '2021-01-19',
      ),
    ).toContain('2021-01-18 arms-control RU');
  });
});
