import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('a place told in two parts does not cut a verb from its day', () => {
  it('reads "since … met at Hyde Park, N.Y., on June 2" as a meeting of that day', () => {
    expect(
      brief(
        'Little has moved since President Clinton and President Yeltsin met at Hyde Park, N.Y., on June 2.',
        '1996-07-01',
      ),
    ).toEqual(['1996-06-02 summit US+RU']);
  });
  it('still reads a day after a clause of its own as no day of the verb', () => {
    expect(
      brief(
        'Little has moved since the two presidents met at Hyde Park, where, on June 2, nothing was agreed.',
        '1996-07-01',
      ),
    ).not.toContain('1996-06-02 summit US+RU');
  });
});
