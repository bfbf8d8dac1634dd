import { describe, expect, it } from 'vitest';
import { brief, titles } from './articleHelpers';

describe('inspections halted and a treaty no longer observed', () => {
  it('reads "stopped allowing … inspections" as the side halting them', () => {
    expect(
      titles('Moscow quietly stopped allowing American inspections at its missile bases in August.', '2022-11-02'),
    ).toEqual(['Russia halts inspections under arms-control commitments']);
  });
  it('reads "barred … inspectors" the same way, dated by the sentence', () => {
    expect(
      brief(
        'On Monday Russia barred American inspectors from its bomber bases, the State Department said.',
        '2022-08-10',
      ),
    ).toEqual(['2022-08-08 arms-control RU']);
  });
  it('reads "stopped observing" a treaty of the two as a suspension', () => {
    expect(
      brief(
        'Russia stopped observing the Intermediate-Range Nuclear Forces Treaty with the United States on Saturday.',
        '2019-02-04',
      ),
    ).toEqual(['2019-02-02 arms-control RU']);
  });
});
