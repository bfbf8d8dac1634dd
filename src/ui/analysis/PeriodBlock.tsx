/**
 * One period of the comparison: its dates, how many events and in what tone, who acted, every category
 * present (the DOM contract: [data-period] holding [data-category][data-count]) and its landmark events.
 */
import type { PeriodSummary } from '../../analysis/compare';
import { formatFixed2 } from '../../analysis/format';
import { serializeComparePeriod } from '../../analysis/period';
import { categoryLabel } from '../../data/categories';
import { shortUtcLabel } from '../../data/dates';
import type { TimelineEvent } from '../../data/model';
import { EventLink } from '../EventLink';
import { ShapeIcon } from '../ShapeIcon';

export function describePeriod(s: Pick<PeriodSummary, 'domain'>): string {
  return `${shortUtcLabel(s.domain[0], 'day-year')} – ${shortUtcLabel(s.domain[1] - 1, 'day-year')}`;
}

export function formatTone(s: Pick<PeriodSummary, 'meanTone' | 'toneN'>): string {
  return s.meanTone === null
    ? `no mean tone (${s.toneN} with a tone; 3 needed)`
    : `mean tone ${formatFixed2(s.meanTone).replace('-', '−')} over ${s.toneN}`;
}

export function PeriodBlock({
  summary: s,
  label,
  byId,
}: {
  summary: PeriodSummary;
  label: string;
  byId: ReadonlyMap<string, TimelineEvent> | undefined;
}) {
  const present = s.byCategory.filter((c) => c.count > 0);
  const most = Math.max(1, ...present.map((c) => c.count));
  const landmarks = s.landmarkIds.map((id) => byId?.get(id)).filter((e): e is TimelineEvent => !!e);
  return (
    <section className="period" data-period={serializeComparePeriod(s.domain)} aria-label={label}>
      <h3>
        {label}
        <span className="period-dates">{describePeriod(s)}</span>
      </h3>
      <p className="period-totals">
        {s.events} {s.events === 1 ? 'event' : 'events'} · {formatTone(s)}
      </p>
      <p className="period-sides">
        US {s.byActor.US} · Russia {s.byActor.RU} · joint {s.byActor.joint}
      </p>
      <ul className="period-categories" aria-label="Events by category">
        {present.map((c) => (
          <li key={c.category} data-category={c.category} data-count={c.count}>
            <ShapeIcon category={c.category} size={12} />
            <span className="cat-name">{categoryLabel(c.category)}</span>
            <span className={`cat-bar cat-${c.category}`} style={{ width: `${(c.count / most) * 100}%` }} />
            <span className="cat-count">{c.count}</span>
          </li>
        ))}
      </ul>
      {landmarks.length ? (
        <>
          <h4>Landmarks</h4>
          <ol className="landmarks">
            {landmarks.map((e) => (
              <li key={e.id}>
                <EventLink event={e} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
