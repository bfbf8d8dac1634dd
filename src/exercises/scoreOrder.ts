/**
 * Scores an ordering two ways. `positions`: cards in their exact place, over n; strict, so moving one card
 * from first to last scores 0 of n. `pairs`: pairs of cards in the right relative order, over n(n − 1)/2,
 * i.e. one minus the normalised Kendall tau distance; the same move keeps every pair that does not involve
 * the moved card, (n − 1)(n − 2)/2 of them, so one misplaced card costs only its own pairs.
 *
 * Robust to a malformed answer: ids not in the solution are wrong, a repeated id counts at its first place
 * only, and a missing card loses its position and its pairs.
 */

/** `count` of `of` (the same shape as the analysis views' shares). */
export interface Score {
  readonly count: number;
  readonly of: number;
}

export interface OrderScore {
  readonly positions: Score;
  readonly pairs: Score;
  /** Each answered card, in the answer's order: is it in its exact place? */
  readonly cards: readonly { readonly id: string; readonly correct: boolean }[];
}

export function scoreOrder(answerIds: readonly string[], solutionIds: readonly string[]): OrderScore {
  const n = solutionIds.length;
  const rank = new Map(solutionIds.map((id, i) => [id, i]));
  const seen = new Set<string>();
  const cards = answerIds.map((id, i) => {
    const first = !seen.has(id);
    seen.add(id);
    return { id, correct: first && solutionIds[i] === id };
  });
  // Solution ranks of the answer's cards, first occurrences of known ids only, in the answer's order.
  const ranks = [...new Set(answerIds)].flatMap((id) => {
    const r = rank.get(id);
    return r === undefined ? [] : [r];
  });
  let concordant = 0;
  for (let i = 0; i < ranks.length; i += 1) {
    for (let j = i + 1; j < ranks.length; j += 1) if ((ranks[i] as number) < (ranks[j] as number)) concordant += 1;
  }
  return {
    positions: { count: cards.filter((c) => c.correct).length, of: n },
    pairs: { count: concordant, of: n < 2 ? 0 : (n * (n - 1)) / 2 },
    cards,
  };
}
