/** The same events as the chart, as an accessible table, in the same (date) order; selection is shared. */
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ACTOR_LABELS, categoryLabel } from '../data/categories';
import { formatDateSpec } from '../data/dates';
import { selectFilteredEvents } from '../state/selectors';
import { ShapeIcon } from './ShapeIcon';
import { useAppState } from './StoreContext';

export function EventList() {
  const events = useAppState(useShallow(selectFilteredEvents));
  const total = useAppState((s) => s.dataset?.events.length ?? 0);
  const selectedId = useAppState((s) => s.selectedId);
  const select = useAppState((s) => s.select);
  const scroller = useRef<HTMLDivElement>(null);

  // Keep the selected row in view inside the list's own scroll box, without scrolling the page.
  useEffect(() => {
    const box = scroller.current;
    const row = selectedId ? box?.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(selectedId)}"]`) : null;
    if (!box || !row) return;
    const top = row.offsetTop - box.clientHeight / 3;
    if (row.offsetTop < box.scrollTop || row.offsetTop > box.scrollTop + box.clientHeight - row.offsetHeight) {
      box.scrollTop = Math.max(0, top);
    }
  }, [selectedId]);

  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="section-title">
        All events in the selection{' '}
        <span className="count">{events.length === total ? total : `${events.length} of ${total}`}</span>
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
            {events.map((e) => (
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
                  {e.actors.map((a) => (a === 'US' ? 'US' : 'Russia')).join(' & ') || '—'}
                  <span className="visually-hidden">
                    {e.actors.length ? ` (${e.actors.map((a) => ACTOR_LABELS[a]).join(', ')})` : ''}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {events.length === 0 ? <p className="empty">No event matches these filters.</p> : null}
      </div>
    </section>
  );
}
