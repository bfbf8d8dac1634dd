/** What both exercise views need from the store: a seed that is always there, and where the items come from. */
import { useEffect } from 'react';
import { toIsoDay } from '../../data/dates';
import { describeFilters } from '../../state/queries';
import { useAppState, useStoreApi } from '../StoreContext';
import { createSeed } from './exerciseLinks';

/** Gives the exercise a seed if its address has none, so the address in the bar reopens the same exercise. */
export function useExerciseSeed(): string | null {
  const store = useStoreApi();
  const seed = useAppState((s) => s.seed);
  useEffect(() => {
    if (seed === null) store.getState().setExercise({ seed: createSeed() });
  }, [seed, store]);
  return seed;
}

/**
 * Where the items come from, in words: the story, or the window and filters. The whole period is named as the
 * whole dataset with its first and last event's years, not by the padded edges of the window around them.
 */
export function useExerciseSource(): string {
  return useAppState((s) => {
    if (s.story) return 'the events chosen for this exercise';
    const filters = describeFilters(s).join(' · ');
    const whole = s.domain[0] <= s.fullDomain[0] && s.domain[1] >= s.fullDomain[1];
    const events = s.dataset?.events ?? [];
    const first = events[0];
    const last = events[events.length - 1];
    if (whole && first && last) {
      const from = new Date(first.startMs).getUTCFullYear();
      const to = new Date(last.startMs).getUTCFullYear();
      return `all the events, ${from === to ? from : `${from}–${to}`} (${filters})`;
    }
    return `the events from ${toIsoDay(s.domain[0])} to ${toIsoDay(s.domain[1] - 1)} (${filters})`;
  });
}
