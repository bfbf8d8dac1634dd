import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('an accord of no known topic', () => {
  it("is the two sides' cooperation when both signed it", () => {
    expect(
      brief(
        'Secretary of State Warren Christopher and Foreign Minister Andrei Kozyrev signed three accords in Moscow on Thursday.',
        '1995-03-25',
      ),
    ).toEqual(['1995-03-23 cooperation US+RU']);
  });
  it('is no act of ours when only one side signed it', () => {
    expect(brief('Russia signed three accords with China on Thursday.', '1995-03-25')).toEqual([]);
  });
});
