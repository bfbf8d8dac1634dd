import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/extract/dates';
import { extractEvents } from '../../../src/extract/extract';
import { dataset, rawEvent } from '../fixtures';
import { article, brief } from './articleHelpers';

describe('a meeting named as the setting of what was said', () => {
  it('reads "in a telephone conversation with …" and "during the talks in …" as the meeting, held', () => {
    expect(
      brief(
        'On March 3, in a telephone conversation with Secretary of State John Kerry, Foreign Minister Sergey Lavrov said Russia would not accept the new visa rules.',
        '2016-03-05',
      ),
    ).toContain('2016-03-03 diplomacy US+RU');
    expect(
      brief(
        'During the talks in Moscow on 12 April, Foreign Minister Sergey Lavrov told Secretary of State Rex Tillerson that the strike on the Syrian airfield had broken international law.',
        '2017-04-14',
      ),
    ).toContain('2017-04-12 diplomacy US+RU');
  });
  it('is no meeting of the two when it was internal or only planned', () => {
    expect(
      brief(
        'On Monday, at a meeting of his Security Council, Mr. Putin said Russia would answer in kind.',
        '2019-02-06',
      ),
    ).not.toContain('2019-02-04 diplomacy US+RU');
    expect(
      brief(
        'In a future conversation with Secretary of State Kerry, Foreign Minister Lavrov will raise the visa rules, the ministry said on Friday.',
        '2016-03-05',
      ),
    ).not.toContain('2016-03-04 diplomacy US+RU');
  });
});

describe('a call the two held', () => {
  it('reads "X and Y held their first call" as their call of that day', () => {
    expect(
      brief(
        'On Tuesday Secretary of State Rex Tillerson and Foreign Minister Sergey Lavrov held their first telephone call.',
        '2017-02-18',
      ),
    ).toContain('2017-02-14 diplomacy US+RU');
  });
});

describe('"he" after the time that opens a sentence', () => {
  it('is the official named in the sentence before', () => {
    expect(
      brief(
        'President Vladimir V. Putin has hardened his line toward Washington. Last month he signed a law barring Americans from adopting Russian children.',
        '2013-01-15',
      ),
    ).toEqual(['2012-12 law RU']);
  });
});

describe('a length of time', () => {
  it('is never a date: "for about 90 minutes on Friday" is dated by "on Friday"', () => {
    const dates = findDateMentions('The two ministers met for about 90 minutes on Friday in Geneva.', '2022-01-22');
    expect(dates.map((d) => [d.text, d.date])).toEqual([['on Friday', '2022-01-21']]);
    expect(findDateMentions('They talked for two hours.', '2022-01-22')).toEqual([]);
  });
});

describe('a meeting of each day', () => {
  it('reads "the ministers’ telephone conversations of 3 March and 11 April" as two calls of the two sides', () => {
    expect(
      brief(
        'Russia had set out its view to the American side during the ministers’ telephone conversations of 3 March and 11 April, the ministry said.',
        '2019-05-02',
      ),
    ).toEqual(['2019-03-03 diplomacy US+RU', '2019-04-11 diplomacy US+RU']);
  });
});

describe('a message sent', () => {
  it('is a contact of the sender', () => {
    expect(
      brief(
        'On Sept. 12, President Vladimir V. Putin sent President Bush a message of sympathy, the Kremlin said.',
        '2001-09-14',
      ),
    ).toEqual(['2001-09-12 diplomacy RU']);
  });
});

describe('a treaty of the two sides alone, signed', () => {
  it('was signed by the two, named or not', () => {
    expect(
      brief('START II, signed in January 1993, has yet to be ratified by either parliament.', '1995-06-02'),
    ).toContain('1993-01 arms-control US+RU');
  });
});

describe('an ambassador called home', () => {
  it('is a recall', () => {
    expect(
      brief(
        'On Wednesday the Foreign Ministry called Ambassador Anatoly I. Antonov home from Washington.',
        '2021-03-19',
      ),
    ).toEqual(['2021-03-17 diplomacy RU']);
  });
});

