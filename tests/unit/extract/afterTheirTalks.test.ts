import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('"after their talks"', () => {
  it('tells of talks the pair held, not only of a time', () => {
    expect(
      brief(
        'Standing beside John Kerry at a news conference after their talks on Tuesday, Sergei Lavrov said the plan needed more time.',
        '2015-05-14',
      ),
    ).toContain('2015-05-12 diplomacy US+RU');
  });
  it('does not make held talks of others\' after "after"', () => {
    expect(
      brief('After talks in Minsk on Tuesday, Sergei Lavrov said the plan needed more time.', '2015-05-14'),
    ).not.toContain('2015-05-12 diplomacy US+RU');
  });
});

describe('a proposal made when an act was done', () => {
  it('does not make the act in the "when" clause hypothetical', () => {
    expect(
      brief('A summit was what Mr. Biden proposed when he telephoned Vladimir Putin in April.', '2021-05-20'),
    ).toContain('2021-04 diplomacy US+RU');
  });
  it('still reads what is proposed as a proposal', () => {
    expect(brief('Mr. Biden proposed to telephone Vladimir Putin in April.', '2021-05-20')).toEqual([]);
  });
});
