import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../../src/extract/actors';
import { extractEvents } from '../../../src/extract/extract';
import { article, brief } from './articleHelpers';

describe('speakers named by title and apposition', () => {
  it('reads "Mr. <surname>" as the official the article names elsewhere with a title', () => {
    const text = 'President Clinton flew to Oslo. Later Mr. Clinton and Mr. Yeltsin met in the city hall in March.';
    const mentions = findActorMentions('Later Mr. Clinton and Mr. Yeltsin met in the city hall in March.', {
      dayIso: '1997-03-20',
      articleText: text,
    });
    expect(mentions.map((m) => `${m.entry.label}:${m.side}`)).toEqual(['Clinton:US', 'Yeltsin:RU']);
  });
  it('keeps an ambiguous surname unread when the article never gives it a title', () => {
    const mentions = findActorMentions('Mr. Clinton spoke to students in Ohio.', {
      dayIso: '1997-03-20',
      articleText: 'Mr. Clinton spoke to students in Ohio.',
    });
    expect(mentions).toEqual([]);
  });
  it('takes a person set off by commas after a country as a speaker, not as part of a list of places', () => {
    const mentions = findActorMentions(
      'The American envoy to Russia, Alexander Vershbow, said on Monday that the ruling was troubling.',
      { dayIso: '2004-05-10', articleText: '' },
    );
    expect(mentions.find((m) => m.entry.kind === 'person')?.role).toBe('agent');
  });
});

describe('statements of approval or concern', () => {
  it('keeps a dated welcome by one side of the other side’s act', () => {
    expect(
      brief(
        'The State Department on Tuesday welcomed Moscow’s release of the two sailors, calling it a constructive gesture.',
        '2011-08-04',
      ),
    ).toContain('2011-08-02 statement US');
  });
  it('keeps a dated warning joined by "and" to a plain "said"', () => {
    expect(
      brief(
        'The Russian ambassador, Anatoly Antonov, said on Friday that the new rules were a matter for Washington, and warned that Moscow would answer any curbs on its diplomats.',
        '2019-10-20',
      ),
    ).toContain('2019-10-18 statement RU');
  });
  it('does not make an undated word of praise a statement', () => {
    expect(brief('American officials have praised the Russian position on the talks in Oman.', '2015-05-05')).toEqual(
      [],
    );
  });
  it('reads a document’s first-person congratulation as its issuer’s statement', () => {
    const text =
      'THE WHITE HOUSE\nOffice of the Press Secretary\nMarch 30, 2004\nSTATEMENT BY THE PRESIDENT\nI congratulate President Putin on his victory in the election held today, and I look forward to working with him.';
    expect(brief(text, '2004-03-30')).toContain('2004-03-30 statement US');
  });
});

describe('verb classes by meaning', () => {
  it('reads putting names to a document as signing it', () => {
    expect(
      brief(
        'In Madrid on Monday, President Obama and President Medvedev put their names to a treaty cutting nuclear warheads.',
        '2010-04-13',
      ),
    ).toContain('2010-04-12 arms-control US+RU');
  });
  it('reads leaving as a withdrawal only from a framework', () => {
    expect(
      brief(
        'Russia on Friday left the treaty on conventional forces, a step Washington called regrettable.',
        '2023-11-08',
      ),
    ).toContain('2023-11-03 arms-control RU');
    expect(
      brief(
        'Mr. Lavrov left on Friday after the talks with Secretary Blinken, which ended without a deal.',
        '2023-11-08',
      ),
    ).not.toContain('2023-11-03 arms-control RU');
  });
  it('reads a treaty of both sides running out as an act of both, but not in a "when" clause', () => {
    expect(
      brief('The treaty between the United States and Russia on missile limits expired on Monday.', '2030-03-06'),
    ).toContain('2030-03-04 arms-control US+RU');
    expect(
      brief('Inspections stopped when the treaty between the United States and Russia lapsed on Monday.', '2030-03-06'),
    ).not.toContain('2030-03-04 arms-control US+RU');
  });
  it('reads an offer as an act of the topic offered', () => {
    expect(
      brief(
        'President Putin offered in May to observe the treaty limits for a further year if Washington agreed.',
        '2027-07-01',
      ),
    ).toContain('2027-05 arms-control RU');
  });
  it('reads aid donated or sent as cooperation', () => {
    expect(
      brief(
        'On Monday the United States donated 40 tons of medical supplies to Russia after the floods.',
        '2031-06-04',
      ),
    ).toContain('2031-06-02 cooperation US');
  });
  it('reads weapons cleared for another country’s use as a military act of the side that cleared them', () => {
    expect(
      brief(
        'On Friday, President Biden authorized Kyiv to use American rockets against targets inside Russia.',
        '2024-06-03',
      ),
    ).toContain('2024-05-31 military US');
  });
  it('reads forces moving into a place as a military act', () => {
    const found = brief(
      'A convoy of Russian armoured vehicles rolled into the border town on Sunday, hours before American troops arrived.',
      '2000-08-08',
    );
    expect(found).toContain('2000-08-06 military RU');
    expect(brief('The President drove into the city on Sunday.', '2000-08-08')).toEqual([]);
  });
  it('reads a veto of the other side’s draft as a diplomatic act, and a veto held as no act', () => {
    expect(
      brief(
        'Russia on Thursday vetoed a draft resolution put forward by the United States on the ceasefire.',
        '2016-10-10',
      ),
    ).toContain('2016-10-06 diplomacy RU');
    expect(
      brief('The draft went to the council, where Russia holds a veto and Washington holds another.', '2016-10-10'),
    ).toEqual([]);
  });
  it('reads two leaders sitting down in a place as a meeting', () => {
    expect(
      brief('President Bush and President Putin sat down in Ljubljana on Saturday for two hours.', '2001-06-18'),
    ).toContain('2001-06-16 summit US+RU');
  });
});

