import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('a meeting told on two dates joined by "and again"', () => {
  it('was held on both', () => {
    expect(
      brief(
        'Secretary of State Rex Tillerson called Foreign Minister Sergei Lavrov in March, and again in June.',
        '2017-08-01',
      ),
    ).toEqual(['2017-03 diplomacy US+RU', '2017-06 diplomacy US+RU']);
    expect(
      brief(
        'In early February, and again on the last day of April, Mr Tillerson called Mr Lavrov about Syria.',
        '2017-08-01',
      ),
    ).toEqual(['2017-04-30 diplomacy US+RU', '2017-02 diplomacy US+RU']);
  });
  it('is one meeting without "again"', () => {
    expect(
      brief(
        'Secretary of State Rex Tillerson called Foreign Minister Sergei Lavrov in March, before the June talks.',
        '2017-08-01',
      ),
    ).toEqual(['2017-03 diplomacy US+RU']);
  });
});

describe('a call "again"', () => {
  it('is a call of the two named, not the words of the caller', () => {
    expect(
      brief('When Rex Tillerson called again in May, Sergei Lavrov demanded an end to the strikes.', '2017-08-01'),
    ).toEqual(['2017-05 diplomacy US+RU']);
  });
});
