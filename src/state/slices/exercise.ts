/**
 * The exercise slice: how many cards (or questions) and the seed that makes an exercise's cards and their
 * shuffle the same for every student who opens its link.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../store';

export interface ExerciseState {
  /** Cards in an ordering exercise, or questions in a quiz, 3 to 12; null: the mode's default. */
  readonly n: number | null;
  /** The exercise's seed; null until one is given or made. */
  readonly seed: string | null;
}

export interface ExerciseActions {
  setExercise(change: Partial<ExerciseState>): void;
}

export const createExerciseActions: StateCreator<AppState, [], [], ExerciseActions> = (set, get) => ({
  setExercise: (change) => {
    const s = get();
    const n = change.n === undefined ? s.n : change.n;
    const seed = change.seed === undefined ? s.seed : change.seed;
    if (n !== s.n || seed !== s.seed) set({ n, seed });
  },
});