describe('a treaty brought into force', () => {
  it('is an act of the two on its day, as is the signing of the treaty an article is about', () => {
    expect(
      brief(
        'The Treaty, signed in Vienna on 10 May 1996, entered into force on 3 March 1998 and has bound both countries since.',
        '2003-05-01',
      ),
    ).toEqual(['1996-05-10 arms-control US+RU', '1998-03-03 arms-control US+RU']);
  });
  it('needs its parties when the treaty is another one', () => {
    expect(
      brief('The Minsk agreement between Kyiv and the separatists took effect on Feb. 15.', '2015-02-20'),
    ).not.toContain('2015-02-15 arms-control US+RU');
  });
});

describe('a named agreement of no known topic', () => {
  it('is cooperation when signed or brought into force', () => {
    expect(brief('The Agreement was signed in Washington in June 2009 by the two governments.', '2011-02-01')).toEqual([
      '2009-06 cooperation US+RU',
    ]);
  });
});

describe('words said in a call of the two', () => {
  it('are the call’s, not a statement of their own', () => {
    expect(
      brief(
        'On May 2 the United States expelled two Russian diplomats. ' +
          'On May 3, in a telephone conversation with Secretary of State Rex Tillerson, Foreign Minister Sergey Lavrov said the expulsions were unacceptable.',
        '2017-05-05',
      ),
    ).toEqual(['2017-05-02 expulsion US', '2017-05-03 diplomacy US+RU']);
  });
});

describe('a citizen named with an age', () => {
  it('is of the side the apposition names: "Mr. Reed, 29, an American citizen"', () => {
    expect(
      brief(
        'Mr. Reed, 29, an American citizen who had studied Russian in Moscow, was detained on Aug. 16 in Yekaterinburg.',
        '2019-08-20',
      ),
    ).toEqual(['2019-08-16 prisoners RU']);
  });
});

describe('a finding of material breach', () => {
  it('is an accusation about the treaty, not a cyberattack', () => {
    expect(
      brief(
        'On Tuesday the United States announced that it had found Russia in material breach of the Treaty on Open Skies.',
        '2020-05-23',
      ),
    ).toEqual(['2020-05-19 arms-control US']);
  });
});

describe('a day’s number before the verb', () => {
  it('does not make the verb a participle: "on July 28 ordered"', () => {
    expect(
      brief(
        'The Russian Foreign Ministry on July 28 ordered the United States to cut its diplomatic and technical staff in Russia to 455.',
        '2017-08-05',
      ),
    ).toEqual(['2017-07-28 expulsion RU']);
  });
});

describe('two who talked for hours', () => {
  it('met', () => {
    expect(
      brief(
        'On March 14 Secretary of State John Kerry and Foreign Minister Sergei V. Lavrov talked for about six hours in London.',
        '2014-03-22',
      ),
    ).toEqual(['2014-03-14 diplomacy US+RU']);
  });
});

describe('sanctions in other words', () => {
  it('reads "the Treasury blocked" as sanctions, and a list of names placed on a "stop list"', () => {
    expect(
      brief('On Wednesday the Treasury blocked Sovcombank and two dozen other Russian lenders.', '2022-02-25'),
    ).toEqual(['2022-02-23 sanctions US']);
    expect(
      brief(
        'Russia has today placed on its "stop list" Secretary of Defense Lloyd Austin and nine other American officials, the Foreign Ministry said.',
        '2022-03-15',
      ),
    ).toEqual(['2022-03-15 sanctions RU']);
  });
});

describe('a treaty to be left, announced on a day', () => {
  it('is the withdrawal of that day: "announced on 21 May that it would leave the treaty"', () => {
    expect(
      brief(
        'The United States announced on 21 May that it would leave the Open Skies Treaty, citing Russian violations.',
        '2020-05-30',
      ),
    ).toEqual(['2020-05-21 arms-control US']);
  });
});

describe('a joint statement', () => {
  it('of the two ministers is their meeting, not one side’s statement', () => {
    expect(
      brief(
        'In Moscow on Tuesday Secretary of State Colin Powell and Foreign Minister Igor Ivanov issued a joint statement condemning the attacks and rejecting any link between terrorism and religion.',
        '2002-01-31',
      ),
    ).toEqual(['2002-01-29 diplomacy US+RU']);
  });
  it('of one side with third countries is not the two’s', () => {
    expect(
      brief(
        'On Sunday the foreign ministers of the United States, Britain and France issued a joint statement rejecting Russia’s claims.',
        '2022-10-25',
      ),
    ).not.toContain('2022-10-23 diplomacy US+RU');
  });
});

