import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../../src/extract/actors';
import { brief, titles } from './articleHelpers';

describe('calls worded without "with"', () => {
  it('reads "telephoned" and "had spoken for the first time" between defence chiefs as military calls', () => {
    expect(
      brief(
        'Russian Defence Minister Andrei Belousov telephoned Defense Secretary Pete Hegseth on Monday.',
        '2025-03-05',
      ),
    ).toEqual(['2025-03-03 military US+RU']);
    expect(
      brief(
        'The two defense ministers had spoken for the first time in a year on Thursday, when Belousov raised the drills, the Pentagon said.',
        '2025-03-09',
      ),
    ).toEqual(['2025-03-06 military US+RU']);
  });
});

describe('sides named together', () => {
  it('gives adjectives in a list the role of the noun after the last', () => {
    const roles = findActorMentions('Yesterday American and Russian negotiators met in Vienna.', {
      dayIso: '2021-06-01',
      articleText: '',
    }).map((m) => `${m.text}:${m.role}`);
    expect(roles).toEqual(['American:agent', 'Russian:agent']);
    expect(brief('On Monday American and Russian negotiators met in Vienna.', '2021-06-09')).toEqual([
      '2021-06-07 diplomacy US+RU',
    ]);
  });
  it('does not take "United" for a verb whose object is the next name', () => {
    expect(brief('The United States and Russia signed a trade accord in Moscow on Friday.', '1994-07-04')).toEqual([
      '1994-07-01 economy US+RU',
    ]);
  });
  it('gives a one-sided verb with a subject of both sides to both', () => {
    expect(
      brief(
        'On Tuesday the United States and Russia each cut their deployed nuclear warheads by a fifth.',
        '2004-05-14',
      ),
    ).toEqual(['2004-05-11 arms-control US+RU']);
  });
  it('lets one of ours speak for a list of speakers with third parties', () => {
    expect(
      brief(
        'On Friday the envoys of the United States, Germany and Japan issued a joint statement condemning Russia’s missile test.',
        '2021-11-22',
      ),
    ).toContain('2021-11-19 statement US');
  });
});

describe('what an agreement is about', () => {
  it('takes the topic from what was agreed before the rest of the sentence', () => {
    expect(
      brief(
        'The United States and Russia agreed on Sunday on a plan to remove Libya’s chemical weapons, averting a military escalation.',
        '2016-07-19',
      ),
    ).toEqual(['2016-07-17 cooperation US+RU']);
  });
  it('does not read "struck a deal" as a strike', () => {
    expect(brief('On Monday Washington and Moscow struck a deal on grain shipments.', '2022-07-20')).not.toContain(
      '2022-07-18 military US',
    );
  });
});

describe('talks held and the president behind an envoy', () => {
  it('reads "held about four hours of talks with" as talks held, like "held talks with"', () => {
    const text = 'Witkoff and Kushner held about four hours of talks with Putin at the Kremlin on Thursday.';
    expect(brief(text, '2026-01-23')).toEqual(['2026-01-22 diplomacy US+RU']);
    expect(titles(text, '2026-01-23')).toEqual(['Witkoff and Putin hold talks']);
  });
  it('does not count a president named in the possessive as present: his envoys’ talks are no summit, titled by one name a side', () => {
    const text =
      "President Donald Trump's envoys Steve Witkoff and Jared Kushner held talks with President Vladimir Putin at the Kremlin on Thursday.";
    expect(brief(text, '2026-01-23')).toEqual(['2026-01-22 diplomacy US+RU']);
    expect(titles(text, '2026-01-23')).toEqual(['Witkoff and Putin hold talks']);
  });
});

describe('who acted when the one named is the one acted on', () => {
  it('reads a participle joined to a passive one as passive: "was arrested … and charged with"', () => {
    expect(
      brief(
        'A Russian student was arrested in Washington on Sunday and charged with acting as an agent of the Russian government.',
        '2018-07-17',
      ),
    ).toEqual(['2018-07-15 prisoners US']);
    // An object after it makes it active: Russia expelled them.
    expect(
      brief('Russia was angered by the report and expelled ten American diplomats on Monday.', '2018-07-17'),
    ).toEqual(['2018-07-16 expulsion RU']);
  });
  it('reads a headline’s "Russian activist charged as agent" as a charge against her, not by Russia', () => {
    expect(brief('Russian activist charged as covert agent', '2018-07-17')).toEqual(['2018-07 prisoners US']);
  });
});

