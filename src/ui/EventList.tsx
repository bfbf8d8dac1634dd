/**
 * The events of the chart's window and filters, as an accessible table in date order; the selection is shared
 * with the chart. It follows the window once a zoom or pan settles. Up to WINDOW_FROM rows every row is in the
 * page. A longer list is cut into chunks of CHUNK rows, and only the chunks near the list's view are rendered,
 * between two spacers that stand for the rest at their measured (or, before they have been shown, estimated)
 * heights: the rows keep their full titles and dates at any length of list, and the page stays small (the
 * curated dataset's 473 full rows were some 5,200 elements, more than the whole page should hold). The table
 * states its full row count and each row's index for assistive technology, and while the page prints every row
 * is there.
 */

import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { categoryLabel, formatActors } from '../data/categories';
import { formatDateSpec } from '../data/dates';
import { formatNumber } from '../data/formatNumber';
import type { TimelineEvent } from '../data/model';
import type { AppState } from '../state/store';
import { useSelectEvent } from './ChartContext';
import { describeWindow } from './chart/timelineOptions';
import { CHUNK, chunksInView, ROW_PX, useChunkHeights, usePrinting, useRowsRevealed, WINDOW_FROM } from './listWindow';
import { ShapeIcon } from './ShapeIcon';
import { useAppState, useStoreApi } from './StoreContext';
import { useSettled } from './useSettled';

/** The list's view when it cannot be measured (its CSS max-height). */
const VIEW_PX = 520;
const SETTLE_MS = 160;

interface RowProps {
  e: TimelineEvent;
  selected: boolean;
  onSelect: (id: string) => void;
  /** Its place in the table, header row first (1-based), when the table renders only some of its rows. */
  index: number | undefined;
}