describe('a warning of war', () => {
  it('is a statement', () => {
    expect(
      brief(
        'On Thursday President Vladimir V. Putin told state television that such a decision would mean the United States was at war with Russia.',
        '2024-09-14',
      ),
    ).toEqual(['2024-09-12 statement RU']);
  });
});

describe('a withdrawal announced in the present tense', () => {
  it('is dated by the day, not by the year that names the treaty', () => {
    expect(
      brief(
        'Today the United States announced that it is withdrawing from the Anti-Ballistic Missile Treaty of 1972.',
        '2001-12-13',
      ),
    ).toEqual(['2001-12-13 arms-control US']);
    expect(
      findDateMentions('It left the Treaty of 1987 on Friday.', '2019-08-03').map((d) => [d.text, d.anchor]),
    ).toEqual([
      ['of 1987', false],
      ['on Friday', true],
    ]);
  });
});

describe('the issuer’s own act in its document', () => {
  it('is the issuer’s, of the document’s day, when told in the first person or the present perfect', () => {
    expect(
      brief(
        'THE WHITE HOUSE\nOffice of the Press Secretary\n\nFor Immediate Release\nThursday, April 15, 2021\n\n' +
          'Statement by the President on Actions in Response to Harmful Foreign Activities\n\n' +
          'Under a new executive order, I have sanctioned 32 entities and individuals who carried out Russian government-directed attempts to influence the election.',
        '2021-04-15',
      ),
    ).toContain('2021-04-15 sanctions US');
  });
});

describe('a treaty’s ratification and entry into force in other words', () => {
  it('reads a legislature "approved the Treaty" as its ratification', () => {
    expect(brief('The State Duma approved the Moscow Treaty on January 14 by a wide margin.', '2003-02-01')).toContain(
      '2003-01-14 arms-control RU',
    );
  });
  it('reads "exchanged the instruments of ratification" as the two bringing the treaty into force', () => {
    expect(
      brief(
        'In Moscow on Sunday, Secretary of State Colin Powell and Foreign Minister Igor Ivanov exchanged the instruments of ratification of the Moscow Treaty.',
        '2003-06-03',
      ),
    ).toContain('2003-06-01 arms-control US+RU');
  });
});

describe('a call or an indictment of today', () => {
  it('reads "in a telephone conversation today" as the call of the day', () => {
    expect(
      brief(
        'MOSCOW, 12 March — Foreign Minister Sergei Lavrov and Secretary of State John Kerry discussed Ukraine in a telephone conversation today.',
        '2014-03-12',
      ),
    ).toEqual(['2014-03-12 diplomacy US+RU']);
  });
  it('reads "returned an indictment against" Russian officers as the charges', () => {
    expect(
      brief(
        'Today a federal grand jury returned an indictment against seven Russian military intelligence officers for hacking anti-doping agencies.',
        '2018-10-04',
      ),
    ).toContain('2018-10-04 cyber US');
  });
});

describe('a journey for talks with the other side', () => {
  it('is a visit, wherever it went', () => {
    expect(
      brief(
        'On Tuesday Secretary of State John Kerry traveled to Sochi for talks with Foreign Minister Sergey Lavrov.',
        '2015-05-14',
      ),
    ).toContain('2015-05-12 diplomacy US+RU');
  });
});

describe('a meeting told with its length', () => {
  it('took place: "their 90-minute meeting", "a telephone call of 62 minutes"', () => {
    expect(
      brief(
        'In March, at the end of their 45-minute meeting in Vienna, Secretary of State Colin Powell handed Foreign Minister Igor Ivanov a list of concerns.',
        '2001-06-02',
      ),
    ).toContain('2001-03 diplomacy US+RU');
    expect(
      brief(
        'On May 3, in a telephone call of 40 minutes placed from the White House, President Bush told President Putin that the talks should go on.',
        '2002-05-06',
      ),
    ).toContain('2002-05-03 diplomacy US+RU');
  });
  it('not when it is still to come or was only proposed', () => {
    expect(
      brief(
        'Next week a 90-minute meeting between Secretary of State Rice and Foreign Minister Lavrov is planned in Berlin, officials said.',
        '2007-05-02',
      ),
    ).not.toContainEqual(expect.stringMatching(/diplomacy US\+RU/));
  });
});

