import { describe, expect, it } from 'vitest';
import { computeDropIndex, computeShiftPx } from '../../../../src/modes/order/dragMath';

// Four cards 100 px apart: centres at 50, 150, 250, 350.
const CENTERS = [50, 150, 250, 350];

describe('computeDropIndex', () => {
  it('is the number of other cards whose centre the dragged card has passed', () => {
    expect(computeDropIndex(CENTERS, 0, 50)).toBe(0);
    expect(computeDropIndex(CENTERS, 0, 149)).toBe(0);
    expect(computeDropIndex(CENTERS, 0, 151)).toBe(1);
    expect(computeDropIndex(CENTERS, 0, 400)).toBe(3);
    expect(computeDropIndex(CENTERS, 3, 149)).toBe(1);
    expect(computeDropIndex(CENTERS, 3, -20)).toBe(0);
    expect(computeDropIndex(CENTERS, 2, 250)).toBe(2);
  });
});

describe('computeShiftPx', () => {
  it('moves the cards between the start and the target one step towards the gap', () => {
    // Card 0 dragged to 2: cards 1 and 2 move up; card 3 stays.
    expect([1, 2, 3].map((i) => computeShiftPx(i, 0, 2, 108))).toEqual([-108, -108, 0]);
    // Card 3 dragged to 1: cards 1 and 2 move down; card 0 stays.
    expect([0, 1, 2].map((i) => computeShiftPx(i, 3, 1, 108))).toEqual([0, 108, 108]);
    expect(computeShiftPx(1, 2, 2, 108)).toBe(0);
  });
});
