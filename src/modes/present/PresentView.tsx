/**
 * Present mode: one event at a time in large type, driven by arrow keys, PageUp/PageDown (what a
 * presenter's clicker sends), Space, Home/End; f for full screen; Escape back to the explorer at the same
 * event. The sequence is `story=` if given, else the filtered events in date order.
 */
import { useEffect, useMemo } from 'react';
import { categoryLabel, formatActors } from '../../data/categories';
import { formatDateSpec, PRECISION_LABEL } from '../../data/dates';
import type { TimelineEvent } from '../../data/model';
import { markTimeMs } from '../../timeline/bands';
import { TimelineView } from '../../ui/chart/TimelineView';
import { FigureList } from '../../ui/FigureList';
import { ShapeIcon } from '../../ui/ShapeIcon';
import { SourceList } from '../../ui/SourceList';
import { useAppState, useSelector, useStoreApi } from '../../ui/StoreContext';
import { PRESENT_COMMANDS } from './presentCommands';
import './present.css';

const CONTEXT_HALF_SPAN_MS = 274 * 86_400_000;

function Slide({ event, answers }: { event: TimelineEvent; answers: readonly TimelineEvent[] }) {
  return (
    <article className="slide" key={event.id} aria-live="polite">
      <div className="slide-main">
        <p className="slide-kicker">
          <ShapeIcon category={event.category} size={20} />
          {categoryLabel(event.category)} · {formatActors(event.actors)}
        </p>
        <p className="slide-date">
          <time dateTime={event.date}>{formatDateSpec(event.span)}</time>
          {event.endSpan ? ` – ${formatDateSpec(event.endSpan)}` : ''}
          {event.precision !== 'day' ? <span className="precision"> ({PRECISION_LABEL[event.precision]})</span> : null}
        </p>
        <h1 className="slide-title">{event.title}</h1>
        <p className="slide-summary">{event.summary}</p>
        {answers.length ? (
          <p className="slide-answers">
            In answer to: {answers.map((a) => `${a.title} (${formatDateSpec(a.span)})`).join('; ')}
          </p>
        ) : null}
      </div>
      <aside className="slide-side">
        <FigureList event={event} />
        <section className="slide-sources">
          <h2>Sources</h2>
          <SourceList sources={event.sources} />
        </section>
      </aside>
    </article>
  );
}

export function PresentView() {
  const store = useStoreApi();
  const events = useSelector('presentationEvents');
  const selectedId = useAppState((s) => s.event);
  const dataset = useAppState((s) => s.dataset);
  const index = events.findIndex((e) => e.id === selectedId);
  const event = index >= 0 ? events[index] : undefined;

  // Start at the selected event if it is in the sequence, else at the first.
  useEffect(() => {
    if (index < 0 && events.length > 0) PRESENT_COMMANDS.run('first', { store, chart: null });
  }, [index, events.length, store]);

  // The context strip: about eighteen months around the event, whatever the chosen period.
  const contextDomain = useMemo(() => {
    if (!event) return undefined;
    const t = markTimeMs(event);
    return [t - CONTEXT_HALF_SPAN_MS, t + CONTEXT_HALF_SPAN_MS] as const;
  }, [event]);
  // The bar's buttons run the same commands as the keys (the app shell dispatches those).
  const run = (id: string) => PRESENT_COMMANDS.run(id, { store, chart: null });
  const answers = event
    ? [...new Set(event.respondsTo)].map((id) => dataset?.byId.get(id)).filter((e): e is TimelineEvent => !!e)
    : [];
  return (
    <div className="present">
      <header className="present-bar">
        <p className="present-title">{dataset?.title}</p>
        <p className="progress">
          <span className="visually-hidden">Event </span>
          {index + 1} <span aria-hidden="true">/</span>
          <span className="visually-hidden"> of </span> {events.length}
        </p>
        <nav className="present-nav" aria-label="Presentation">
          <button type="button" onClick={() => run('previous')} disabled={index <= 0}>
            ← Previous
          </button>
          <button type="button" onClick={() => run('next')} disabled={index >= events.length - 1}>
            Next →
          </button>
          <button type="button" onClick={() => run('fullscreen')}>
            Full screen (f)
          </button>
          <button type="button" onClick={() => run('exit')}>
            Exit (Esc)
          </button>
        </nav>
      </header>
      <div className="progress-bar" aria-hidden="true">
        <span style={{ width: `${events.length ? ((index + 1) / events.length) * 100 : 0}%` }} />
      </div>
      {event ? (
        <Slide event={event} answers={answers} />
      ) : (
        <p className="empty">No event to present: the filters match none.</p>
      )}
      <div className="present-context">
        {contextDomain ? <TimelineView compact fixedDomain={contextDomain} /> : null}
      </div>
    </div>
  );
}
