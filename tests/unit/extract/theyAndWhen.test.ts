import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('"they" as the two sides', () => {
  it('are the two officials named in the sentence before, after a time that opens the sentence', () => {
    expect(
      brief(
        'President Clinton and President Yeltsin have spoken often this year. In March, in Helsinki, they signed a statement on the future of arms control.',
        '1997-06-01',
      ),
    ).toContain('1997-03 arms-control US+RU');
  });
  it('are "the two ministers" of the sentence, in a clause of their own', () => {
    expect(
      brief(
        'The two ministers had not met since October, when they held talks in Vienna on the war in Syria.',
        '2021-02-10',
      ),
    ).toEqual(['2020-10 diplomacy US+RU']);
  });
  it('are no side of ours when nobody of ours was named', () => {
    expect(
      brief('In March, in Helsinki, they signed a statement on the future of arms control.', '1997-06-01'),
    ).toEqual([]);
  });
});

describe('a bound followed by "when"', () => {
  it('dates the clause that follows it', () => {
    expect(
      brief(
        'Ties have been frozen since March, when the Russian prime minister cancelled his visit to Washington.',
        '1999-06-10',
      ),
    ).toEqual(['1999-03 diplomacy RU']);
  });
  it('stays a bound without it', () => {
    expect(
      brief(
        'Ties have been frozen since March, and the Russian prime minister cancelled his visit to Washington.',
        '1999-06-10',
      ),
    ).not.toContain('1999-03 diplomacy RU');
  });
});
