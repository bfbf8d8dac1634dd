import { describe, expect, it } from 'vitest';
import { scoreOrder } from '../../../src/exercises/scoreOrder';

const SOLUTION = ['A', 'B', 'C', 'D', 'E', 'F'];

describe('scoreOrder', () => {
  it('gives full marks for the solution', () => {
    const s = scoreOrder(SOLUTION, SOLUTION);
    expect([s.positions, s.pairs]).toEqual([
      { count: 6, of: 6 },
      { count: 15, of: 15 },
    ]);
    expect(s.cards.every((c) => c.correct)).toBe(true);
  });

  it('gives partial credit by pairs when one card is moved from first to last', () => {
    // B C D E F A: no card in its place (0 of 6). Pairs: the 10 among B…F are right; the 5 with A are
    // wrong (A comes after each of them) → 10 of 15.
    const s = scoreOrder(['B', 'C', 'D', 'E', 'F', 'A'], SOLUTION);
    expect(s.positions).toEqual({ count: 0, of: 6 });
    expect(s.pairs).toEqual({ count: 10, of: 15 });
  });

  it('costs one pair for two neighbours swapped', () => {
    // B A C D E F: C…F in place (4 of 6); only the pair (A, B) is wrong → 14 of 15.
    const s = scoreOrder(['B', 'A', 'C', 'D', 'E', 'F'], SOLUTION);
    expect(s.positions).toEqual({ count: 4, of: 6 });
    expect(s.pairs).toEqual({ count: 14, of: 15 });
    expect(s.cards).toEqual([
      { id: 'B', correct: false },
      { id: 'A', correct: false },
      { id: 'C', correct: true },
      { id: 'D', correct: true },
      { id: 'E', correct: true },
      { id: 'F', correct: true },
    ]);
  });

  it('gives no pairs for the reverse order; the middle card of three keeps its place', () => {
    expect(scoreOrder(['C', 'B', 'A'], ['A', 'B', 'C'])).toMatchObject({
      positions: { count: 1, of: 3 },
      pairs: { count: 0, of: 3 },
    });
  });

  it('scores a malformed answer without throwing: unknown ids wrong, repeats once, missing cards lost', () => {
    // A in place; the second A, X and C (4th place) wrong → 1 of 3. Pairs among known first occurrences
    // A (0), C (2): one right, of 3.
    const s = scoreOrder(['A', 'A', 'X', 'C'], ['A', 'B', 'C']);
    expect(s.positions).toEqual({ count: 1, of: 3 });
    expect(s.pairs).toEqual({ count: 1, of: 3 });
    expect(s.cards.map((c) => c.correct)).toEqual([true, false, false, false]);
  });

  it('has nothing to score for one card’s pairs or for no cards', () => {
    expect(scoreOrder(['A'], ['A'])).toMatchObject({ positions: { count: 1, of: 1 }, pairs: { count: 0, of: 0 } });
    expect(scoreOrder([], [])).toMatchObject({ positions: { count: 0, of: 0 }, pairs: { count: 0, of: 0 } });
  });
});
