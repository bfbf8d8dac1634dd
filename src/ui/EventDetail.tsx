/** The open event: every field a researcher needs, every source as a link that opens in a new tab. */
import { ACTOR_LABELS, categoryLabel, SOURCE_KIND_LABELS } from '../data/categories';
import { formatDateSpec, PRECISION_LABEL } from '../data/dates';
import type { Source, TimelineEvent } from '../data/model';
import { selectSelectedEvent } from '../state/selectors';
import { EventLink } from './EventLink';
import { ShapeIcon } from './ShapeIcon';
import { useAppState } from './StoreContext';

const TONE_LABELS: Record<string, string> = {
  '-2': 'hostile act',
  '-1': 'friction',
  '0': 'neutral or procedural',
  '1': 'engagement',
  '2': 'cooperation achieved',
};

function SourceItem({ source, n }: { source: Source; n: number }) {
  return (
    <li id={`source-${n}`} className="source">
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
      </a>
      <span className="source-meta">
        {source.publisher}
        {source.date ? `, ${source.date}` : ''}
        {source.kind ? <span className={`kind kind-${source.kind}`}>{SOURCE_KIND_LABELS[source.kind]}</span> : null}
        {source.archived ? (
          <a className="archived" href={source.archived} target="_blank" rel="noopener noreferrer">
            archived copy
          </a>
        ) : null}
      </span>
    </li>
  );
}

function Related({ title, events }: { title: string; events: readonly TimelineEvent[] }) {
  if (events.length === 0) return null;
  return (
    <section className="related">
      <h3>{title}</h3>
      <ul>
        {events.map((e) => (
          <li key={e.id}>
            <EventLink event={e} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function EventDetail() {
  const event = useAppState(selectSelectedEvent);
  const dataset = useAppState((s) => s.dataset);
  const select = useAppState((s) => s.select);
  if (!event || !dataset) return null;
  const answers = event.respondsTo.map((id) => dataset.byId.get(id)).filter((e): e is TimelineEvent => !!e);
  const answeredBy = (dataset.answeredBy.get(event.id) ?? [])
    .map((id) => dataset.byId.get(id))
    .filter((e): e is TimelineEvent => !!e);
  const headingId = `detail-title-${event.id}`;
  return (
    <article className="event-detail" data-testid="event-detail" aria-labelledby={headingId}>
      <header>
        <p className="detail-kicker">
          <ShapeIcon category={event.category} />
          <span>{categoryLabel(event.category)}</span>
          <span aria-hidden="true"> · </span>
          <span>{event.actors.map((a) => ACTOR_LABELS[a]).join(' and ') || 'No actor given'}</span>
        </p>
        <button type="button" className="close" onClick={() => select(null)} aria-label="Close details (Escape)">
          ×
        </button>
        <p className="detail-date">
          <time dateTime={event.date}>{formatDateSpec(event.span)}</time>
          {event.endSpan ? (
            <>
              {' – '}
              <time dateTime={event.end ?? ''}>{formatDateSpec(event.endSpan)}</time>
            </>
          ) : null}
          {event.precision !== 'day' ? <span className="precision"> ({PRECISION_LABEL[event.precision]})</span> : null}
        </p>
        <h2 id={headingId}>{event.title}</h2>
      </header>
      <p className="summary">{event.summary}</p>
      {event.figures.length > 0 ? (
        <section className="figures">
          <h3>Figures</h3>
          <ul>
            {event.figures.map((f, i) => {
              const src = f.source !== null ? event.sources[f.source] : undefined;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: figures have no id and never reorder
                <li key={i}>
                  <strong>{f.value.toLocaleString('en-GB')}</strong> {f.what}
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
        </section>
      ) : null}
      <Related title="Answers" events={answers} />
      <Related title="Answered by" events={answeredBy} />
      <section className="sources">
        <h3>Sources ({event.sources.length})</h3>
        {event.sources.length ? (
          <ol>
            {event.sources.map((s, i) => (
              <SourceItem key={s.url} source={s} n={i + 1} />
            ))}
          </ol>
        ) : (
          <p className="warning-text">This event has no source.</p>
        )}
      </section>
      <p className="detail-foot">
        Tone:{' '}
        {event.tone === null
          ? 'not rated'
          : `${event.tone > 0 ? '+' : ''}${event.tone} (${TONE_LABELS[String(event.tone)]})`}
        <span aria-hidden="true"> · </span>
        ID <code>{event.id}</code>
      </p>
    </article>
  );
}
