import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/extract/figures';

const figs = (s: string) =>
  findFigures(s).map(({ value, what, note }) => (note ? { value, what, note } : { value, what }));

describe('findFigures', () => {
  it('keeps the total and puts the parts in its note', () => {
    expect(figs('The Treasury sanctioned 32 entities and individuals: 16 entities and 16 individuals.')).toEqual([
      { value: 32, what: 'entities and individuals', note: 'of which 16 entities and 16 individuals' },
    ]);
    expect(
      figs('Russia will expel 60 U.S. diplomats: 58 diplomats at the embassy and 2 diplomats at the consulate.'),
    ).toEqual([{ value: 60, what: 'U.S. diplomats', note: 'of which 58 diplomats and 2 diplomats' }]);
  });
  it('reads numbers written as words and with abbreviations in the phrase', () => {
    expect(figs('Washington expelled ten Russian diplomats.')).toEqual([{ value: 10, what: 'Russian diplomats' }]);
    expect(figs('Russia said it would expel 10 U.S. diplomats.')).toEqual([{ value: 10, what: 'U.S. diplomats' }]);
    expect(figs('Officials said two dozen tankers were seized.')).toEqual([{ value: 24, what: 'tankers' }]);
    expect(figs('It sanctioned more than 30 of their subsidiaries.')).toEqual([{ value: 30, what: 'subsidiaries' }]);
    expect(figs('It pledged $1.6 billion in aid.')).toEqual([{ value: 1_600_000_000, what: 'US dollars' }]);
  });
  it('counts prison terms, not other lengths of time, dates, ages or order numbers', () => {
    expect(figs('A court sentenced him to 16 years in a penal colony.')).toEqual([
      { value: 16, what: 'years in prison' },
    ]);
    expect(figs('Relations are at their lowest in 30 years.')).toEqual([]);
    expect(figs('Executive Order 14024 was signed on April 15, 2021 by a 34-year-old official.')).toEqual([]);
  });
});