function Row({ e, selected, onSelect, index }: RowProps) {
  return (
    <tr role="row" data-row-id={e.id} aria-rowindex={index} className={selected ? 'selected' : undefined}>
      <td role="cell" className="date">
        <time dateTime={e.date}>{formatDateSpec(e.span)}</time>
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
 * A row renders again only when its event, its selection or its place changes: each step of the first showing
 * then renders its new rows alone, not every row before them again.
 */
const MemoRow = memo(Row);

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
  const [viewPx, setViewPx] = useState(VIEW_PX);
  const printing = usePrinting();
  const windowed = events.length > WINDOW_FROM && !printing;
  const { heightOf, measure, forget, version } = useChunkHeights(events);
  const range = windowed
    ? chunksInView(events.length, heightOf, scrollTop, viewPx)
    : { first: 0, last: Math.ceil(events.length / CHUNK) - 1, before: 0, after: 0 };
  const end = Math.min(events.length, (range.last + 1) * CHUNK);
  // A short list reveals its rows a step at a time on its first showing; a windowed one renders its chunks whole
  // (a chunk's height is measured whole).
  const from = range.first * CHUNK;
  const revealed = useRowsRevealed(windowed || printing ? 0 : events.length);
  const lastRow = windowed || printing ? end : Math.min(end, revealed);
  const selectedIndex = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  const selectedRendered = selectedIndex >= from && selectedIndex < lastRow;

  // The list keeps its reader's place itself: a chunk whose measured height differs from its estimate moves the
  // rows below it, so after each render the first chunk in view is put back where it was on screen (the
  // browser's own scroll anchoring is off for the list: see eventList.css).
  const anchor = useRef<{ events: readonly TimelineEvent[]; chunk: number; offset: number } | null>(null);
  const recordAnchor = useCallback(
    (box: HTMLElement) => {
      anchor.current = null;
      for (const el of box.querySelectorAll<HTMLElement>('tbody[data-chunk]')) {
        if (el.offsetTop + el.offsetHeight > box.scrollTop) {
          anchor.current = { events, chunk: Number(el.dataset.chunk), offset: el.offsetTop - box.scrollTop };
          return;
        }
      }
    },
    [events],
  );
  // After every render (an estimate may have changed with no change of range): put the reader's place back,
  // measure the rendered chunks, note the place. The view's height and width are followed when the box resizes.
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!windowed || !box) return;
    const a = anchor.current;
    const el = a && a.events === events ? box.querySelector<HTMLElement>(`tbody[data-chunk="${a.chunk}"]`) : null;
    if (a && el) {
      const top = Math.max(0, el.offsetTop - a.offset);
      if (Math.abs(box.scrollTop - top) >= 1) box.scrollTop = top;
    }
    measure(box);
    recordAnchor(box);
  });
  useEffect(() => {
    const box = scroller.current;
    if (!box || typeof ResizeObserver !== 'function') return;
    let width = box.clientWidth;
    const observer = new ResizeObserver(() => {
      if (box.clientHeight > 0) setViewPx(box.clientHeight);
      if (box.clientWidth !== width) {
        width = box.clientWidth;
        forget();
      }
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [forget]);

  // Bring the selected row into the list's own view, without scrolling the page, once per selection (and once
  // more when the window changes): a row not rendered yet is first scrolled to where it is estimated to be,
  // which renders it, then placed exactly. After that the reader's own scrolling is left alone.
  const placing = useRef<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new window places the selected row again
  useEffect(() => {
    placing.current = selectedId;
  }, [selectedId, events]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: placed again when the row is rendered or measured
  useEffect(() => {
    const box = scroller.current;
    const i = selectedIndex;
    if (!box || i < 0 || placing.current !== selectedId) return;
    const row = selectedRendered
      ? box.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(selectedId ?? '')}"]`)
      : null;
    let top: number;
    let height = ROW_PX;
    if (row && row.offsetHeight === 0) {
      // Rendered but not laid out (the list is hidden): nothing to place it by.
      placing.current = null;
      return;
    }
    if (row) {
      top = row.offsetTop;
      height = row.offsetHeight;
      placing.current = null;
    } else {
      const chunk = Math.floor(i / CHUNK);
      top = 0;
      for (let c = 0; c < chunk; c++) top += heightOf(c, CHUNK);
      top += (i - chunk * CHUNK) * (heightOf(chunk, CHUNK) / CHUNK);
    }
    if (top < box.scrollTop || top > box.scrollTop + box.clientHeight - height) {
      const target = Math.max(0, top - box.clientHeight / 3);
      box.scrollTop = target;
      recordAnchor(box);
      setScrollTop(target);
    }
  }, [selectedId, selectedIndex, events, selectedRendered, version]);

  const chunks: number[] = [];
  for (let c = range.first; c <= range.last && c * CHUNK < lastRow; c++) chunks.push(c);
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
        className="list-scroll"
        ref={scroller}
        onScroll={
          windowed
            ? (ev) => {
                recordAnchor(ev.currentTarget);
                setScrollTop(ev.currentTarget.scrollTop);
              }
            : undefined
        }
      >
        {/* Laid out as a grid (eventList.css), so its table roles are stated. */}
        <table role="table" data-testid="event-list" aria-rowcount={windowed ? events.length + 1 : undefined}>
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
          {/* Past WINDOW_FROM rows, spacers stand in for the chunks out of view. */}
          {range.before > 0 ? <tbody className="spacer" aria-hidden="true" style={{ height: range.before }} /> : null}
          {chunks.map((c) => (
            <tbody role="rowgroup" key={c} data-chunk={c}>
              {events.slice(c * CHUNK, Math.min((c + 1) * CHUNK, lastRow)).map((e, k) => (
                <MemoRow
                  key={e.id}
                  e={e}
                  selected={e.id === selectedId}
                  onSelect={select}
                  index={windowed ? c * CHUNK + k + 2 : undefined}
                />
              ))}
            </tbody>
          ))}
          {windowed && range.after + (end - lastRow) * ROW_PX > 0 ? (
            <tbody className="spacer" aria-hidden="true" style={{ height: range.after + (end - lastRow) * ROW_PX }} />
          ) : null}
        </table>
        {events.length === 0 && total > 0 ? (
          <p className="empty">No event {filtered ? 'matches the filters' : 'is dated'} in this window.</p>
        ) : null}
      </div>
    </section>
  );
}
