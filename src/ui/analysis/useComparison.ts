/**
 * The comparison the address asks for: the window (its whole days, as its address names them) and the
 * `compare=` period, each summarised over the filtered events with the timeline's landmark rank, and named
 * after the presidencies when they are a preset's two. Null when nothing is compared.
 */
import { useCallback, useMemo } from 'react';
import { type ComparePreset, comparePresets, computePeriodSummary, type PeriodSummary } from '../../analysis/compare';
import { computeDayPeriod } from '../../analysis/period';
import { type Domain, domainsEqual } from '../../data/domain';
import type { TimelineEvent } from '../../data/model';
import type { AppState } from '../../state/store';
import { rankOf } from '../../timeline/rank';
import { useAppState, useSelector } from '../StoreContext';
import { useSettled } from '../useSettled';

const SETTLE_MS = 160;

/**
 * The window a preset opens: its first period, cut to the whole period of the data (a window cannot reach
 * past it, and moving it instead would put the next presidency's months in it).
 */
export function presetWindow(p: ComparePreset, fullDomain: Domain): Domain {
  return [Math.max(p.a.domain[0], fullDomain[0]), Math.min(p.a.domain[1], fullDomain[1])];
}

export interface Comparison {
  readonly a: PeriodSummary;
  readonly b: PeriodSummary;
  readonly labels: readonly [string, string];
}

export function useComparison(): Comparison | null {
  const selectDomain = useCallback((s: AppState) => s.domain, []);
  const domain = useSettled(selectDomain, SETTLE_MS);
  const compare = useAppState((s) => s.compare);
  const dataset = useAppState((s) => s.dataset);
  const fullDomain = useAppState((s) => s.fullDomain);
  const events = useSelector('filteredEvents');
  return useMemo(() => {
    if (!compare || !dataset) return null;
    const ranks = rankOf(dataset);
    const rank = (e: TimelineEvent) => ranks.get(e.id) ?? Number.NaN;
    const window = computeDayPeriod(domain);
    const preset = comparePresets(dataset.eras).find(
      (p) => domainsEqual(computeDayPeriod(presetWindow(p, fullDomain)), window) && domainsEqual(p.b.domain, compare),
    );
    return {
      a: computePeriodSummary(events, window, rank),
      b: computePeriodSummary(events, compare, rank),
      labels: preset ? [preset.a.label, preset.b.label] : ['The window', 'Compared with'],
    };
  }, [domain, compare, dataset, events, fullDomain]);
}
