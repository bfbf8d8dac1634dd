import { describe, expect, it } from 'vitest';
import { findNationals } from '../../../src/extract/detainees';
import { brief } from './articleHelpers';

describe('a former Soviet officer is a Russian national', () => {
  it('reads "X, the former Soviet army officer" as Russia\'s citizen', () => {
    expect([...findNationals('Dmitri Volkov, the former Soviet army officer, was arrested in Chicago.')]).toEqual([
      ['Volkov', 'RU'],
    ]);
  });
  it('makes a jury convicting him an American act, whoever the charges name', () => {
    expect(
      brief(
        'Dmitri Volkov, the former Soviet army officer, has been held in Chicago since 2019. A federal jury convicted Volkov in March of plotting to kill U.S. officials.',
        '2021-05-04',
      ),
    ).toEqual(['2021-03 prisoners US']);
  });
});
