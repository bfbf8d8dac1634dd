/**
 * An exercise's sources for one event, compact: each title as a link, its publisher and its kind (state
 * media labelled as everywhere else). Without element ids, so a page of cards holds many of them.
 */
import { sourceKindLabel } from '../../data/categories';
import type { Source } from '../../data/model';

export function EventSources({ sources, label }: { sources: readonly Source[]; label: string }) {
  if (sources.length === 0) return <p className="warning-text">This event has no source.</p>;
  return (
    <ul className="exercise-sources" aria-label={label}>
      {sources.map((s) => (
        <li key={s.url}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>{' '}
          <span className="source-meta-inline">
            {s.publisher}
            {s.date ? `, ${s.date}` : ''}
            {s.kind ? <span className={`kind kind-${s.kind}`}>{sourceKindLabel(s)}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
