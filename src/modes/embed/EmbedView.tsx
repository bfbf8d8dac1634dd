/**
 * Embed mode: a compact timeline and a details card for an iframe in a blog column (320–1200 px wide), with
 * no page scrollbars. The frame reports its height to its parent (see README, "Embed") and links to the
 * same view in the full explorer.
 */
import { useEffect, useState } from 'react';
import { categoryLabel } from '../../data/categories';
import { formatDateRange } from '../../data/dates';
import { selectAddress, serializeAddress } from '../../state/address';
import { selectSelectedEvent } from '../../state/queries';
import type { StoreData } from '../../state/store';
import { addressWithSearch } from '../../state/urlSync';
import { TimelineView } from '../../ui/chart/TimelineView';
import './embed.css';
import { ShapeIcon } from '../../ui/ShapeIcon';
import { useAppState, useStoreApi } from '../../ui/StoreContext';

/** The message an embed posts to its parent whenever its content height changes. */
export const EMBED_HEIGHT_MESSAGE = 'us-russia-timeline:height';

export function useReportHeight(): void {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const root = document.querySelector<HTMLElement>('.embed') ?? document.body;
    const report = () => {
      const height = Math.ceil(root.scrollHeight);
      if (height === last) return;
      last = height;
      // Only what sizing needs: any page may frame the embed, and the address would tell it what the reader opened.
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
    };
    const ro = new ResizeObserver(report);
    ro.observe(root);
    report();
    return () => ro.disconnect();
  }, []);
}

/** Problems with the data, in one line: the embed has no room for the list, the full timeline has. */
function EmbedAlert({ fullHref }: { fullHref: string }) {
  const load = useAppState((s) => s.load);
  const count = useAppState((s) => s.issues.length + s.notices.length);
  if (load.status === 'error')
    return (
      <p role="alert" className="embed-alert">
        {load.message}
      </p>
    );
  if (count === 0) return null;
  return (
    <p role="alert" className="embed-alert">
      {count} problem(s) with this timeline's data or address.{' '}
      <a href={fullHref} target="_blank" rel="noopener">
        See them
      </a>
    </p>
  );
}

/** The same view in the full explorer, read when needed: a zoom frame re-renders nothing here. */
function fullHrefOf(s: StoreData): string {
  return addressWithSearch(serializeAddress({ ...selectAddress(s), mode: 'explore' }));
}

/** A compact key: the three rows, and the categories of the events on screen (read when opened). */
function EmbedKey() {
  const [open, setOpen] = useState(false);
  const store = useStoreApi();
  const shown = open ? [...new Set(store.select.eventsOnScreen(store.getState()).map((e) => e.category))] : [];
  return (
    <div className="embed-key">
      <button type="button" className="linklike" aria-expanded={open} onClick={() => setOpen(!open)}>
        Key
      </button>
      {open ? (
        <div className="embed-key-panel">
          <p>
            <span className="key-row key-row-us">US</span> acts above,{' '}
            <span className="key-row key-row-ru">Russia</span>
            ’s below, joint between. Bars count each side’s acts; the most consequential are named.
          </p>
          <ul>
            {shown.map((c) => (
              <li key={c}>
                <ShapeIcon category={c} size={11} />
                {categoryLabel(c)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

export function EmbedView() {
  const store = useStoreApi();
  const dataset = useAppState((s) => s.dataset);
  const event = useAppState(selectSelectedEvent);
  useReportHeight();
  // Decided once per load: an iframe's height rarely changes, and re-laying out on resize would jitter.
  const [tiny] = useState(() => window.innerHeight < 420);
  // The link is written when the reader reaches for it (pointer or keyboard), not at every zoom frame.
  const refresh = (ev: { currentTarget: HTMLAnchorElement }) => {
    ev.currentTarget.href = fullHrefOf(store.getState());
  };
  return (
    <div className="embed">
      <header className="embed-head">
        <p className="embed-title">{dataset?.title}</p>
        <EmbedKey />
        <a
          href={fullHrefOf(store.getState())}
          target="_blank"
          rel="noopener"
          onPointerDown={refresh}
          onFocus={refresh}
          onMouseEnter={refresh}
        >
          Full timeline ↗
        </a>
      </header>
      <EmbedAlert fullHref={fullHrefOf(store.getState())} />
      <TimelineView compact tiny={tiny} />
      {event ? (
        <article className="embed-card" data-testid="event-detail" aria-label={event.title}>
          <p className="embed-card-meta">
            <ShapeIcon category={event.category} size={12} />
            {categoryLabel(event.category)} ·{' '}
            <time dateTime={event.date}>{formatDateRange(event.span, event.endSpan)}</time>
          </p>
          <h2>{event.title}</h2>
          <p className="embed-summary">{event.summary}</p>
          <p className="embed-card-foot">
            {event.sources[0] ? (
              <a href={event.sources[0].url} target="_blank" rel="noopener noreferrer">
                {event.sources[0].publisher}
              </a>
            ) : (
              'No source'
            )}
            {event.sources.length > 1 ? ` and ${event.sources.length - 1} more source(s) · ` : ' · '}
            <button type="button" className="linklike" onClick={() => store.getState().select(null)}>
              Close
            </button>
          </p>
        </article>
      ) : (
        <p className="embed-hint">Click or tab to an event for its details and sources.</p>
      )}
    </div>
  );
}
