/**
 * Action and reaction among the events shown (the window and filters, as the list holds them): how many
 * response links, how soon answered, in kind or not, by the other side or not, a chart of the lags, and the
 * longest tit-for-tat chains, each of which opens in the timeline. Every figure is computeReciprocity's.
 */
import { useCallback, useMemo } from 'react';
import { computeChainWindow } from '../../analysis/chains';
import { formatShare, type Ratio } from '../../analysis/format';
import { computeReciprocity, formatReciprocity } from '../../analysis/reciprocity';
import { formatDateSpec } from '../../data/dates';
import { MIN_SPAN_MS } from '../../data/domain';
import type { TimelineEvent } from '../../data/model';
import type { AppState } from '../../state/store';
import { EventLink } from '../EventLink';
import { useAppState, useStoreApi } from '../StoreContext';
import { useSettled } from '../useSettled';
import './analysis.css';

const SETTLE_MS = 160;

function share(r: Ratio, of: string): string {
  return r.of ? `${formatShare(r)} (${r.count} of ${r.of} ${of})` : `none (no ${of})`;
}

export function ReciprocityPanel({ id }: { id: string }) {
  const store = useStoreApi();
  const selectShown = useCallback((s: AppState) => store.select.eventsInWindow(s), [store]);
  const events = useSettled(selectShown, SETTLE_MS);
  const dataset = useAppState((s) => s.dataset);
  const r = useMemo(() => computeReciprocity(events, dataset?.byId ?? new Map()), [events, dataset]);
  const f = formatReciprocity(r);
  const maxBar = Math.max(1, ...r.lagHistogram.map((b) => b.count));
  const byId = dataset?.byId;
  const chains = r.chains.map((ids) => ids.map((i) => byId?.get(i)).filter((e): e is TimelineEvent => !!e));

  const openChain = (chain: readonly TimelineEvent[]) => {
    const window = computeChainWindow(chain, MIN_SPAN_MS);
    const first = chain[0];
    if (first && window) store.getState().select(first.id, window);
  };

  return (
    <section
      id={id}
      className="analysis-panel reciprocity"
      aria-labelledby={`${id}-title`}
      data-testid="reciprocity"
      data-links={f.links}
      data-median-lag-days={f.medianLagDays}
      data-same-sign={f.sameSign}
      data-other-side={f.otherSide}
    >
      <h2 id={`${id}-title`} className="section-title">
        Action and reaction <span className="count">· among the {events.length} events shown</span>
      </h2>
      <p className="hint">
        A link is an event that answers an earlier one (the data’s “responds to”). Answered in kind: both tones non-zero
        and of the same sign.
      </p>
      <dl className="figures">
        <div>
          <dt>Response links</dt>
          <dd>{r.links}</dd>
        </div>
        <div>
          <dt>Median lag</dt>
          <dd>{r.medianLagDays === null ? '–' : `${f.medianLagDays} ${r.medianLagDays === 1 ? 'day' : 'days'}`}</dd>
        </div>
        <div>
          <dt>Answered in kind</dt>
          <dd>{share(r.sameSign, 'links with a sign at both ends')}</dd>
        </div>
        <div>
          <dt>Answered by the other side</dt>
          <dd>{share(r.otherSide, 'links')}</dd>
        </div>
      </dl>
      {r.unresolved > 0 ? (
        <p className="hint">
          {r.unresolved} {r.unresolved === 1 ? 'link names an event' : 'links name events'} this dataset does not have
          (or an event answering itself): not counted.
        </p>
      ) : null}
      <h3>Time to answer</h3>
      <ul className="lag-chart" aria-label="Links by time to answer">
        {r.lagHistogram.map((b) => (
          <li key={b.label}>
            <span className="lag-label">{b.label}</span>
            <span className="lag-bar" style={{ width: `${(b.count / maxBar) * 100}%` }} aria-hidden="true" />
            <span className="lag-count">{b.count}</span>
          </li>
        ))}
      </ul>
      {r.answeredBeforeAct > 0 ? (
        <p className="hint">
          {r.answeredBeforeAct} answer(s) dated before the act they answer: in the median, in no bar.
        </p>
      ) : null}
      <h3>Longest chains</h3>
      {chains.length === 0 ? <p className="hint">No act and answer among the events shown.</p> : null}
      <ol className="chains">
        {chains.map((chain) => {
          const first = chain[0] as TimelineEvent;
          const last = chain[chain.length - 1] as TimelineEvent;
          return (
            <li key={chain.map((e) => e.id).join(' ')} data-chain={chain.map((e) => e.id).join(' ')}>
              <button type="button" className="chain-open" onClick={() => openChain(chain)}>
                Show this chain in the timeline: {chain.length} events, {formatDateSpec(first.span)} to{' '}
                {formatDateSpec(last.span)}
              </button>
              <ol className="chain-events">
                {chain.map((e) => (
                  <li key={e.id}>
                    <EventLink event={e} />
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