describe('a reaction far from the act it answers', () => {
  it('concerns the side the article’s lead names acting, though not named near it', () => {
    const text = [
      'WASHINGTON — The United States on Friday formally accused the Russian government of hacking to interfere in the election.',
      'The agencies said the hackers used methods consistent with Russian services.',
      'Officials noted that the voting systems are decentralised.',
      'The Kremlin dismissed the charge.',
      'Dmitry Peskov, the Kremlin spokesman, said on Saturday that the accusation was nonsense.',
    ].join(' ');
    expect(brief(text, '2016-10-08')).toEqual(['2016-10-07 cyber US', '2016-10-08 statement RU']);
  });
});

describe('talks told in other words', () => {
  it('reads a journey to the other side’s capital as a visit, but not a trip to the country', () => {
    expect(
      brief('When Foreign Minister Sergei Lavrov came to Washington in March, Rice raised Iran.', '2006-04-10'),
    ).toEqual(['2006-03 diplomacy US+RU']);
    expect(brief('He flew to Russia by way of China on Monday for personal reasons.', '2024-05-10')).toEqual([]);
  });
  it('reads "a day of talks" and "spent Monday in talks with" as talks held', () => {
    expect(
      brief(
        'In January, Secretary of State Warren Christopher used a day of talks in Geneva with Foreign Minister Andrei Kozyrev to press Russia.',
        '1995-05-11',
      ),
    ).toEqual(['1995-01 diplomacy US+RU']);
    expect(
      brief('John Bolton spent Monday in Moscow in talks with Foreign Minister Sergey Lavrov.', '2018-10-23'),
    ).toEqual(['2018-10-22 diplomacy US+RU']);
  });
  it('reads a conversation given its own day as a call, and "the conversation" alone as none', () => {
    expect(brief('Putin and Trump discussed Ukraine during their conversation of February 12.', '2025-03-19')).toEqual([
      '2025-02-12 diplomacy US+RU',
    ]);
    expect(
      brief(
        'Both sides agreed to keep the details of the conversation private, the US spokeswoman said.',
        '2020-08-28',
      ),
    ).toEqual([]);
  });
});

describe('the topic of a signing', () => {
  it('is military when defence officials sign, and the title says they signed', () => {
    const text =
      'The memorandum that American and Russian defense officials signed on Tuesday is, by design, a modest document.';
    expect(brief(text, '2015-10-22')).toEqual(['2015-10-20 military US+RU']);
    expect(titles(text, '2015-10-22')).toEqual(['US and Russia sign a military agreement']);
  });
});

describe('ceasefires and peace plans agreed', () => {
  it('reads a ceasefire agreed by both sides, told in the passive, as diplomacy of both', () => {
    expect(
      brief(
        'The cease-fire was agreed in Geneva on Sept. 9 by Secretary of State John Kerry and Foreign Minister Sergey Lavrov, and took effect at sundown on Monday.',
        '2016-09-19',
      ),
    ).toEqual(['2016-09-09 diplomacy US+RU']);
  });
  it('reads "an arrangement was reached" as an agreement', () => {
    expect(
      brief(
        'An arrangement between Washington and Moscow on a cease-fire in Syria was reached in Geneva on Friday.',
        '2016-09-10',
      ),
    ).toEqual(['2016-09-09 diplomacy US+RU']);
  });
  it('leaves out a truce others agreed in one of our capitals, or one side urged to honour one', () => {
    expect(brief('Three ceasefires agreed in October, one in Moscow, collapsed within hours.', '2020-11-10')).toEqual(
      [],
    );
    expect(
      brief('He urged Moscow to carry out the cease-fire agreements signed in Minsk in September.', '2014-10-12'),
    ).toEqual([]);
  });
});

