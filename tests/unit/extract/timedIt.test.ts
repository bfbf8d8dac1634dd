import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('"it" after an opening time is the side that acted last', () => {
  it('reads "In March it banned President Biden…" as the earlier sentence\'s side acting', () => {
    expect(
      brief(
        'Russia on Wednesday barred 398 members of the U.S. House of Representatives from entering the country. In March it banned President Joe Biden and Secretary of State Antony Blinken.',
        '2022-05-19',
      ),
    ).toEqual(['2022-05-18 sanctions RU', '2022-03 sanctions RU']);
  });
});
