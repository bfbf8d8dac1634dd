/**
 * Present mode: one event at a time in large type, driven by arrow keys, PageUp/PageDown (what a
 * presenter's clicker sends), Space, Home/End; f for full screen; Escape back to the explorer at the same
 * event. The sequence is `story=` if given, else the filtered events in date order.
 */

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { categoryLabel, formatActors, sourceKindLabel } from '../../data/categories';
import { formatDateSpec, PRECISION_LABEL } from '../../data/dates';
import { formatNumber } from '../../data/formatNumber';
import type { Source, TimelineEvent } from '../../data/model';
import { markTimeMs } from '../../timeline/bands';
import { TimelineView } from '../../ui/chart/TimelineView';
import { FigureList } from '../../ui/FigureList';
import { ShapeIcon } from '../../ui/ShapeIcon';
import { SourceList } from '../../ui/SourceList';
import { useAppState, useSelector, useStoreApi } from '../../ui/StoreContext';
import { PRESENT_COMMANDS } from './presentCommands';
import './present.css';

const CONTEXT_HALF_SPAN_MS = 274 * 86_400_000;

/** Sources in one line each: publisher, kind, date; the full list with titles is in the panel. */
function CompactSources({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="compact-sources">
      {sources.map((src, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a source may appear twice; its place is its identity
        <li key={i}>
          <a href={src.url} target="_blank" rel="noopener noreferrer">
            {src.publisher}
          </a>
          {src.kind ? <span className={`kind kind-${src.kind}`}>{sourceKindLabel(src)}</span> : null}
          {src.date ? <span className="compact-date">{src.date}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** Smallest type scale (of the fitted sizes): the headline stays at least 32 px, the summary 17 px. */
const MIN_FIT = 0.6;

/**
 * One slide, fitted to the screen: the type scales down (never below the minimums) until the slide fits; when it
 * still does not, the sources shrink to one line each (level 1), then the side column gives way to the summary
 * (level 2); what leaves the slide (full sources, the figures' notes) is in a panel the next click opens.
 */
function Slide({ event, answers }: { event: TimelineEvent; answers: readonly TimelineEvent[] }) {
  const store = useStoreApi();
  const notes = useAppState((s) => s.slideNotes);
  const ref = useRef<HTMLElement>(null);
  const [level, setLevel] = useState<0 | 1 | 2>(0);
  const hasNotes = event.figures.some((f) => f.note);
  // Known before measuring, so the line that says so is part of what is measured.
  const pending = level > 0 || hasNotes;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const overflows = () => el.scrollHeight > el.clientHeight + 1;
    // Fitted again whenever the slide's box changes (the context strip drawing below it, a resize).
    const fitToBox = () => {
      let fit = 1;
      el.style.setProperty('--fit', '1');
      while (overflows() && fit > MIN_FIT) {
        fit = Math.max(MIN_FIT, fit - 0.05);
        el.style.setProperty('--fit', String(fit));
      }
      if (overflows() && level < 2) setLevel(level === 0 ? 1 : 2);
      else store.getState().setSlideNotes(pending ? 'pending' : 'none');
    };
    fitToBox();
    const watch = new ResizeObserver(fitToBox);
    watch.observe(el);
    return () => watch.disconnect();
  }, [level, pending, store]);

  return (
    <article className={`slide fit-${level}`} ref={ref} data-testid="event-detail" aria-live="polite">
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
        {answers.length && level < 2 ? (
          <p className="slide-answers">
            In answer to: {answers.map((a) => `${a.title} (${formatDateSpec(a.span)})`).join('; ')}
          </p>
        ) : null}
      </div>
      <aside className="slide-side">
        {event.figures.length && level < 2 ? (
          <ul className="figure-list slide-figures">
            {event.figures.map((f, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: figures have no id and never reorder
              <li key={i}>
                <strong>{formatNumber(f.value)}</strong> {f.what}
              </li>
            ))}
          </ul>
        ) : null}
        <section className="slide-sources">
          <h2>Sources ({event.sources.length})</h2>
          {level === 0 ? <SourceList sources={event.sources} /> : null}
          {level === 1 ? <CompactSources sources={event.sources} /> : null}
          {pending ? (
            <p className="slide-more">
              {level === 2
                ? `Sources${answers.length ? ', what it answered' : ''} and figures`
                : hasNotes
                  ? 'Figures’ notes'
                  : 'Full titles of the sources'}
              : next click, or <kbd>S</kbd>
            </p>
          ) : null}
        </section>
      </aside>
      {notes === 'open' ? (
        <section className="slide-panel" aria-label="Sources and notes">
          <h2>Sources and notes</h2>
          {answers.length ? (
            <p className="slide-answers">
              In answer to: {answers.map((a) => `${a.title} (${formatDateSpec(a.span)})`).join('; ')}
            </p>
          ) : null}
          <FigureList event={event} />
          <SourceList sources={event.sources} />
        </section>
      ) : null}
    </article>
  );
}

export function PresentView() {
  const store = useStoreApi();
  const events = useSelector('presentationEvents');
  const selectedId = useAppState((s) => s.event);
  const dataset = useAppState((s) => s.dataset);
  const notes = useAppState((s) => s.slideNotes);
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
          <button
            type="button"
            onClick={() => run('next')}
            disabled={index >= events.length - 1 && notes !== 'pending'}
          >
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
        <Slide key={event.id} event={event} answers={answers} />
      ) : (
        <p className="empty">No event to present: the filters match none.</p>
      )}
      <div className="present-context">
        {contextDomain ? <TimelineView compact fixedDomain={contextDomain} /> : null}
      </div>
    </div>
  );
}