describe('names with initials, suffixes and offices in a list', () => {
  it('reads "James A. Baker 3d and the foreign ministers of Russia, Ukraine…" as both sides signing', () => {
    const mentions = findActorMentions(
      'Secretary of State James A. Baker 3d and the foreign ministers of Russia, Ukraine and Kazakhstan signed a protocol.',
      { dayIso: '1992-05-23', articleText: '' },
    ).map((m) => `${m.text}:${m.side}`);
    expect(mentions).toEqual(['Baker:US', 'Russia:RU', 'Ukraine:third', 'Kazakhstan:third']);
    expect(
      brief(
        'LISBON, May 23 — Secretary of State James A. Baker 3d and the foreign ministers of Russia, Ukraine, Byelorussia and Kazakhstan signed a protocol here on Saturday that makes the four republics parties to the strategic arms treaty that Washington and Moscow concluded last July.',
        '1992-05-24',
      ),
    ).toEqual(['1992-05-23 arms-control US+RU']);
  });
  it('titles an act for which one side cites the other’s alleged violations as its accusation', () => {
    const text =
      'Yesterday the US Administration announced this decision publicly, citing alleged violations of the Treaty by Russia.';
    expect(titles(text, '2020-05-22')).toEqual(['US accuses Russia of violating an arms-control treaty']);
  });
  it('names a treaty in a title by its short name, though the article gives it in full', () => {
    const opensSkies =
      'Today, 22 May, the Russian side received the official notification of the United States of America of its withdrawal from the Treaty on Open Skies.';
    expect(titles(opensSkies, '2020-05-22')).toEqual(['US withdraws from the Open Skies Treaty']);
    const abm =
      'The United States on Thursday formally withdrew from the Treaty on the Limitation of Anti-Ballistic Missile Systems, six months after notifying Russia.';
    expect(titles(abm, '2002-06-14')).toEqual(['US withdraws from the ABM Treaty']);
    const cfe =
      'Russia on Wednesday suspended its participation in the Treaty on Conventional Armed Forces in Europe, citing American plans for missile defence.';
    expect(titles(cfe, '2007-12-13')).toEqual(['Russia suspends the CFE Treaty']);
  });
  it('takes one side leaving a treaty of the two sides alone as concerning the other, named or not', () => {
    const abm =
      'The United States on Thursday formally withdrew from the Treaty on the Limitation of Anti-Ballistic Missile Systems.';
    expect(brief(abm, '2002-06-14')).toEqual(['2002-06-13 arms-control US']);
    expect(brief('Washington on Friday formally left the INF Treaty.', '2019-08-03')).toEqual([
      '2019-08-02 arms-control US',
    ]);
    // A treaty of many parties, with the other side named nowhere near, is not ours.
    expect(brief('The United States on Thursday withdrew from the Paris climate treaty.', '2020-11-06')).toEqual([]);
  });
});

describe('an administration named in a title', () => {
  it('is the one the article names, not another president’s', () => {
    expect(
      titles(
        'WASHINGTON — The Trump administration and the Kremlin agreed on Monday to resume talks on strategic stability.',
        '2018-04-11',
      ),
    ).toEqual(['Trump administration and Kremlin agree on arms control']);
    expect(
      titles(
        'WASHINGTON — The Obama administration and the Kremlin agreed on Monday to resume talks on strategic stability.',
        '2014-04-09',
      ),
    ).toEqual(['Obama administration and Kremlin agree on arms control']);
  });
});

describe('"the administration" as the actor', () => {
  it('gives Washington an act told of "the administration" with no other name of its side', () => {
    expect(
      brief(
        'Moscow has long denied meddling. The latest round came on Friday, when the administration announced more than 500 new sanctions, the largest since the invasion began.',
        '2024-02-26',
      ),
    ).toEqual(['2024-02-23 sanctions US']);
    expect(
      brief(
        'Russia called the move hostile. The Administration said on Monday it would expel 60 Russian diplomats.',
        '2018-03-27',
      ),
    ).toEqual(['2018-03 statement RU', '2018-03-26 expulsion US']);
  });
});

describe('"The two" opening a sentence', () => {
  it('is the pair of officials the sentence before named, whatever third party the sentence names', () => {
    expect(
      brief(
        "Secretary Blinken raised the case with Foreign Minister Lavrov in January. The two spoke briefly, for less than ten minutes, on the margins of the G20 foreign ministers' meeting in New Delhi on March 2.",
        '2023-03-10',
      ),
    ).toEqual(['2023-03-02 diplomacy US+RU']);
  });
  it('is no one when the sentence before names one side only, or a noun follows', () => {
    expect(
      brief(
        'Foreign Minister Lavrov met the Chinese envoy in January. The two spoke briefly on the margins of the G20 meeting on March 2.',
        '2023-03-10',
      ),
    ).toEqual([]);
    expect(
      brief(
        'Secretary Blinken raised the case with Foreign Minister Lavrov in January. The two Chinese officials spoke briefly on the margins of the G20 meeting on March 2.',
        '2023-03-10',
      ),
    ).toEqual([]);
  });
});
