import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('a participle that only describes is no act', () => {
  it('reads "transferring convicted prisoners" as no conviction, leaving the statement', () => {
    expect(
      brief(
        'The Russian Foreign Ministry said on Tuesday that the verdict against the American pilot was unjust and that Moscow would seek his return under a convention on transferring convicted prisoners.',
        '2011-09-08',
      ),
    ).toEqual(['2011-09-06 statement RU']);
  });
});
