/** An event's figures, each with the source that states it and a note where reports differ. */
import { formatNumber } from '../data/formatNumber';
import type { TimelineEvent } from '../data/model';

export function FigureList({ event }: { event: TimelineEvent }) {
  if (event.figures.length === 0) return null;
  return (
    <ul className="figure-list">
      {event.figures.map((f, i) => {
        const src = f.source !== null ? event.sources[f.source] : undefined;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: figures have no id and never reorder
          <li key={i}>
            <strong>{formatNumber(f.value)}</strong> {f.what}
            {src ? (
              <span className="figure-source">
                {' '}
                — according to <a href={`#source-${(f.source ?? 0) + 1}`}>{src.publisher}</a>
              </span>
            ) : (
              <span className="figure-source"> — no source given</span>
            )}
            {f.note ? <p className="note">{f.note}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
