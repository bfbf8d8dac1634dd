/**
 * The machinery of the event list's window: which chunks of a long list to render for its view, their measured
 * heights, the stepwise first showing of a short list, and whether the page is printing.
 */

import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimelineEvent } from '../data/model';

/** Above this many rows the list renders only the chunks of rows near its view. */
export const WINDOW_FROM = 100;
/** Rows per chunk: the unit rendered, measured and replaced by a spacer. */
export const CHUNK = 20;
/** A one-line row's height, the estimate for rows not yet measured. */
export const ROW_PX = 34;
/** How far above and below its view the list renders rows. */
const OVERSCAN_PX = 480;
/**
 * On its first showing a list of up to WINDOW_FROM rows renders this many at once and the rest in steps of
 * ROWS_PER_STEP when the page is idle: the first draw of the page never waits on rows below the fold, and each
 * step is a short task. Once complete, the list stays complete.
 */
const FIRST_ROWS = 12;
const ROWS_PER_STEP = 8;

/** How many rows to render: FIRST_ROWS at first, then ROWS_PER_STEP more at each idle moment, until `total`. */
export function useRowsRevealed(total: number): number {
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
export function usePrinting(): boolean {
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
export function useChunkHeights(events: readonly TimelineEvent[]) {
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
