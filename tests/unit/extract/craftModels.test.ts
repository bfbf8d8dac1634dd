import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe("a side's craft named by its model", () => {
  it('acts for that side', () => {
    expect(
      brief(
        'The fleet said it had protested to the commanders of the American ship. On Tuesday, the Navy reported that a Russian Su-35 fighter had intercepted a P-8A patrol aircraft over the Mediterranean Sea.',
        '2019-06-09',
      ),
    ).toContain('2019-06-04 military RU');
  });
  it('is only a target after a verb of the other side', () => {
    expect(
      brief('American F-22 fighters intercepted two Russian Tu-95 bombers near Alaska on Monday.', '2020-05-28'),
    ).toEqual(['2020-05-25 military US']);
  });
});
