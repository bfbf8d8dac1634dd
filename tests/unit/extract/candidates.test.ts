import { describe, expect, it } from 'vitest';
import { type Article, extractEvents } from '../../../src/extract/extract';

const article = (text: string, published = '2021-04-15'): Article => ({
  text,
  published,
  url: 'https://www.example.org/news/1',
});
const brief = (text: string, published?: string) =>
  extractEvents(article(text, published), null).events.map((e) => `${e.date} ${e.category} ${e.actors.join('+')}`);

describe('acts, reactions and reported speech', () => {
  it('keeps a denial apart: a statement by Russia, never Russia as actor of the sanctions', () => {
    expect(
      brief(
        'The United States on Thursday imposed sanctions on 32 Russian entities. Moscow denied any involvement in the hacking and said it would respond.',
      ),
    ).toEqual(['2021-04-15 sanctions US', '2021-04 statement RU']);
  });
  it('finds several acts in one sentence, each with its own figure', () => {
    const { events } = extractEvents(
      article('Washington on Thursday expelled 10 Russian diplomats and sanctioned 32 entities and individuals.'),
      null,
    );
    expect(events.map((e) => [e.category, e.figures?.map((f) => f.value)])).toEqual([
      ['expulsion', [10]],
      ['sanctions', [32]],
    ]);
  });
  it('takes the act inside reported speech, by the side that does it', () => {
    expect(
      brief(
        'Foreign Ministry spokeswoman Maria Zakharova said on Friday that Moscow would expel ten U.S. diplomats.',
        '2021-04-16',
      ),
    ).toEqual(['2021-04-16 expulsion RU']);
  });
  it('reads the actor from a passive verb and from the target', () => {
    expect(brief('Ten Russian diplomats were expelled on Thursday.')).toEqual(['2021-04-15 expulsion US']);
    expect(brief('An American teacher was detained by Russian authorities on Tuesday.', '2021-04-15')).toEqual([
      '2021-04-13 prisoners RU',
    ]);
  });
  it('leaves out negated, planned and background acts, and third parties', () => {
    expect(brief('Putin said on Friday Russia would not expel any American diplomats.', '2016-12-30')).toEqual([]);
    expect(brief('Lavrov had proposed expelling 35 U.S. diplomats.', '2016-12-30')).toEqual([]);
    expect(brief('The European Union on Monday sanctioned five Russian banks.', '2022-02-23')).toEqual([]);
    expect(brief('Russia launched missiles at Kyiv on Saturday, Ukrainian officials said.', '2023-06-10')).toEqual([]);
  });
  it('makes a meeting of both presidents a summit, and a call diplomacy', () => {
    expect(brief('Biden and Putin met in Geneva on Wednesday.', '2021-06-16')).toEqual(['2021-06-16 summit US+RU']);
    expect(brief('Biden and Putin spoke by phone on Tuesday.', '2021-04-15')).toEqual(['2021-04-13 diplomacy US+RU']);
  });
  it('reads "visited Moscow" as a visit and "sanction Rosneft" as sanctions, but not "his visit to Russia" or "sanction relief"', () => {
    expect(
      brief(
        'Secretary of State Mike Pompeo met President Vladimir Putin in Sochi on Tuesday, capping his first visit to Russia as secretary.',
        '2019-05-15',
      ),
    ).toEqual(['2019-05-14 diplomacy US+RU']);
    expect(brief('President Obama visited Moscow on Monday.', '2009-07-08')).toEqual(['2009-07-06 summit US+RU']);
    expect(brief('Russia sought sanction relief from the United States on Monday.', '2019-05-15')).toEqual([]);
  });
  it('reads "the withdrawal of" a side as that side leaving, not as an act against it', () => {
    expect(
      brief('The withdrawal of the United States from its INF Treaty with Russia took effect on Friday.', '2019-08-03'),
    ).toEqual(['2019-08-02 arms-control US']);
  });
  it('reports an act dated in its own "after" clause, to the day or the month, but not one only named', () => {
    expect(
      brief('The charges were made public hours after Trump and Putin met in Helsinki on Monday.', '2018-07-17'),
    ).toEqual(['2018-07-16 summit US+RU']);
    expect(
      brief('Officials say he will raise the treaty, after the two leaders met in Helsinki in July.', '2018-10-20'),
    ).toEqual(['2018-07 summit US+RU']);
    expect(brief('The charges were made public after the Helsinki meeting of Trump and Putin.', '2018-07-17')).toEqual(
      [],
    );
    expect(
      brief('It was his first visit to Washington since the Russian invasion of Ukraine in 2022.', '2025-08-16'),
    ).toEqual([]);
  });
  it('reads talks that ended after a length of time as talks held, and talks merely ended as no meeting', () => {
    expect(brief('Bush and Putin ended two days of talks at Camp David on Saturday.', '2003-09-28')).toEqual([
      '2003-09-27 summit US+RU',
    ]);
    expect(brief('The two sides ended a third round of negotiations in Geneva on Friday.', '2003-09-28')).toEqual([
      '2003-09-26 diplomacy US+RU',
    ]);
    expect(brief('Russia ended talks with the United States on missile defence on Monday.', '2003-09-28')).toEqual([]);
  });
  it('makes talks of both presidents in person a summit whatever they discussed, and talks below them arms control', () => {
    expect(
      brief(
        'President Clinton and President Yeltsin held talks on the START II treaty in Helsinki on Friday.',
        '1997-03-22',
      ),
    ).toEqual(['1997-03-21 summit US+RU']);
    expect(
      brief('American and Russian negotiators held talks on the START II treaty in Geneva on Friday.', '1997-03-22'),
    ).toEqual(['1997-03-21 arms-control US+RU']);
    expect(
      brief('Clinton spoke to Yeltsin by telephone on Friday about the START II treaty.', '1997-03-22'),
    ).not.toContain('1997-03-21 summit US+RU');
  });
  it('gives an undated act the publication month and says so', () => {
    const [e] = extractEvents(
      article('Russian authorities have detained a U.S. citizen, his family said.', '2023-10-20'),
      null,
    ).events;
    expect(e).toMatchObject({ date: '2023-10', dateExpression: null });
    expect(e?.summary).toMatch(/no date for this act: the publication month stands in/);
  });
});

