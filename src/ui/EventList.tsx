/**
 * The events of the chart's window and filters, every one of them, as an accessible table in date order; the
 * selection is shared with the chart. It follows the window once a zoom or pan settles. All rows are in the
 * page (find-in-page and screen readers reach every one) up to VIRTUAL_FROM rows, which holds the whole curated
 * dataset; beyond that, only the rows in view are rendered (a thousand full rows are some 11,000 elements, and
 * would cost the first draw more than the chart), except while the page prints: then every row is there.
 */

import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { categoryLabel, formatActors } from '../data/categories';
import { formatDateSpec, formatDateSpecShort } from '../data/dates';
import { formatNumber } from '../data/formatNumber';
import type { TimelineEvent } from '../data/model';
import type { AppState } from '../state/store';
import { useSelectEvent } from './ChartContext';
import { describeWindow } from './chart/timelineOptions';
import { ShapeIcon } from './ShapeIcon';
import { useAppState, useStoreApi } from './StoreContext';
import { useSettled } from './useSettled';

/** Above this many rows the list renders only those in view (fixed-height rows). */
export const VIRTUAL_FROM = 500;
/**
 * On its first showing the list renders this many rows at once and the rest in steps of ROWS_PER_STEP when the
 * page is idle: the first draw of the page never waits on hundreds of rows below the fold, and each step is a
 * short task (rows out of view are not laid out: see eventList.css). Once complete, the list stays complete.
 */
const FIRST_ROWS = 12;
const ROWS_PER_STEP = 8;
const ROW_PX = 34;
const SETTLE_MS = 160;

interface RowProps {
  e: TimelineEvent;
  selected: boolean;
  onSelect: (id: string) => void;
  /** One-line rows (the list past VIRTUAL_FROM rows) give the month in three letters. */
  short: boolean;
}

function Row({ e, selected, onSelect, short }: RowProps) {
  return (
    <tr role="row" data-row-id={e.id} className={selected ? 'selected' : undefined}>
      <td role="cell" className="date">
        <time dateTime={e.date}>{short ? formatDateSpecShort(e.span) : formatDateSpec(e.span)}</time>
      </td>
      <td role="cell">
        <button
          type="button"
          className="row-button"
          aria-current={selected ? 'true' : undefined}
          onClick={() => onSelect(e.id)}
        >
          <ShapeIcon category={e.category} size={12} />
          <span className="visually-hidden">{categoryLabel(e.category)}: </span>
          {e.title}
        </button>
      </td>
      <td role="cell" className="actors">
        <span aria-hidden="true">{formatActors(e.actors, 'short')}</span>
        <span className="visually-hidden">{formatActors(e.actors)}</span>
      </td>
    </tr>
  );
}

/**
 * A row renders again only when its event, its selection or its form changes: each step of the first showing
 * then renders its new rows alone, not every row before them again.
 */
const MemoRow = memo(Row);

/** How many rows to render: FIRST_ROWS at first, then ROWS_PER_STEP more at each idle moment, until `total`. */
function useRowsRevealed(total: number): number {
  const [revealed, setRevealed] = useState(FIRST_ROWS);
  const complete = revealed >= total;
  useEffect(() => {
    if (complete) return;
    // One step per idle moment until the rows are complete (the effect's cleanup then stops the chain).
    let cancel = () => {};
    const schedule = () => {
      if (typeof requestIdleCallback === 'function') {
        const id = requestIdleCallback(step, { timeout: 500 });
        cancel = () => cancelIdleCallback(id);
      } else {
        const id = setTimeout(step, 16);
        cancel = () => clearTimeout(id);
      }
    };
    const step = () => {
      setRevealed((n) => n + ROWS_PER_STEP);
      schedule();
    };
    schedule();
    return () => cancel();
  }, [complete]);
  // Once every row has been shown, later (longer) windows render whole at once.
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (complete && total > 0) setDone(true);
  }, [complete, total]);
  return done ? total : Math.min(total, revealed);
}