describe('a meeting told by a participle', () => {
  it('took place: "In June, meeting X for about an hour, he offered…"', () => {
    expect(
      brief(
        'In April, meeting Secretary of State Condoleezza Rice for about an hour in the Kremlin, President Putin offered to share data from a radar in the south.',
        '2007-05-20',
      ),
    ).toContain('2007-04 diplomacy US+RU');
  });
  it('is no meeting of the two with a third party', () => {
    expect(
      brief(
        'On Tuesday, after meeting President Emmanuel Macron in Paris, President Obama said the sanctions would stay.',
        '2014-06-06',
      ),
    ).not.toContainEqual(expect.stringMatching(/diplomacy US\+RU/));
  });
});

describe('an act’s noun with the participle that says who enacted it', () => {
  it('is the act of the side after "by": "the sanctions imposed by Washington on 12 September"', () => {
    const got = brief(
      'Foreign Minister Sergey Lavrov criticised the new sanctions imposed by Washington on 12 September.',
      '2014-09-20',
    );
    expect(got).toContain('2014-09-12 sanctions US');
    expect(got).not.toContain('2014-09-12 sanctions RU');
  });
});

describe('an act’s noun enacted "by" a side with no time of its own', () => {
  it('is background, not that side’s act of the sentence’s day', () => {
    expect(
      brief(
        'MOSCOW — President Vladimir Putin on Tuesday banned oil sales to buyers that observe the price cap imposed by the United States and its allies.',
        '2022-12-28',
      ),
    ).not.toContainEqual(expect.stringMatching(/^2022-12-27 \S+ US$/));
  });
});

describe('a conversation told with "spoke today with"', () => {
  it('is a call of the two on the document’s day', () => {
    expect(
      brief(
        'Secretary of State Mike Pompeo spoke today with Russian Foreign Minister Sergey Lavrov about arms control.',
        '2020-03-02',
      ),
    ).toContain('2020-03-02 diplomacy US+RU');
  });
});

describe('a verb that enacts a noun across a parenthesis', () => {
  it('reads "completed yesterday, by an exchange of notes, the extension" as the extension done', () => {
    expect(
      brief(
        'The two governments completed yesterday, by an exchange of diplomatic notes, the extension of the New START Treaty.',
        '2021-02-04',
      ),
    ).toContain('2021-02-03 arms-control US+RU');
  });
});

describe('"the presidents" as the subject of a verb of meeting', () => {
  it('are the two sides', () => {
    expect(
      brief('After the presidents met in Helsinki in July, their envoys began talks on arms control.', '2018-10-02'),
    ).toContain('2018-07 summit US+RU');
  });
});

describe('a prisoner extradited to a side', () => {
  it('is an act of the side that took him', () => {
    const got = brief(
      'Moscow compared the case to that of Konstantin Yaroshenko, a pilot who was extradited to the United States from Liberia in 2010.',
      '2014-07-10',
    );
    expect(got).toContain('2010 prisoners US');
    expect(got).not.toContain('2010 prisoners RU');
  });
});

describe('a noun enacted by a relative clause of a government', () => {
  it('is that government’s act: "the sanctions the United States imposed on … on Friday"', () => {
    const got = brief(
      'Moscow answered the sanctions the United States imposed on Russian banks on Friday with a ban on American poultry.',
      '2014-08-04',
    );
    expect(got).toContain('2014-08-01 sanctions US');
    expect(got).not.toContain('2014-08-01 sanctions RU');
  });
});

describe('a side’s adjective before a noun of leaving', () => {
  it('names who left: "the American withdrawal", "the Russian withdrawal"', () => {
    expect(
      brief(
        'Washington accused Russia of breaking the treaty in 2014, and the American withdrawal took effect in August 2019.',
        '2024-07-30',
      ),
    ).toContain('2019-08 arms-control US');
    const russian = brief(
      'The Russian withdrawal from the treaty took effect in November 2023, officials in Washington said.',
      '2024-07-30',
    );
    expect(russian).toContain('2023-11 arms-control RU');
    expect(russian).not.toContain('2023-11 arms-control US');
  });
});

describe('a past verb joined to an accusation by "and"', () => {
  it('is an act of its own, not what was blamed', () => {
    const got = brief(
      'On June 3 a chemical attack killed dozens of civilians in northern Syria. Washington blamed the Syrian government and two days later fired cruise missiles at an air base near Hama, after warning Russian forces through the deconfliction line.',
      '2018-06-10',
    );
    expect(got).toContain('2018-06-05 military US');
    expect(got).not.toContain('2018-06-05 statement US');
  });
});

