/**
 * Print mode: a handout. Title, the period and filters, a static picture of the timeline, the tone series
 * (and the comparison, when the address asks for one), then every event in the window and filters in date
 * order, with figures and every source written out in full.
 */

import { categoryLabel, formatActors } from '../../data/categories';
import { formatDateRange, toIsoDay } from '../../data/dates';
import { describeFilters } from '../../state/queries';
import { PrintAnalysis } from '../../ui/analysis/PrintAnalysis';
import { TimelineView } from '../../ui/chart/TimelineView';
import { FigureList } from '../../ui/FigureList';
import { SourceList } from '../../ui/SourceList';
import { useAppState, useSelector } from '../../ui/StoreContext';
import './print.css';

export function PrintView() {
  const dataset = useAppState((s) => s.dataset);
  const domain = useAppState((s) => s.domain);
  const filters = useAppState((s) => describeFilters(s).join(' · '));
  // Events dated in the period; treaties in force since before it appear on the picture only.
  const events = useSelector('eventsInWindow');
  return (
    <div className="print">
      <header className="print-head">
        <p className="kicker">Handout · {dataset?.title}</p>
        <h1>
          {toIsoDay(domain[0])} to {toIsoDay(domain[1] - 1)}
        </h1>
        <p className="print-meta">
          {events.length} events · {filters} · data {dataset?.license}, version {dataset?.version}, updated{' '}
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
      <ol className="print-events">
        {events.map((e) => (
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
