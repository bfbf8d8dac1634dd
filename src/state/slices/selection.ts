/** The selection slice: the open event, and a request to bring it into view. */
import type { StateCreator } from 'zustand/vanilla';
import { clampDomain, type Domain, domainsEqual } from '../../data/domain';
import type { AppState } from '../store';

export interface SelectionState {
  /** The selected (open) event's id. */
  readonly event: string | null;
  /**
   * An event to bring into view once a chart can say where (an address naming an event but no window, or a
   * return to the explorer); the explorer consumes it. Drawing never does.
   */
  readonly revealId: string | null;
}

export interface SelectionActions {
  /** Selects an event (null closes it); with a window, moves there in the same update. */
  select(id: string | null, domain?: Domain): void;
  /** Brings the pending event into view (the chart computed where), or drops the request. */
  settleReveal(domain: Domain | null): void;
}

export const createSelectionActions: StateCreator<AppState, [], [], SelectionActions> = (set, get) => ({
  select: (id, domain) => {
    const s = get();
    if (id !== null && !s.dataset?.byId.has(id)) return;
    if (id === s.event && !domain) return;
    set(domain ? { event: id, revealId: null, ...clampedIfMoved(s, domain) } : { event: id, revealId: null });
  },
  settleReveal: (domain) => {
    const s = get();
    if (s.revealId === null) return;
    set(domain ? { revealId: null, ...clampedIfMoved(s, domain) } : { revealId: null });
  },
});

/** The window to merge into the same update, or nothing when it would not move (one notification either way). */
function clampedIfMoved(s: AppState, domain: Domain): Partial<AppState> {
  const next = clampDomain(domain, s.fullDomain);
  return domainsEqual(next, s.domain) ? {} : { domain: next };
}