describe('forces ordered somewhere', () => {
  it('is a military act of the side that gave the order', () => {
    expect(
      brief(
        'On Friday, Mr. Trump wrote that he had ordered two nuclear submarines to be positioned near Russia after provocative statements by Dmitri Medvedev.',
        '2025-08-05',
      ),
    ).toContain('2025-08-01 military US');
    // An order of something else is no deployment.
    expect(
      brief('On Friday, Mr. Trump ordered a review of the sanctions on Russia, the White House said.', '2025-08-05'),
    ).not.toContain('2025-08-01 military US');
  });
});

describe('acts told with words the triggers lacked', () => {
  it('reads a renewed national emergency as sanctions kept in force', () => {
    expect(
      brief(
        "On Tuesday Mr. Obama formally renewed the national emergency over Ukraine, telling Congress that Russia's actions remained a threat.",
        '2015-03-05',
      ),
    ).toContain('2015-03-03 sanctions US');
  });
  it('reads more names added after sanctions as sanctions, and names added to an export list too', () => {
    expect(
      brief(
        'The first sanctions on seven Russian officials came on March 17. Three days later Washington added 20 more people from Vladimir Putin’s circle.',
        '2014-03-25',
      ),
    ).toContain('2014-03-20 sanctions US');
    expect(
      brief(
        'On Monday the Commerce Department added 45 Russian companies to its military end-user list, citing their ties to the Russian armed forces.',
        '2020-12-23',
      ),
    ).not.toContainEqual(expect.stringContaining('military'));
  });
  it('reads staff who must stop working for a mission as an expulsion', () => {
    expect(
      brief(
        'On Sunday Mr. Putin said on television that 755 people would have to stop working for the American mission in Russia.',
        '2017-08-02',
      ),
    ).toContain('2017-07-30 expulsion RU');
  });
  it('reads troops sent into a country as a military act, dated "before dawn on" its day', () => {
    expect(
      brief(
        'Before dawn on Feb. 24, 2022, President Vladimir Putin sent Russian troops into Ukraine, and Washington condemned the attack.',
        '2024-02-24',
      ),
    ).toContain('2022-02-24 military RU');
  });
  it('reads proposals put forward as a diplomatic act of the side that made them', () => {
    const got = brief(
      'Today in Moscow, Ambassador John Sullivan handed Deputy Foreign Minister Alexander Grushko the written response of the United States to the proposals on European security that Russia put forward in December.',
      '2022-01-26',
    );
    expect(got).toContain('2021-12 diplomacy RU');
    expect(got).toContainEqual(expect.stringMatching(/^2022-01-26 diplomacy US/));
  });
});

describe('a call named by its day, and a pair that spoke on a day', () => {
  it('takes "the telephone call of March 20" as a call held that day', () => {
    expect(
      brief(
        'The dispute has overshadowed the telephone call of March 20 in which Mr. Trump congratulated President Vladimir Putin on his re-election.',
        '2018-04-01',
      ),
    ).toEqual(['2018-03-20 diplomacy US+RU']);
  });
  it('takes "the two defense chiefs last spoke on Feb. 18" as their call, and the pair as no count', () => {
    const { events } = extractEvents(
      article(
        'Defense Secretary Lloyd Austin spoke with Russian Defense Minister Sergei Shoigu on Friday for the first time in nearly three months. The two defense chiefs last spoke on Feb. 18.',
        '2022-05-14',
      ),
      null,
    );
    const earlier = events.find((e) => e.date === '2022-02-18');
    expect(earlier?.actors).toEqual(['US', 'RU']);
    expect(earlier?.figures ?? []).toEqual([]);
  });
});

describe('a date after a noun of another act', () => {
  it('is that act’s, and the verb after it takes its own date', () => {
    expect(
      brief(
        'President Biden announced sanctions on Russia on April 15 and called Mr. Putin on April 13.',
        '2021-05-26',
      ),
    ).toEqual(['2021-04-15 sanctions US', '2021-04-13 diplomacy US+RU']);
  });
});

describe('"sanction" before a number', () => {
  it('is the verb', () => {
    expect(
      brief(
        'On Thursday President Obama used an executive order to sanction nine Russian entities and individuals.',
        '2017-01-02',
      ),
    ).toContain('2016-12-29 sanctions US');
  });
});