describe('treaties given as dated background', () => {
  it('gives a treaty signed and extended in passing to both sides the passage names, each act with its own date', () => {
    const found = brief(
      'Talks between the United States and Russia on a successor made no progress on Monday. The treaty, signed in 2004 and extended for ten years in 2014, capped each side’s warheads.',
      '2031-02-05',
    );
    expect(found).toContain('2004 arms-control US+RU');
    expect(found).toContain('2014 arms-control US+RU');
  });
  it('does not give a contract signed in passing to both sides', () => {
    const found = brief(
      'Washington welcomed the Russian decision on Monday. The contract, signed in 2005, had never been fulfilled.',
      '2010-09-24',
    );
    expect(found.some((f) => f.startsWith('2005'))).toBe(false);
  });
  it('keeps a date that names another document with that document, not with the verb before it', () => {
    const found = brief(
      'On Friday, the Russian Foreign Ministry handed the American ambassador a written reply to the proposals received in March.',
      '2027-05-03',
    );
    expect(found).toContain('2027-04-30 diplomacy RU');
  });
});

describe('meetings given by their noun and days counted from another', () => {
  it('dates a meeting "the day after" which something else happened by the last day named', () => {
    const found = brief(
      'The council voted on Thursday on the ceasefire plan. The vote came the day after Secretary of State Rice and Foreign Minister Lavrov met in Paris for three hours.',
      '2008-08-16',
    );
    expect(found).toContain('2008-08-13 diplomacy US+RU');
  });
  it('reads a call or talks given their own day as having taken place', () => {
    expect(
      brief(
        'Mr. Obama said he had raised the matter with President Medvedev in a telephone conversation of forty minutes on Friday.',
        '2010-06-28',
      ),
    ).toContain('2010-06-25 diplomacy US+RU');
  });
  it('does not read a meeting within one government as talks with the other', () => {
    expect(
      brief('At a cabinet meeting on Monday, President Trump said Mr. Putin had disappointed him.', '2025-07-10'),
    ).not.toContain('2025-07-07 diplomacy US+RU');
  });
  it('does not read a length of time after "for" as a reason', () => {
    expect(
      brief(
        'For three days of talks that ended in Geneva on Sunday, Secretary Kerry and Foreign Minister Lavrov argued over Syria.',
        '2013-09-16',
      ),
    ).toContain('2013-09-15 diplomacy US+RU');
  });
});

