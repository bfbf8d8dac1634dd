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

/** Where the items come from, in words: the story, or the window and filters. */
export function useExerciseSource(): string {
  return useAppState((s) =>
    s.story
      ? 'the events chosen for this exercise'
      : `the events from ${toIsoDay(s.domain[0])} to ${toIsoDay(s.domain[1] - 1)} (${describeFilters(s).join(' · ')})`,
  );
}
