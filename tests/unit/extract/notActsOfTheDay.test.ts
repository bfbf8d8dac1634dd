import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('words that tell no act of their day', () => {
  it('reads "the anniversary of Russia\'s invasion" as an act remembered, not done that day', () => {
    expect(
      brief(
        "The Biden administration marked the first anniversary of Russia's full-scale invasion of Ukraine on Friday with new sanctions on Russian banks.",
        '2023-02-25',
      ),
    ).toEqual([]);
  });
  it('reads "it had been held" after a meeting as the meeting held, not a person held', () => {
    expect(
      brief(
        "William J. Burns met Sergei Naryshkin in Ankara on Monday. Later on Monday, Dmitry Peskov, the Kremlin's spokesman, confirmed that it had been held at the American side's initiative.",
        '2022-11-15',
      ),
    ).toEqual(['2022-11-14 diplomacy US+RU']);
  });
  it('reads "released what it called evidence" as no prisoner freed', () => {
    expect(brief('On Friday Moscow released what it called evidence of American spying.', '2016-08-02')).toEqual([]);
  });
  it('reads a draft agreement made public as no agreement', () => {
    expect(
      brief(
        'The Russian Foreign Ministry on Friday made public the texts of a draft treaty between Russia and the United States on security guarantees and a draft agreement on measures to ensure the security of Russia.',
        '2021-12-18',
      ),
    ).toEqual([]);
  });
});
