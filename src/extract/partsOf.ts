/**
 * Parts told without their noun after a figure: "60 Russian officials — 46 at the embassy in Washington, two at the
 * consulate in New York and 12 at the mission to the United Nations", "18 people, 16 of them connected with the
 * Magnitsky case and two with killings in Chechnya", "nearly 300 targets by the Treasury and more than 250 by the
 * State Department". Each part counts what the figure before it counts; totals.ts then notes the parts under the
 * total they add up to.
 */
import type { FigureMention } from './figures';
import { LENGTH_WHAT } from './lengths';

/** A number after a list's break, then "of them" or a preposition, where the counted noun would be. */
const ELIDED =
  /(?:[—–:,]|\band|\bof which)\s+(?:(?:about|some|nearly|almost|roughly|more than|over|up to|at least)\s+)?(\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)\s+(?=(?:of\s+(?:them|these|those)|at|in|with|from|by|for|to\s+the)\b)/g;

/** The words after the number that say which part it is: "at the embassy in Washington", "connected with the case". */
function partWords(rest: string): string {
  const words = rest
    .replace(/^\s+of\s+(?:them|these|those)\b,?/, '')
    .split(/[,;.]|\s(?:and|but|while)\s|\s[—–]\s/)[0]
    ?.trim()
    .split(/\s+/)
    .slice(0, 7);
  return words?.join(' ') ?? '';
}

/** The figures with the parts told after them added, each counting what the figure before it counts. */
export function withElidedParts(
  sentence: string,
  found: readonly FigureMention[],
  parse: (text: string) => number | null,
): FigureMention[] {
  const out = [...found];
  const added = new Set<FigureMention>();
  for (const m of sentence.matchAll(ELIDED)) {
    const raw = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].lastIndexOf(raw);
    const end = start + raw.length;
    const value = parse(raw);
    if (value === null || value <= 0 || /^(?:19|20)\d{2}$/.test(raw)) continue;
    if (out.some((f) => f.start < end && start < f.end)) continue;
    // The figure the part belongs to: the last one before it in the sentence, larger than the part.
    const whole = [...out]
      .filter((f) => f.end <= start && f.value > value && !f.note && !added.has(f))
      .sort((a, b) => b.end - a.end)[0];
    if (!whole || LENGTH_WHAT.test(whole.what)) continue;
    const which = partWords(sentence.slice(end));
    const part = { start, end, value, what: which ? `${whole.what} ${which}` : whole.what };
    added.add(part);
    out.push(part);
  }
  return out.sort((a, b) => a.start - b.start);
}
