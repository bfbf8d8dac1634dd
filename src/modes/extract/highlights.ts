/**
 * The article's text cut into runs for highlighting: each run knows which candidates' evidence covers it, so
 * overlapping evidence (two acts reported in one sentence) is drawn without nesting marks.
 */

export interface HighlightRange {
  readonly key: string;
  /** Offsets into the text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface TextRun {
  readonly start: number;
  readonly end: number;
  /** Candidates whose evidence covers the run, in the order of the ranges given; empty for plain text. */
  readonly keys: readonly string[];
}

/** Runs covering [0, textLength) in order, split wherever a range starts or ends; ranges are clipped to the text. */
export function computeTextRuns(textLength: number, ranges: readonly HighlightRange[]): TextRun[] {
  const clipped = ranges
    .map((r) => ({ key: r.key, start: Math.max(0, r.start), end: Math.min(textLength, r.end) }))
    .filter((r) => r.end > r.start);
  const cuts = new Set([0, textLength]);
  for (const r of clipped) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const keys = [...new Set(clipped.filter((r) => r.start <= start && r.end >= end).map((r) => r.key))];
    const last = runs[runs.length - 1];
    // Neighbouring runs covered by the same candidates are one run: fewer elements, whole sentences.
    if (last && last.end === start && last.keys.join('\n') === keys.join('\n'))
      runs[runs.length - 1] = { ...last, end };
    else runs.push({ start, end, keys });
  }
  return runs;
}

/**
 * The candidate a click on a run selects: the run's next candidate after the selected one, so repeated clicks
 * on shared evidence go through every candidate it reports.
 */
export function selectRunCandidate(keys: readonly string[], selected: string | null): string | null {
  if (keys.length === 0) return null;
  const at = selected === null ? -1 : keys.indexOf(selected);
  return keys[(at + 1) % keys.length] ?? null;
}
