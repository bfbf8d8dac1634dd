import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('"called him home for consultations": an ambassador recalled', () => {
  it('reads the pronoun called home for consultations as the recall of the envoy just named', () => {
    expect(
      brief(
        "Russia's ambassador, Anatoly Antonov, has been in Moscow since March, when the Foreign Ministry called him home for consultations after remarks by President Biden.",
        '2021-05-26',
      ),
    ).toEqual(['2021-03 diplomacy RU']);
  });
  it('leaves "called him home" with no consultations alone', () => {
    expect(brief('In March his mother called him home from Washington.', '2021-05-26')).toEqual([]);
  });
});
