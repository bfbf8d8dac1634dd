import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/extract/figures';

const figures = (s: string) => findFigures(s).map((f) => [f.value, f.what]);

describe('a meeting’s place in a series', () => {
  it('is the count of such meetings so far', () => {
    expect(figures('It was their fourth meeting this year.')).toEqual([[4, 'meetings (this was the fourth)']]);
    expect(figures('It was the sixth telephone conversation between the two Presidents since January.')).toEqual([
      [6, 'conversations (this was the sixth)'],
    ]);
    expect(figures('The call, held at his request, was the second between the two men that month.')).toEqual([
      [2, 'calls (this was the second)'],
    ]);
  });
  it('is not "the first", nor the place of anything but a meeting', () => {
    expect(figures('It was their first meeting.')).toEqual([]);
    expect(figures('The second round of sanctions followed in May.')).toEqual([]);
    expect(figures('He spent the third day of the visit in St. Petersburg.')).toEqual([]);
  });
});

describe('a length in hours and a part of an hour', () => {
  it('is in minutes', () => {
    expect(figures('The two presidents talked by telephone for about an hour and a half.')).toEqual([
      [90, 'minutes of the call'],
    ]);
    expect(figures('They met for an hour and a quarter.')).toEqual([[75, 'minutes of talks']]);
  });
});