describe('figures', () => {
  it('lends the figures of a following sentence without an act to the act before, where they fit', () => {
    const { events } = extractEvents(
      article(
        "Russia's State Duma on Friday ratified the START II treaty with the United States. The lower house approved it by 288 votes to 131.",
        '2000-04-14',
      ),
      null,
    );
    expect(events.map((e) => [e.category, e.actors, e.figures?.map((f) => f.value)])).toEqual([
      ['arms-control', ['RU'], [288, 131]],
    ]);
  });
});

describe('duplicates', () => {
  it('merges the same act reported twice, keeping both sentences as evidence and the dated one first', () => {
    const text =
      'U.S. expels Russian diplomats\n\nThe United States on Thursday expelled 10 Russian diplomats. The expelled diplomats have 30 days to leave.';
    const { events } = extractEvents(article(text), null);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2021-04-15', dateExpression: 'on Thursday' });
    expect(events[0]?.evidence.sentence).toBe('The United States on Thursday expelled 10 Russian diplomats.');
    expect(events[0]?.alsoIn.map((e) => e.sentence)).toEqual(['U.S. expels Russian diplomats']);
  });
  it('keeps two acts of the same kind on different dates apart', () => {
    expect(
      brief(
        'Obama on Monday sanctioned seven Russian officials. The measures build on an order Obama signed on March 6 that imposed sanctions on Russia.',
        '2014-03-17',
      ),
    ).toEqual(['2014-03-17 sanctions US', '2014-03-06 sanctions US']);
  });
});

describe('a month that names an occasion, and a count back from the main clause after', () => {
  it('does not date a cancellation by the month of the summit cancelled', () => {
    expect(brief('Obama cancelled the September summit in Moscow on Wednesday.', '2013-08-10')).toEqual([
      '2013-08-07 diplomacy US',
    ]);
  });
  it('counts "two days after" back from the day of the main clause that follows', () => {
    expect(
      brief(
        'WASHINGTON — Two days after President Obama called off a planned September summit in Moscow, the American and Russian foreign and defense ministers sat down together at the State Department on Friday.',
        '2013-08-10',
      ),
    ).toEqual(['2013-08-07 diplomacy US', '2013-08-09 diplomacy US+RU']);
    expect(
      brief(
        'The ceremony came four days after Mr. Bush and Mr. Putin signed a treaty in Moscow, on Friday, that will cut warheads.',
        '2002-05-28',
      ),
    ).toEqual(['2002-05-24 arms-control US+RU']);
  });
});
