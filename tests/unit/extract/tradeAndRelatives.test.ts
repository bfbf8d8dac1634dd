import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('trade acts', () => {
  it('reads trade barred with the other side’s bodies as a sanction', () => {
    expect(
      brief(
        'On Jan. 12 the White House barred trade with three Russian institutes for helping a missile program.',
        '1999-01-20',
      ),
    ).toEqual(['1999-01-12 sanctions US']);
  });
  it('reads joining the World Trade Organization as an act on trade, and not a plan to', () => {
    expect(
      brief(
        'Russia became the 156th member of the World Trade Organization yesterday, a step Washington had backed.',
        '2012-08-23',
      ),
    ).toEqual(['2012-08-22 economy RU']);
    expect(
      brief('Russia hopes it will be able to join the WTO next year, a step Washington backs.', '2011-05-02'),
    ).toEqual([]);
  });
});

describe('an act in a relative clause', () => {
  it('is done by the name the relative pronoun follows, not by the subject of the sentence', () => {
    expect(
      brief(
        'On Friday the White House called the vote a step forward in relations with Russia, which joined the World Trade Organization in August.',
        '2012-12-09',
      ),
    ).toContain('2012-08 economy RU');
  });
});

describe('a journey to the other side’s capital', () => {
  it('reads "went to Moscow" as a visit, as "flew to" and "came to" are', () => {
    expect(
      brief(
        'When Secretary of State Tillerson went to Moscow in April, he spoke of relations at a low point and of little trust between the two countries.',
        '2017-06-01',
      ),
    ).toContain('2017-04 diplomacy US+RU');
  });
  it('reads "had been to Moscow" with the host beside him as a visit', () => {
    expect(
      brief(
        'Mr. Bush had been to Moscow in May for the anniversary of the victory, sitting beside Mr. Putin on Red Square.',
        '2005-09-20',
      ),
    ).toEqual(['2005-05 summit US+RU']);
  });
});

describe('acts told with other words', () => {
  it('reads names put to documents with a day between as a signing', () => {
    expect(
      brief(
        'Secretary of State Albright and Foreign Minister Primakov put their names yesterday to a set of arms control documents on the START II treaty.',
        '1997-09-27',
      ),
    ).toEqual(['1997-09-26 arms-control US+RU']);
  });
  it('reads two ministers who settled on a formula as agreeing', () => {
    expect(
      brief(
        'Defense Secretary Perry and his Russian counterpart, General Grachev, settled yesterday on a formula that would bring Russian troops into the peacekeeping force.',
        '1995-11-09',
      ),
    ).toEqual(['1995-11-08 military US+RU']);
  });
  it('reads airspace closed to the other side’s flights as a sanction', () => {
    expect(
      brief(
        'In his address on March 1, Mr. Biden announced that American airspace would be closed to all Russian flights.',
        '2022-03-03',
      ),
    ).toEqual(['2022-03-01 sanctions US']);
  });
});

describe('an act a side led', () => {
  it('is that side’s, whoever the subject of the sentence is', () => {
    expect(
      brief(
        'Mr. Putin, who last year called the American-led invasion of Iraq a big political mistake, spoke on Sunday.',
        '2004-09-10',
      ),
    ).toContain('2003 military US');
  });
});

describe('a country before an irregular past tense', () => {
  it('is the subject: "the United States gave Russia formal notice of its withdrawal"', () => {
    expect(
      brief(
        'On December 13, the United States gave Russia formal notice of its withdrawal from the 1972 Anti-Ballistic Missile Treaty.',
        '2001-12-20',
      ),
    ).toEqual(['2001-12-13 arms-control US']);
  });
});

describe('a decision taken by a side, with its time before the infinitive', () => {
  it('is that side’s act, not the speaker’s', () => {
    expect(
      brief(
        'Sergey Lavrov expressed regret that the decision taken by Washington at the beginning of October to suspend the talks had harmed relations.',
        '2017-10-10',
      ),
    ).toContain('2017-10 diplomacy US');
  });
});

describe('the month of May', () => {
  it('is no modal verb: an act told after "In May" is done, and "may expel" is not', () => {
    expect(
      brief(
        'In May the two presidents signed a treaty in the Kremlin on strategic offensive reductions.',
        '2002-06-10',
      ),
    ).toEqual(['2002-05 arms-control US+RU']);
    expect(brief('In May Washington expelled two Russian diplomats.', '2002-06-10')).toEqual(['2002-05 expulsion US']);
    expect(brief('Officials said Washington may expel two Russian diplomats.', '2002-06-10')).toEqual([]);
  });
});

describe('a date in a relative clause closed before the verb', () => {
  it('dates that clause, not the act', () => {
    expect(
      brief(
        'HELSINKI — Yevgeny M. Primakov, the former spymaster who took over Russia’s Foreign Ministry a month ago, sat down with Secretary of State Warren Christopher for the first time yesterday.',
        '1996-02-11',
      ),
    ).toEqual(['1996-02-10 diplomacy US+RU']);
  });
});

describe('an answer told in two sentences', () => {
  const text =
    'On Monday the United States expelled 60 Russian diplomats over the poisoning in Salisbury. Moscow answered on Thursday. Foreign Minister Sergey Lavrov announced that 60 American diplomats would have to leave by April 5.';
  it('reads diplomats who "would have to leave" as expelled, by the side that says so', () => {
    expect(brief(text, '2018-03-30')).toContain('2018-03-26 expulsion US');
    expect(brief(text, '2018-03-30').filter((e) => e.includes('expulsion RU'))).toHaveLength(1);
  });
  it('dates the answer by the short sentence before that says when the side answered', () => {
    expect(brief(text, '2018-03-30')).toContain('2018-03-29 expulsion RU');
  });
});
