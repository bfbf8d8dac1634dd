/**
 * The article as the engine read it, each candidate's evidence marked in the candidate's colour. Clicking a
 * mark selects its candidate (again: the next candidate the same words report); selecting a candidate brings
 * its first mark into view. The candidate cards are the keyboard's way to the same selection.
 */
import { useEffect, useMemo, useRef } from 'react';
import { computeTextRuns, type HighlightRange, selectRunCandidate } from './highlights';
import { evidenceOf, type WorkItem } from './workbench';

interface Props {
  readonly text: string;
  readonly items: readonly WorkItem[];
  readonly selected: string | null;
  readonly onPick: (key: string) => void;
}

export function ArticleText({ text, items, selected, onPick }: Props) {
  const byKey = useMemo(() => new Map(items.map((i) => [i.key, i])), [items]);
  const runs = useMemo(() => {
    const ranges: HighlightRange[] = items.flatMap((i) =>
      evidenceOf(i.candidate).map((e) => ({ key: i.key, start: e.start, end: e.end })),
    );
    return computeTextRuns(text.length, ranges);
  }, [text, items]);
  /** Where each candidate's first mark starts: the one brought into view. */
  const firstRun = useMemo(() => {
    const starts = new Map<string, number>();
    for (const run of runs) for (const k of run.keys) if (!starts.has(k)) starts.set(k, run.start);
    return starts;
  }, [runs]);
  const marks = useRef(new Map<number, HTMLElement>());

  useEffect(() => {
    const start = selected ? firstRun.get(selected) : undefined;
    const mark = start === undefined ? undefined : marks.current.get(start);
    // jsdom has no scrollIntoView; browsers do.
    mark?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [selected, firstRun]);

  return (
    <section className="article-text" aria-labelledby="extract-article-title">
      <h2 id="extract-article-title">The article, with the evidence marked</h2>
      <div className="article-body">
        {runs.map((run) => {
          const words = text.slice(run.start, run.end);
          if (run.keys.length === 0) return <span key={run.start}>{words}</span>;
          const shown = run.keys.includes(selected ?? '') ? (selected as string) : (run.keys[0] as string);
          const item = byKey.get(shown);
          const rejected = run.keys.every((k) => byKey.get(k)?.decision === 'rejected');
          const classes = [
            'hl',
            `hl-${item?.colour ?? 0}`,
            shown === selected ? 'is-selected' : '',
            rejected ? 'is-rejected' : '',
          ];
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: a pointer shortcut; the candidate cards select by keyboard
            <mark
              key={run.start}
              ref={(el) => {
                if (el) marks.current.set(run.start, el);
                else marks.current.delete(run.start);
              }}
              className={classes.filter(Boolean).join(' ')}
              data-candidates={run.keys.join(' ')}
              onClick={() => {
                const next = selectRunCandidate(run.keys, selected);
                if (next) onPick(next);
              }}
            >
              {words}
            </mark>
          );
        })}
      </div>
    </section>
  );
}
