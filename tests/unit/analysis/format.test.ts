import { describe, expect, it } from 'vitest';
import { formatFixed2, formatShare, ratioValue } from '../../../src/analysis/format';

describe('formatFixed2', () => {
  it('rounds halves away from zero, even where the float sits just below the half', () => {
    // 0.145 is stored as 0.1449999…; (0.145).toFixed(2) gives "0.14".
    expect(formatFixed2(0.145)).toBe('0.15');
    expect(formatFixed2(-0.145)).toBe('-0.15');
    expect(formatFixed2(1 / 3)).toBe('0.33');
    expect(formatFixed2(2 / 3)).toBe('0.67');
    expect(formatFixed2(-1.005)).toBe('-1.01');
  });

  it('prints zero without a sign and nothing for a missing value', () => {
    expect(formatFixed2(-0.001)).toBe('0.00');
    expect(formatFixed2(0)).toBe('0.00');
    expect(formatFixed2(null)).toBe('');
    expect(formatFixed2(Number.NaN)).toBe('');
  });
});

describe('formatShare and ratioValue', () => {
  it('gives a share of counts with two decimals: 7 of 12 is 0.58, 1 of 8 is 0.13', () => {
    expect(formatShare({ count: 7, of: 12 })).toBe('0.58');
    expect(formatShare({ count: 1, of: 8 })).toBe('0.13');
    expect(formatShare({ count: 3, of: 3 })).toBe('1.00');
  });

  it('leaves a share of nothing undefined rather than zero', () => {
    expect(ratioValue({ count: 0, of: 0 })).toBeNull();
    expect(formatShare({ count: 0, of: 0 })).toBe('');
  });
});
