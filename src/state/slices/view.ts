/** The view slice: the visible window, a time domain in UTC ms, and a period to compare it with. */
import type { StateCreator } from 'zustand/vanilla';
import { clampDomain, type Domain, domainsEqual } from '../../data/domain';
import type { AppState } from '../store';

export interface ViewState {
  /** The visible window (UTC ms). */
  readonly domain: Domain;
  /** The window asked for by the address before the data (and so the whole period) was known. */
  readonly pendingDomain: Domain | null;
  /** A period to compare the window with (`compare=FROM..TO`), or null. */
  readonly compare: Domain | null;
}

export interface ViewActions {
  /** Clamped to the whole period; an equal window is a no-op (no notification), which breaks feedback loops. */
  setDomain(domain: Domain): void;
  /** Compares the window with a period (null ends the comparison); with a window, moves there in the same update. */
  setCompare(compare: Domain | null, window?: Domain): void;
}

export const createViewActions: StateCreator<AppState, [], [], ViewActions> = (set, get) => ({
  setDomain: (domain) => {
    const next = clampDomain(domain, get().fullDomain);
    if (!domainsEqual(next, get().domain)) set({ domain: next });
  },
  setCompare: (compare, window) => {
    const s = get();
    const next = window ? clampDomain(window, s.fullDomain) : s.domain;
    const moved = !domainsEqual(next, s.domain);
    if (!moved && domainsEqual(compare, s.compare)) return;
    set(moved ? { compare, domain: next } : { compare });
  },
});
