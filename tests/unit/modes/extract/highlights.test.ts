import { describe, expect, it } from 'vitest';
import { computeTextRuns, selectRunCandidate } from '../../../../src/modes/extract/highlights';

describe('computeTextRuns', () => {
  it('cuts the text where evidence starts and ends, covering all of it in order', () => {
    expect(
      computeTextRuns(20, [
        { key: 'a', start: 2, end: 8 },
        { key: 'b', start: 12, end: 15 },
      ]),
    ).toEqual([
      { start: 0, end: 2, keys: [] },
      { start: 2, end: 8, keys: ['a'] },
      { start: 8, end: 12, keys: [] },
      { start: 12, end: 15, keys: ['b'] },
      { start: 15, end: 20, keys: [] },
    ]);
  });

  it('gives overlapping evidence one run per stretch, naming every candidate that covers it', () => {
    expect(
      computeTextRuns(10, [
        { key: 'a', start: 0, end: 6 },
        { key: 'b', start: 4, end: 10 },
      ]),
    ).toEqual([
      { start: 0, end: 4, keys: ['a'] },
      { start: 4, end: 6, keys: ['a', 'b'] },
      { start: 6, end: 10, keys: ['b'] },
    ]);
  });

  it('joins touching evidence of one candidate, clips ranges to the text and drops empty ones', () => {
    expect(
      computeTextRuns(10, [
        { key: 'a', start: 0, end: 3 },
        { key: 'a', start: 3, end: 5 },
        { key: 'b', start: 8, end: 40 },
        { key: 'c', start: 6, end: 6 },
      ]),
    ).toEqual([
      { start: 0, end: 5, keys: ['a'] },
      { start: 5, end: 8, keys: [] },
      { start: 8, end: 10, keys: ['b'] },
    ]);
  });

  it('gives an empty text no runs', () => {
    expect(computeTextRuns(0, [{ key: 'a', start: 0, end: 3 }])).toEqual([]);
  });
});

describe('selectRunCandidate', () => {
  it('goes through the candidates of shared evidence click by click', () => {
    expect(selectRunCandidate(['a', 'b'], null)).toBe('a');
    expect(selectRunCandidate(['a', 'b'], 'a')).toBe('b');
    expect(selectRunCandidate(['a', 'b'], 'b')).toBe('a');
    expect(selectRunCandidate(['a', 'b'], 'z')).toBe('a');
    expect(selectRunCandidate([], 'a')).toBeNull();
  });
});
