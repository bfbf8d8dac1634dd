import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('days counted from an act the sentence names', () => {
  it('leaves "three days before the arrests" uncounted and dates the act by the day written after the comma', () => {
    expect(
      brief(
        'Three days before the arrests, on March 2, President Bush had received Putin at Camp David.',
        '2003-03-10',
      ),
    ).toEqual(['2003-03-02 summit US+RU']);
  });
  it('takes "Wednesday’s announcement" as the day a later "the same day" counts from', () => {
    expect(
      brief(
        'The mood was set by Wednesday’s announcement from the White House. Peskov, the Kremlin spokesman, answered the same day that Russia regretted the decision to cancel the Moscow summit.',
        '2013-08-10',
      ),
    ).toContain('2013-08-07 statement RU');
  });
});

describe('meetings and exchanges told with other words', () => {
  it('reads a conversation "held at the request of" one side as held', () => {
    expect(
      brief(
        'On 3 March, in a telephone conversation held at the request of the American side, the foreign ministers of Russia and the United States discussed the situation in Syria.',
        '2016-03-05',
      ),
    ).toEqual(['2016-03-03 diplomacy US+RU']);
  });
  it('does not read talks "to be held" as held', () => {
    expect(
      brief(
        'Talks to be held in Geneva next week between Sherman and Ryabkov will cover strategic stability.',
        '2021-07-10',
      ),
    ).toEqual([]);
  });
  it('reads a spy exchange, and "trading" a number of people, as an exchange of prisoners by both', () => {
    expect(
      brief(
        'The United States and Russia carried out their largest spy exchange since the Cold War on Friday, trading 14 people at the Vienna airport.',
        '2010-07-10',
      ),
    ).toEqual(['2010-07-09 prisoners US+RU']);
  });
});

describe('an incident of arms without its day', () => {
  const lead = 'The Pentagon published its annual report on the Black Sea on Monday. It covers the past year. ';
  it('is not proposed when the text gives it no day, and is when it does', () => {
    expect(
      brief(
        `${lead}Russian jets buzzed the American destroyer USS Porter in the Black Sea, the report said.`,
        '2017-02-20',
      ),
    ).toEqual([]);
    expect(
      brief(
        `${lead}Russian jets buzzed the American destroyer USS Porter in the Black Sea on Tuesday, the report said.`,
        '2017-02-20',
      ),
    ).toEqual(['2017-02-14 military RU']);
  });
});
