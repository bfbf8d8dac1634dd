import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/data/formatNumber';

describe('formatNumber', () => {
  it('writes whole numbers exactly as the British English locale does', () => {
    for (const n of [0, 7, 999, 1000, 12_345, -1000, -999_999, 1_000_000, Number.MAX_SAFE_INTEGER]) {
      expect(formatNumber(n)).toBe(n.toLocaleString('en-GB'));
    }
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => formatNumber(n) === n.toLocaleString('en-GB')));
  });

  it('leaves other numbers to the locale', () => {
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(12_500.75)).toBe('12,500.75');
  });
});
