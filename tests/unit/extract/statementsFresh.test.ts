import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/extract/extract';
import { findFigures } from '../../../src/extract/figures';
import { article, brief } from './articleHelpers';

describe('statements given by their words', () => {
  it('keeps a speaker’s dated speech or remarks as a statement by that side', () => {
    expect(
      brief(
        'Mr. Lavrov’s address on Monday was the sharpest attack on Washington in years. Diplomats in Brussels were surprised.',
        '2019-03-06',
      ),
    ).toEqual(['2019-03-04 statement RU']);
    expect(
      brief("Biden's comments, made at a rally on Friday, drew an angry answer from Moscow.", '2021-06-07'),
    ).toContain('2021-06-04 statement US');
  });
  it('takes "he said" for the last official named, not for the name after the verb', () => {
    expect(
      brief(
        'Ryabkov, the deputy foreign minister, spoke on Friday. He said Blinken was threatening Russia with new penalties.',
        '2022-02-14',
      ),
    ).toEqual(['2022-02-11 statement RU']);
  });
  it('does not read "charges he denied" as a statement', () => {
    expect(
      brief('A court in Moscow jailed Mr. Carter, a US citizen, in 2019 for theft, charges he denied.', '2020-01-10'),
    ).not.toContain('2019 statement US');
  });
  it('keeps a dated answer to the other side’s words apart from a meeting reported with it', () => {
    const found = brief(
      'The Kremlin on Thursday rejected Obama’s claim that Russia was isolated, even as the foreign ministers of the two countries met in Geneva.',
      '2014-03-28',
    );
    expect(found).toContain('2014-03-27 statement RU');
    expect(found).toContain('2014-03-27 diplomacy US+RU');
  });
  it('counts a joint statement rejecting another side’s allegations, and a reply to remarks when dated', () => {
    expect(
      brief(
        "On Monday the State Department issued a statement saying it rejected Moscow's repeated allegations of American involvement.",
        '2016-05-04',
      ),
    ).toEqual(['2016-05-02 statement US']);
    expect(
      brief(
        "On Tuesday, a Kremlin spokesman told reporters that Moscow had noted the secretary's remarks on Ukraine and Washington.",
        '2023-05-04',
      ),
    ).toEqual(['2023-05-02 statement RU']);
  });
  it('does not take a perfect "has rejected …, saying" for a dated statement', () => {
    expect(
      brief(
        'The Russian Embassy has long rejected the accusations, saying Russia does not conduct offensive operations against the United States.',
        '2020-12-20',
      ),
    ).toEqual([]);
  });
});

describe('figures with their parts', () => {
  it('gives a total and then each of its parts', () => {
    const [total] = findFigures('The Treasury designated seven entities and 11 individuals, 18 targets in all.');
    expect(total?.value).toBe(18);
    expect(total?.parts?.map((p) => `${p.value} ${p.what}`)).toEqual(['7 entities', '11 individuals']);
  });
  it('lists the parts as figures of the event', () => {
    const [event] = extractEvents(
      article(
        'WASHINGTON — The Treasury Department on Tuesday sanctioned four entities and 12 individuals, 16 targets in total, for helping Russia evade export controls.',
        '2023-06-01',
      ),
      null,
    ).events;
    expect(event?.figures?.map((f) => f.value)).toEqual([16, 4, 12]);
  });
});

describe('figures of a following sentence, by what they count', () => {
  const figuresOf = (text: string, published: string) =>
    extractEvents(article(text, published), null).events.map((e) => (e.figures ?? []).map((f) => f.value));
  it('lends tons of material to a cooperation agreement', () => {
    expect(
      figuresOf(
        'On Tuesday the United States and Russia signed an agreement on disposing of surplus plutonium. Under it, 34 metric tons will be burned as reactor fuel.',
        '2000-09-02',
      ),
    ).toEqual([[34]]);
  });
  it('lends the length of a call to the call, not to the summit the call previewed', () => {
    const events = extractEvents(
      article(
        "President Clinton telephoned President Yeltsin yesterday to preview next week's summit in Tokyo. The call lasted about half an hour, the White House said.",
        '1993-07-01',
      ),
      null,
    ).events;
    expect(events.map((e) => [e.date, (e.figures ?? []).map((f) => [f.value, f.what])])).toEqual([
      ['1993-06-30', [[30, 'minutes of the call']]],
    ]);
  });
  it('lends a fine in rubles to a sentencing', () => {
    expect(
      figuresOf(
        'A Russian court on Monday sentenced an American teacher to three years in a penal colony. The judge also ordered her to pay 50,000 rubles.',
        '2022-06-30',
      ),
    ).toEqual([[3, 50000]]);
  });
});

