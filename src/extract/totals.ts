/**
 * Totals and their parts: where a sentence gives a total and the figures that make it up ("24 targets: 5
 * entities and 19 individuals"), the total is the figure and the parts are noted under it.
 */
import type { FigureMention } from './figures';

/** A figure equal to the sum of two or more others in the same sentence is their total. */
export function combineTotals(figures: readonly FigureMention[]): FigureMention[] {
  const parts = new Set<FigureMention>();
  const totals = new Map<FigureMention, FigureMention[]>();
  // Largest first, so a total claims its parts before any of them is tried as a total.
  for (const total of [...figures].sort((a, b) => b.value - a.value)) {
    if (parts.has(total)) continue;
    const others = figures.filter((f) => f !== total && f.value < total.value && !parts.has(f) && !totals.has(f));
    const sub = findSubsetSum(others, total.value);
    if (!sub) continue;
    for (const p of sub) parts.add(p);
    totals.set(total, sub);
  }
  return figures
    .filter((f) => !parts.has(f))
    .map((f) => {
      const sub = totals.get(f);
      return sub ? { ...f, note: `of which ${sub.map((p) => `${p.value} ${p.what}`).join(' and ')}`, parts: sub } : f;
    });
}

function findSubsetSum(items: readonly FigureMention[], target: number): FigureMention[] | null {
  const n = Math.min(items.length, 8);
  for (let mask = 1; mask < 1 << n; mask += 1) {
    let sum = 0;
    const chosen: FigureMention[] = [];
    for (let i = 0; i < n; i += 1) {
      const item = items[i];
      if (item && mask & (1 << i)) {
        sum += item.value;
        chosen.push(item);
      }
    }
    if (sum === target && chosen.length >= 2) return chosen;
  }
  return null;
}
