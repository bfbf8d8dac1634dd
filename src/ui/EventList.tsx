/**
 * The same events as the chart, as an accessible table, in the same (date) order; selection is shared.
 * Rows are shown a page at a time, so the page stays small with a hundred thousand events; the page
 * follows the selection.
 */
import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { categoryLabel, formatActors } from '../data/categories';
import { formatDateSpec } from '../data/dates';
import { useSelectEvent } from './ChartContext';
import { ShapeIcon } from './ShapeIcon';
import { useAppState, useSelector } from './StoreContext';

export const LIST_PAGE_SIZE = 100;

export function EventList() {
  // The filtered events are memoised: the same array until data or filters change (not on zoom). The rows
  // follow a moment later (a deferred render), so new data or filters reach the chart first.
  const current = useSelector('filteredEvents');
  const events = useDeferredValue(current);
  const total = useAppState((s) => s.dataset?.events.length ?? 0);
  const selectedId = useAppState((s) => s.event);
  const select = useSelectEvent();
  const scroller = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState(0);

  // A new selection outside the shown page brings its page; new filters start from the top.
  useEffect(() => {
    const i = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
    setStart((prev) => {
      if (i < 0) return prev < events.length ? prev : 0;
      return i >= prev && i < prev + LIST_PAGE_SIZE ? prev : Math.floor(i / LIST_PAGE_SIZE) * LIST_PAGE_SIZE;
    });
  }, [selectedId, events]);
  const page = events.slice(start, start + LIST_PAGE_SIZE);

  // Keep the selected row in view inside the list's own scroll box, without scrolling the page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the row exists only once its page (start) is shown
  useEffect(() => {
    const box = scroller.current;
    const row = selectedId ? box?.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(selectedId)}"]`) : null;
    if (!box || !row) return;
    const top = row.offsetTop - box.clientHeight / 3;
    if (row.offsetTop < box.scrollTop || row.offsetTop > box.scrollTop + box.clientHeight - row.offsetHeight) {
      box.scrollTop = Math.max(0, top);
    }
  }, [selectedId, start]);

  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="section-title">
        All events in the selection{' '}
        <span className="count">{current.length === total ? total : `${current.length} of ${total}`}</span>
      </h2>
      <div className="list-scroll" ref={scroller}>
        <table data-testid="event-list">
          <caption className="visually-hidden">Events matching the filters, in date order</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Event</th>
              <th scope="col">Acted</th>
            </tr>
          </thead>
          <tbody>
            {page.map((e) => (
              <tr key={e.id} data-row-id={e.id} className={e.id === selectedId ? 'selected' : undefined}>
                <td className="date">
                  <time dateTime={e.date}>{formatDateSpec(e.span)}</time>
                </td>
                <td>
                  <button
                    type="button"
                    className="row-button"
                    aria-current={e.id === selectedId ? 'true' : undefined}
                    onClick={() => select(e.id)}
                  >
                    <ShapeIcon category={e.category} size={12} />
                    <span className="visually-hidden">{categoryLabel(e.category)}: </span>
                    {e.title}
                  </button>
                </td>
                <td className="actors">
                  <span aria-hidden="true">{formatActors(e.actors, 'short')}</span>
                  <span className="visually-hidden">{formatActors(e.actors)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {events.length === 0 && total > 0 ? <p className="empty">No event matches these filters.</p> : null}
      </div>
      {events.length > LIST_PAGE_SIZE ? (
        <nav className="list-pages" aria-label="Pages of the list">
          <button type="button" disabled={start === 0} onClick={() => setStart(Math.max(0, start - LIST_PAGE_SIZE))}>
            ← Earlier
          </button>
          <span>
            Rows {(start + 1).toLocaleString('en-GB')}–{(start + page.length).toLocaleString('en-GB')} of{' '}
            {events.length.toLocaleString('en-GB')}
          </span>
          <button
            type="button"
            disabled={start + LIST_PAGE_SIZE >= events.length}
            onClick={() => setStart(start + LIST_PAGE_SIZE)}
          >
            Later →
          </button>
        </nav>
      ) : null}
    </section>
  );
}
