import { describe, expect, it } from 'vitest';
import { brief, titles } from './articleHelpers';

describe('sanctions lifted and airspace closed', () => {
  it('reads "had lifted the sanctions" as their lifting, not as sanctions imposed', () => {
    expect(
      titles(
        'Officials said on Monday that Washington had lifted the sanctions it placed on two Russian institutes.',
        '2004-06-09',
      ),
    ).toEqual(['US lifts sanctions on Russian targets']);
  });
  it('reads "would close its airspace to" as a sanction', () => {
    expect(
      brief(
        'On Tuesday the White House said the United States would close its airspace to all Russian aircraft.',
        '2022-03-03',
      ),
    ).toEqual(['2022-03-01 sanctions US']);
  });
});