describe('statements whose speaker or day is given apart from the speech verb', () => {
  it('takes "he" for the official named earlier in the same sentence', () => {
    expect(
      brief(
        'On Friday the U.S. ambassador, Jon Huntsman, said the case was a commercial dispute, and he urged the Russian authorities to free Mr. Calvey.',
        '2019-02-16',
      ),
    ).toEqual(['2019-02-15 statement US']);
  });
  it('dates words "said in a statement released on Friday" to that Friday', () => {
    expect(
      brief(
        'The U.S. ambassador to Russia, Jon Huntsman, said in a statement released on Friday that the case against the American investor belonged in the commercial courts.',
        '2019-02-16',
      ),
    ).toEqual(['2019-02-15 statement US']);
    expect(
      brief(
        'The ambassador said in a statement that the case against the American investor belonged in the commercial courts, as the hearing on Friday showed.',
        '2019-02-16',
      ),
    ).toEqual([]);
  });
});

describe('a standing position is no statement of a day', () => {
  it('takes no undated present tense as words said that day', () => {
    expect(
      brief(
        "Washington accuses Russia of breaching the treaty with its new cruise missile. Moscow rejects the accusation and says the missile's range is within the limits allowed by the treaty.",
        '2019-03-05',
      ),
    ).toEqual([]);
  });
  it('takes no position held "consistently" or "repeatedly" as words said that day', () => {
    expect(
      brief(
        'Washington accused Russia of breaching the treaty. Moscow has consistently denied any role in the poisoning and says London has never produced evidence for its accusations.',
        '2019-03-05',
      ),
    ).toEqual(['2019-03 statement US']);
  });
  it('still takes the words given a day', () => {
    expect(
      brief(
        'On Monday Moscow rejected the American accusation and said the missile was within the treaty’s limits.',
        '2019-03-05',
      ),
    ).toEqual(['2019-03-04 statement RU']);
  });
  it('takes words told in the past perfect with a day of their own, and not without one', () => {
    expect(
      brief(
        "Late on Tuesday the Foreign Ministry's spokeswoman, Maria Zakharova, had called the American sanctions a hostile move.",
        '2021-03-04',
      ),
    ).toEqual(['2021-03-02 statement RU']);
    expect(
      brief("The Foreign Ministry's spokeswoman had called the American sanctions a hostile move.", '2021-03-04'),
    ).toEqual([]);
  });
});

describe('a comment published by a government', () => {
  it('is that government’s statement of the day its date line gives', () => {
    const text = [
      'MINISTRY OF FOREIGN AFFAIRS OF THE RUSSIAN FEDERATION',
      'Comment on the visa restrictions announced by the United States',
      '22 May 2020',
      'The restrictions are a new blow to contacts between our peoples, and the responsibility for this lies entirely with Washington.',
    ].join('\n\n');
    expect(brief(text, '2020-05-22')).toEqual(['2020-05-22 statement RU']);
  });
  it('holds its words in the first person, not dated by a day after publication they name', () => {
    const text = [
      'MINISTRY OF FOREIGN AFFAIRS OF THE RUSSIAN FEDERATION',
      'Comment on the American decision to leave the Treaty on Open Skies',
      '22 May 2020',
      'We call on the United States to act responsibly, including with regard to the extension of the Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms, which expires in February next year.',
    ].join('\n\n');
    expect(brief(text, '2020-05-22')).toEqual(['2020-05-22 statement RU']);
  });
  it('is a criticism when any of its sentences criticises, though the one told first only calls on the other side', () => {
    const text = [
      'MINISTRY OF FOREIGN AFFAIRS OF THE RUSSIAN FEDERATION',
      'Comment on the American decision to leave the Treaty on Open Skies',
      '22 May 2020',
      'We call on the United States to act responsibly.',
      'We regret the American decision, which is a serious mistake.',
    ].join('\n\n');
    const [comment] = extractEvents({ text, url: 'https://example.org/c', published: '2020-05-22' }, null).events;
    expect(comment).toMatchObject({ date: '2020-05-22', category: 'statement', title: 'Russia criticises the US' });
    expect(comment?.tone).toBeLessThan(0);
  });
  it('is no statement of its own when it announces the government’s act of that day', () => {
    const text = [
      'MINISTRY OF FOREIGN AFFAIRS OF THE RUSSIAN FEDERATION',
      'Statement in connection with the expulsion of two employees of the US Embassy',
      '14 September 2023',
      'Today the two employees of the US Embassy in Moscow were declared persona non grata.',
    ].join('\n\n');
    expect(brief(text, '2023-09-14')).toEqual(['2023-09-14 expulsion RU']);
  });
});
