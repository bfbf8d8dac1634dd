/**
 * Print mode: a handout. Title, the period and filters, a static picture of the timeline, the tone series
 * (and the comparison, when the address asks for one), then the events in
 * the window and filters in date order, with figures and every source written out in full: all of them up to
 * PRINT_LIMIT; beyond it the first PRINT_LIMIT, with a note that says so and a download of them all. A
 * handout is read on paper: 500 events with their sources already fill a hundred pages, and 100,000 (twenty
 * thousand pages) took a minute to lay out while the tab did not answer.
 */

import { useState } from 'react';
import { categoryLabel, formatActors } from '../../data/categories';
import { formatDateRange, toIsoDay } from '../../data/dates';
import { formatNumber } from '../../data/formatNumber';
import type { TimelineEvent } from '../../data/model';
import { describeFilters } from '../../state/queries';
import { PrintAnalysis } from '../../ui/analysis/PrintAnalysis';
import { TimelineView } from '../../ui/chart/TimelineView';
import { FigureList } from '../../ui/FigureList';
import { SourceList } from '../../ui/SourceList';
import { useAppState, useSelector, useStoreApi } from '../../ui/StoreContext';
import './print.css';

/** The most events a handout lists. */
export const PRINT_LIMIT = 500;

const count = (n: number) => formatNumber(n);

/** Says that the list is cut, how to print the rest, and offers them all as a file. */
function PrintLimit({ events }: { events: readonly TimelineEvent[] }) {
  const store = useStoreApi();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { exportFilteredEvents } = await import('../../ui/exportFiles');
      await exportFilteredEvents(store, 'csv', events);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : 'The download failed.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="print-limit">
      <p>
        This handout lists the first {count(PRINT_LIMIT)} of the {count(events.length)} events in the period, in date
        order. To print others, narrow the period or the filters.
      </p>
      <p className="print-button">
        <button type="button" onClick={() => void download()} disabled={busy}>
          Download all {count(events.length)} as CSV
        </button>
      </p>
      {failure ? <p role="alert">{failure}</p> : null}
    </div>
  );
}

export function PrintView() {
  const dataset = useAppState((s) => s.dataset);
  const domain = useAppState((s) => s.domain);
  const filters = useAppState((s) => describeFilters(s).join(' · '));
  // Events dated in the period; treaties in force since before it appear on the picture only.
  const events = useSelector('eventsInWindow');
  const listed = events.length > PRINT_LIMIT ? events.slice(0, PRINT_LIMIT) : events;
  return (
    <div className="print">
      <header className="print-head">
        <p className="kicker">Handout · {dataset?.title}</p>
        <h1>
          {toIsoDay(domain[0])} to {toIsoDay(domain[1] - 1)}
        </h1>
        <p className="print-meta">
          {count(events.length)} events · {filters} · data {dataset?.license}, version {dataset?.version}, updated{' '}
          {dataset?.updated} · printed from {window.location.href}
        </p>
        <button type="button" className="print-button" onClick={() => window.print()}>
          Print this handout
        </button>
      </header>
      <div className="print-chart">
        <TimelineView interactive={false} />
      </div>
      <PrintAnalysis />
      {listed.length < events.length ? <PrintLimit events={events} /> : null}
      <ol className="print-events">
        {listed.map((e) => (
          <li key={e.id} className="print-event">
            <p className="print-date">
              {formatDateRange(e.span, e.endSpan)} · {categoryLabel(e.category)} · {formatActors(e.actors)}
            </p>
            <h2>{e.title}</h2>
            <p>{e.summary}</p>
            <FigureList event={e} />
            <SourceList sources={e.sources} showUrls />
          </li>
        ))}
      </ol>
    </div>
  );
}