describe('clauses, obligations and light verbs', () => {
  it('concerns the other side when an act on a treaty is reported and that side is named anywhere in the article', () => {
    const found = brief(
      'Today the President of Russia signed a decree suspending the treaty on open skies. Ministers met in Vienna. The talks were long. Nothing was decided. Diplomats expect the American reply in a month.',
      '2021-06-07',
    );
    expect(found).toContain('2021-06-07 arms-control RU');
  });
  it('reads a meeting of both presidents in a "when" clause as a summit even after a plan or a future', () => {
    expect(
      brief(
        'The deal would be announced in Rome, officials said, when President Obama met President Medvedev in Moscow on Tuesday.',
        '2009-07-09',
      ),
    ).toContain('2009-07-07 summit US+RU');
  });
  it('lets a light verb give way to the act it introduces', () => {
    const found = brief(
      'On Monday President Putin signed a decree suspending the nuclear cooperation agreement between Russia and the United States.',
      '2016-10-05',
    );
    expect(found.some((f) => f.includes('law'))).toBe(false);
    expect(found.some((f) => f.startsWith('2016-10-03') && f.endsWith(' RU'))).toBe(true);
  });
  it('does not read an act still owed as done', () => {
    expect(
      brief('The Duma, which has yet to ratify the treaty with the United States, met on Monday.', '1999-04-08'),
    ).not.toContain('1999-04-05 arms-control RU');
    expect(brief('Russia must still complete talks with Washington on Monday.', '2006-11-22')).toEqual([]);
  });
});

describe('visits and nouns that look like verbs', () => {
  it('reads a president’s visit to the other side’s capital as a summit', () => {
    expect(brief('When President Bush visited Moscow in May, the mood was warm.', '2002-07-01')).toContain(
      '2002-05 summit US+RU',
    );
  });
  it('reads a minister’s visit as a meeting, and a visit at home as none', () => {
    expect(brief('Secretary of State Rice visited Moscow on Monday.', '2006-10-25')).toContain(
      '2006-10-23 diplomacy US+RU',
    );
    expect(brief('President Putin visited Kazan on Monday and spoke about Washington.', '2006-10-25')).toEqual([]);
  });
  it('reads a bare "arrest" after a name as a noun, not as an arrest made', () => {
    expect(brief('U.S. senator says Yukos arrest may scare investors away from Russia', '2003-10-30')).not.toContain(
      '2003-10 prisoners US',
    );
  });
});

describe('irregular verbs, asides in a negation and descriptions of a measure', () => {
  it('inflects irregular verbs of movement and custody', async () => {
    const { verbForms } = await import('../../../src/extract/lexicon');
    expect(verbForms('drive')).toContain('drove');
    expect(verbForms('send')).toContain('sent');
    expect(verbForms('keep')).toContain('kept');
    expect(verbForms('come')).toContain('came');
  });
  it('keeps a negation across an aside set off by commas', () => {
    expect(
      brief(
        'On Monday Russia said it would not, after all, deploy new missiles near the border with American bases.',
        '2012-05-09',
      ),
    ).not.toContain('2012-05-07 military RU');
  });
  it('does not read a measure presented as a response as a note delivered', () => {
    expect(
      brief(
        'The Kremlin on Monday presented the ban as a response to unfriendly acts by the United States.',
        '2015-08-12',
      ),
    ).not.toContain('2015-08-10 diplomacy RU');
  });
});

describe('statements given their own day', () => {
  it('keeps words about the other side that the sentence dates right after the verb', () => {
    const found = extractEvents(
      article(
        'Kremlin spokesman Dmitry Peskov said on Tuesday that Washington was pushing the region toward a new arms race.',
        '2019-08-08',
      ),
      null,
    ).events;
    expect(found.map((e) => `${e.date} ${e.category} ${e.actors.join('+')}`)).toEqual(['2019-08-06 statement RU']);
    expect(found[0]?.title).toMatch(/comments on/);
  });
  it('does not keep a dated speech verb whose sentence names an act', () => {
    expect(
      brief('Mr. Peskov said on Tuesday that Russia would not recall its envoy from Washington.', '2019-08-08'),
    ).toEqual([]);
  });
});

describe('figures given as a part of a whole', () => {
  it('counts a part by what its whole counts', async () => {
    const { findFigures } = await import('../../../src/extract/figures');
    const got = (t: string) => findFigures(t).map((f) => `${f.value} ${f.what}`);
    expect(got('The plane brought the first 30 of 120 generators the government had pledged.')).toEqual([
      '30 generators',
      '120 generators',
    ]);
    expect(got('Nine of the panel’s twelve judges backed the appeal.')).toEqual(['9 judges', '12 judges']);
  });
});