describe('talks a named official held, told in a relative clause', () => {
  it('were held, on the day the clause gives', () => {
    expect(
      brief(
        'The response builds on the talks that Deputy Secretary Wendy Sherman held with Deputy Foreign Minister Sergey Ryabkov in Geneva on January 10.',
        '2022-01-26',
      ),
    ).toEqual(['2022-01-10 diplomacy US+RU']);
    // Talks only named, with no one holding them, are not.
    expect(brief('The response builds on the talks in Geneva and the meetings that followed.', '2022-01-26')).toEqual(
      [],
    );
  });
});

describe('two meetings of one sentence on days of their own', () => {
  it('are two acts: a visitor received in the Kremlin, and talks on the first day of a span', () => {
    expect(
      brief(
        'On 2 December Vladimir Putin received Special Envoy Steven Witkoff in the Kremlin, and on 20 and 21 December Kirill Dmitriev held talks with the American representatives in Miami.',
        '2025-12-28',
      ),
    ).toEqual(['2025-12-02 diplomacy US+RU', '2025-12-20 diplomacy US+RU']);
  });
  it('gives each its own figures and its own parties', () => {
    const { events } = extractEvents(
      article(
        'On 2 December Vladimir Putin received Special Envoy Steven Witkoff in the Kremlin for talks that lasted about five hours, and on 20 and 21 December Kirill Dmitriev held talks with the American representatives in Miami.',
        '2025-12-28',
      ),
      null,
    );
    const [kremlin, miami] = events;
    expect(kremlin?.figures?.map((f) => f.value)).toEqual([5]);
    expect(miami?.figures ?? []).toEqual([]);
    expect(miami?.title).not.toMatch(/Putin|Witkoff/);
    expect(miami?.dateExpression).toBe('20 and 21 December');
  });
  it('reads the first day of a span written with one month', () => {
    const dates = findDateMentions('They met on 20 and 21 December in Miami.', '2025-12-28');
    expect(dates.map((d) => [d.date, d.text, d.anchor])).toEqual([['2025-12-20', '20 and 21 December', true]]);
  });
});

describe('a date in the clause of its verb', () => {
  it('wins over a nearer one across ", and"; notes exchanged that keep a treaty in force bring it into force', () => {
    expect(
      brief(
        'In late January, in their first telephone call, President Biden and Mr. Putin agreed to complete the extension of New START, and on Feb. 3 the two governments exchanged diplomatic notes that kept the treaty in force for five more years.',
        '2021-04-30',
      ),
    ).toContain('2021-02-03 arms-control US+RU');
  });
});

describe('"within hours"', () => {
  it('is the day of the act told before it', () => {
    expect(
      brief(
        'President Vladimir Putin on Friday signed treaties absorbing four regions of Ukraine. Within hours the United States imposed another round of sanctions on Russia.',
        '2022-10-01',
      ),
    ).toContain('2022-09-30 sanctions US');
  });
});

describe('a title under the record’s sides', () => {
  it('tells the act with the sides the candidate shows', () => {
    const text =
      'MOSCOW — Russia is ready to discuss a prisoner exchange with the United States, Foreign Minister Sergey Lavrov said on Friday, a day after a court outside Moscow sentenced the American basketball star Brittney Griner to nine years in a penal colony.';
    const records = dataset([
      rawEvent({
        id: '2022-08-04-griner-sentenced',
        date: '2022-08-04',
        title: 'Russian court sentences Brittney Griner to nine years',
        summary: 'A court near Moscow sentenced the American basketball player Brittney Griner to nine years.',
        actors: ['RU'],
        category: 'prisoners',
      }),
    ]);
    const sentenced = extractEvents(article(text, '2022-08-05'), records).events.find(
      (e) => e.match === '2022-08-04-griner-sentenced',
    );
    expect(sentenced?.actors).toEqual(['RU']);
    expect(sentenced?.title).not.toMatch(/^US and Russia/);
  });
});

describe('"the two militaries" as the subject', () => {
  it('are both sides', () => {
    expect(
      brief(
        'The Pentagon said it had used the deconfliction line set up under the memorandum the two militaries signed in 2015 to keep their aircraft apart over Syria.',
        '2018-02-09',
      ),
    ).toEqual(['2015 military US+RU']);
  });
});
