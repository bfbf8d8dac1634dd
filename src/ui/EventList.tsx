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
import { ShapeIcon } from './ShapeIcon';
import { useAppState, useStoreApi } from './StoreContext';
import { useSettled } from './useSettled';

/** Above this many rows the list renders only the chunks of rows near its view. */
export const WINDOW_FROM = 100;
/** Rows per chunk: the unit rendered, measured and replaced by a spacer. */
const CHUNK = 20;
/** A one-line row's height, the estimate for rows not yet measured. */
const ROW_PX = 34;
/** How far above and below its view the list renders rows. */
const OVERSCAN_PX = 480;
/** The list's view when it cannot be measured (its CSS max-height). */
const VIEW_PX = 520;
/**
 * On its first showing a list of up to WINDOW_FROM rows renders this many at once and the rest in steps of
 * ROWS_PER_STEP when the page is idle: the first draw of the page never waits on rows below the fold, and each
 * step is a short task. Once complete, the list stays complete.
 */
const FIRST_ROWS = 12;
const ROWS_PER_STEP = 8;
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
  // Once every row has been shown, later windows and scrolls render whole at once.
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

/** The chunks of a windowed list to render for a view, and the heights the spacers around them stand for. */
export interface ChunkRange {
  /** First and last chunk rendered (inclusive); last < first when there are none. */
  readonly first: number;
  readonly last: number;
  /** Height of the chunks before `first`, and after `last`. */
  readonly before: number;
  readonly after: number;
}

/**
 * Which chunks of `rows` rows, CHUNK to a chunk, meet the band [top - overscan, top + view + overscan] of the
 * list, given each chunk's height (measured, or estimated from `rowPx` per row).
 */
export function chunksInView(
  rows: number,
  heightOf: (chunk: number, rowsInChunk: number) => number,
  top: number,
  view: number,
  overscan = OVERSCAN_PX,
): ChunkRange {
  const n = Math.ceil(rows / CHUNK);
  const from = Math.max(0, top - overscan);
  const to = top + view + overscan;
  let y = 0;
  let first = -1;
  let last = -1;
  let before = 0;
  let after = 0;
  for (let c = 0; c < n; c++) {
    const h = heightOf(c, Math.min(CHUNK, rows - c * CHUNK));
    const bottom = y + h;
    if (bottom <= from && c < n - 1) before += h;
    else if (y >= to && first >= 0) after += h;
    else {
      if (first < 0) first = c;
      last = c;
    }
    y = bottom;
  }
  return first < 0 ? { first: 0, last: -1, before: 0, after: 0 } : { first, last, before, after };
}

/** Height measurements of a windowed list's chunks, kept across renders and forgotten when its rows change. */
function useChunkHeights(events: readonly TimelineEvent[]) {
  const heights = useRef(new Map<number, number>());
  const rowPx = useRef(ROW_PX);
  const [version, setVersion] = useState(0);
  const seen = useRef(events);
  if (seen.current !== events) {
    seen.current = events;
    heights.current = new Map();
  }
  const heightOf = useCallback(
    (c: number, rowsInChunk: number) => heights.current.get(c) ?? rowsInChunk * rowPx.current,
    [],
  );
  /** Records the rendered chunks' heights; re-renders when one changed (rows laid out differently). */
  const measure = useCallback((box: HTMLElement | null) => {
    if (!box) return;
    let changed = false;
    let total = 0;
    let rows = 0;
    for (const el of box.querySelectorAll<HTMLElement>('tbody[data-chunk]')) {
      const h = el.offsetHeight;
      const c = Number(el.dataset.chunk);
      if (!(h > 0)) continue;
      total += h;
      rows += el.childElementCount;
      if (Math.abs((heights.current.get(c) ?? 0) - h) > 0.5) {
        heights.current.set(c, h);
        changed = true;
      }
    }
    if (rows > 0) rowPx.current = total / rows;
    if (changed) setVersion((v) => v + 1);
  }, []);
  /** Forgets every height (the list's width changed, so its rows wrap differently). */
  const forget = useCallback(() => {
    heights.current = new Map();
    setVersion((v) => v + 1);
  }, []);
  return { heightOf, measure, forget, version };
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
