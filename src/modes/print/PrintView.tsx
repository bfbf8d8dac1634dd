/**
 * Print mode: a handout. Title, the period and filters, a static picture of the timeline, then every event
 * in the window and filters in date order, with figures and every source written out in full.
 */

import { useShallow } from 'zustand/react/shallow';
import { ACTOR_LABELS, categoryLabel } from '../../data/categories';
import { formatDateRange, toIsoDay } from '../../data/dates';
import { selectFilteredEvents } from '../../state/selectors';
import { FigureList } from '../../ui/FigureList';
import { SourceList } from '../../ui/SourceList';
import { useAppState } from '../../ui/StoreContext';
import { TimelineView } from '../../ui/TimelineView';

export function PrintView() {
  const dataset = useAppState((s) => s.dataset);
  const domain = useAppState((s) => s.domain);
  const filters = useAppState(useShallow((s) => ({ categories: s.categories, actor: s.actor, query: s.query })));
  // Events dated in the period; treaties in force since before it appear on the picture only.
  const events = useAppState(selectFilteredEvents).filter((e) => e.startMs >= domain[0] && e.startMs < domain[1]);
  const describeFilters = [
    filters.categories ? `categories: ${filters.categories.map(categoryLabel).join(', ')}` : 'all categories',
    filters.actor ? `acted: ${ACTOR_LABELS[filters.actor]}` : 'both sides',
    filters.query ? `search: “${filters.query}”` : null,
  ].filter(Boolean);
  return (
    <div className="print">
      <header className="print-head">
        <p className="kicker">Handout · {dataset?.title}</p>
        <h1>
          {toIsoDay(domain[0])} to {toIsoDay(domain[1] - 1)}
        </h1>
        <p className="print-meta">
          {events.length} events · {describeFilters.join(' · ')} · data {dataset?.license}, version {dataset?.version},
          updated {dataset?.updated} · printed from {window.location.href}
        </p>
        <button type="button" className="print-button" onClick={() => window.print()}>
          Print this handout
        </button>
      </header>
      <div className="print-chart">
        <TimelineView interactive={false} />
      </div>
      <ol className="print-events">
        {events.map((e) => (
          <li key={e.id} className="print-event">
            <p className="print-date">
              {formatDateRange(e.span, e.endSpan)} · {categoryLabel(e.category)} ·{' '}
              {e.actors.map((a) => ACTOR_LABELS[a]).join(' and ')}
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
