/**
 * Where a dragged card lands, from the cards' places when the drag began: pure numbers in, an index out.
 * Cards stay where they are in the DOM while a card is dragged (moving a node under the pointer would
 * end the drag); the others are shifted by a transform to show the gap it will fill.
 */

/** The index the card dragged from `from` takes when its centre is at `centerPx` (same axis as `centersPx`). */
export function computeDropIndex(centersPx: readonly number[], from: number, centerPx: number): number {
  let index = 0;
  centersPx.forEach((c, j) => {
    if (j !== from && c < centerPx) index += 1;
  });
  return index;
}

/** How far the card at `index` moves aside while the card from `from` hovers over `target`. */
export function computeShiftPx(index: number, from: number, target: number, stepPx: number): number {
  if (from < target && index > from && index <= target) return -stepPx;
  if (target < from && index >= target && index < from) return stepPx;
  return 0;
}
