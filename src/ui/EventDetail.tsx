/** The open event: every field a researcher needs, every source as a link that opens in a new tab. */
import { categoryLabel, formatActors, TONE_LABELS } from '../data/categories';
import { formatDateSpec, PRECISION_LABEL } from '../data/dates';
import type { Dataset, TimelineEvent } from '../data/model';
import { selectSelectedEvent } from '../state/queries';
import { EventLink } from './EventLink';
import { FigureList } from './FigureList';
import { ShapeIcon } from './ShapeIcon';
import { SourceList } from './SourceList';
import { useAppState } from './StoreContext';

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

/** The events these ids name, each once (an event may list the same answer twice), in the order given. */
function eventsOf(dataset: Dataset, ids: readonly string[]): TimelineEvent[] {
  return [...new Set(ids)].map((id) => dataset.byId.get(id)).filter((e): e is TimelineEvent => !!e);
}

export function EventDetail() {
  const event = useAppState(selectSelectedEvent);
  const dataset = useAppState((s) => s.dataset);
  const select = useAppState((s) => s.select);
  if (!event || !dataset) return null;
  const answers = eventsOf(dataset, event.respondsTo);
  const answeredBy = eventsOf(dataset, dataset.answeredBy.get(event.id) ?? []);
  const headingId = `detail-title-${event.id}`;
  return (
    <article className="event-detail" data-testid="event-detail" aria-labelledby={headingId}>
      <header>
        <p className="detail-kicker">
          <ShapeIcon category={event.category} />
          <span>{categoryLabel(event.category)}</span>
          <span aria-hidden="true"> · </span>
          <span>{formatActors(event.actors)}</span>
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
          <FigureList event={event} />
        </section>
      ) : null}
      <Related title="Answers" events={answers} />
      <Related title="Answered by" events={answeredBy} />
      <section className="sources">
        <h3>Sources ({event.sources.length})</h3>
        <SourceList sources={event.sources} />
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
