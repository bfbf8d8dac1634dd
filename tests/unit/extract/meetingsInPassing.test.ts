import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('a meeting named in passing with its place and a past month', () => {
  it('is the two presidents’ summit of that month', () => {
    expect(
      brief(
        'Ushakov said the territorial question had to be settled on the formula agreed in Anchorage, a reference to the summit between Mr. Putin and Mr. Trump in Alaska in August.',
        '2025-11-25',
      ),
    ).toContain('2025-08 summit US+RU');
  });
  it('is no act when it was only planned, agreed to be held, or of many countries', () => {
    expect(
      brief(
        'The planned summit between Mr. Putin and Mr. Trump in Budapest in October never took place.',
        '2025-11-25',
      ),
    ).toEqual([]);
    expect(
      brief(
        'The Kremlin said the two leaders agreed to hold their first meeting on the sidelines of the Group of 20 summit in Los Cabos, Mexico, in June.',
        '2012-05-10',
      ),
    ).not.toContain('2011-06 summit US+RU');
    expect(
      brief(
        'American and Russian negotiators had hoped to close the deal before the Group of Eight summit in St. Petersburg in July.',
        '2006-11-20',
      ),
    ).toEqual([]);
  });
});