/** True while the page is being printed (from the print dialog's opening to its closing). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
    const change = (ev: MediaQueryListEvent) => setPrinting(ev.matches);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media?.addEventListener?.('change', change);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media?.removeEventListener?.('change', change);
    };
  }, []);
  return printing;
}

export function EventList() {
  const store = useStoreApi();
  const selectRows = useCallback((s: AppState) => store.select.eventsInWindow(s), [store]);
  const selectDomain = useCallback((s: AppState) => s.domain, []);
  const events = useSettled(selectRows, SETTLE_MS);
  const domain = useSettled(selectDomain, SETTLE_MS);
  const matching = useAppState((s) => store.select.filteredEvents(s).length);
  const total = useAppState((s) => s.dataset?.events.length ?? 0);
  const selectedId = useAppState((s) => s.event);
  const select = useSelectEvent();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const printing = usePrinting();
  const virtual = events.length > VIRTUAL_FROM && !printing;
  const revealed = useRowsRevealed(events.length);
  const selectedIndex = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  // Whether the selected row is rendered yet (the list renders its rows a step at a time on first showing).
  const selectedRendered = virtual || selectedIndex < revealed;

  // Keep the selected row in view inside the list's own scroll box, without scrolling the page. Rows away from
  // the screen are not laid out (eventList.css), so their heights are estimates until shown: for this measure
  // every row is laid out, and stays so until a frame has recorded the real heights.
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again when the rows change or the row is rendered
  useEffect(() => {
    const box = scroller.current;
    const i = selectedIndex;
    if (!box || i < 0) return;
    box.classList.add('measuring');
    const row = box.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(selectedId ?? '')}"]`);
    const top = row ? row.offsetTop : i * ROW_PX;
    const height = row?.offsetHeight ?? ROW_PX;
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - height) {
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
    }
    const done = () => box.classList.remove('measuring');
    const timer = setTimeout(done, 100);
    return () => {
      clearTimeout(timer);
      done();
    };
  }, [selectedId, selectedIndex, events, selectedRendered]);

  const first = virtual ? Math.max(0, Math.floor(scrollTop / ROW_PX) - 20) : 0;
  const last = virtual ? Math.min(events.length, first + 80) : printing ? events.length : revealed;
  const filtered = matching !== total;
  return (
    <section className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="section-title">
        {formatNumber(events.length)} {events.length === 1 ? 'event' : 'events'}, {describeWindow(domain)}
        <span className="count">
          {filtered ? ` · ${formatNumber(matching)} of ${formatNumber(total)} match the filters` : ''}
        </span>
      </h2>
      <div
        className={virtual ? 'list-scroll virtual' : 'list-scroll'}
        ref={scroller}
        onScroll={virtual ? (ev) => setScrollTop(ev.currentTarget.scrollTop) : undefined}
      >
        {/* Past VIRTUAL_FROM rows, margins stand in for the rows out of view. */}
        {/* Laid out as a grid (eventList.css), so its table roles are stated. */}
        <table
          role="table"
          data-testid="event-list"
          aria-rowcount={virtual ? events.length + 1 : undefined}
          style={virtual ? { marginTop: first * ROW_PX, marginBottom: (events.length - last) * ROW_PX } : undefined}
        >
          <caption className="visually-hidden">Events in the window that match the filters, in date order</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col" className="date">
                Date
              </th>
              <th role="columnheader" scope="col">
                Event
              </th>
              <th role="columnheader" scope="col" className="actors">
                Acted
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {events.slice(first, last).map((e) => (
              <MemoRow key={e.id} e={e} selected={e.id === selectedId} onSelect={select} short={virtual} />
            ))}
          </tbody>
        </table>
        {events.length === 0 && total > 0 ? (
          <p className="empty">No event {filtered ? 'matches the filters' : 'is dated'} in this window.</p>
        ) : null}
      </div>
    </section>
  );
}
