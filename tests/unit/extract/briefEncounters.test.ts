import { describe, expect, it } from 'vitest';
import { brief, titles } from './articleHelpers';

describe('brief encounters', () => {
  it('reads a named pair that "spoke briefly" on the sidelines as meeting in person', () => {
    expect(
      brief(
        'On Saturday, on the sidelines of the summit in Lima, George W. Bush and Dmitry Medvedev spoke briefly about trade.',
        '2008-11-25',
      ),
    ).toEqual(['2008-11-22 summit US+RU']);
  });
  it('reads "the two men had a brief conversation" as a meeting of both sides', () => {
    expect(
      brief(
        'Mr. Kerry had flown to Rome for the conference. On Monday the two men had a brief conversation in a corridor.',
        '2014-03-12',
      ),
    ).toContain('2014-03-10 diplomacy US+RU');
    expect(brief('Mr. Lavrov had a long conversation with reporters on Monday.', '2014-03-12')).toEqual([]);
  });
  it('reads "called Mr. Lavrov" as a call, and not also as words of the caller', () => {
    expect(
      titles(
        'Russia expelled two American diplomats on Monday. In early May Mr. Tillerson called Mr. Lavrov to demand an explanation of the strikes.',
        '2017-06-01',
      ),
    ).toEqual(['Russia expels 2 American diplomats', 'Tillerson and Lavrov hold a call']);
  });
});
