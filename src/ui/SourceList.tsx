/** An event's sources: title as a link (new tab), publisher, date, kind; optionally the address written out. */
import { sourceKindLabel } from '../data/categories';
import type { Source } from '../data/model';

export function SourceList({ sources, showUrls = false }: { sources: readonly Source[]; showUrls?: boolean }) {
  if (sources.length === 0) return <p className="warning-text">This event has no source.</p>;
  return (
    <ol className="source-list">
      {sources.map((s, i) => (
        // The place in the list is the key: one event may list an address twice, and a repeated key would leave
        // a source of the previous event on screen when the next one opens.
        // biome-ignore lint/suspicious/noArrayIndexKey: sources have no id; the list is rebuilt for each event
        <li key={i} id={`source-${i + 1}`} className="source">
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>
          <span className="source-meta">
            {s.publisher}
            {s.date ? `, ${s.date}` : ''}
            {s.kind ? <span className={`kind kind-${s.kind}`}>{sourceKindLabel(s)}</span> : null}
            {s.archived && !showUrls ? (
              <a className="archived" href={s.archived} target="_blank" rel="noopener noreferrer">
                archived copy
              </a>
            ) : null}
          </span>
          {showUrls ? (
            <span className="source-url">
              {s.url}
              {s.archived ? ` (archived: ${s.archived})` : ''}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
