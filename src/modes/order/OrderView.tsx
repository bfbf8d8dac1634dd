/**
 * Order mode: "put these events in order". n cards (default 6) from the view's events or its story, the
 * same for everyone with the same link (seed=); reordered by dragging or by the keyboard (Space lifts,
 * ↑/↓ move, Space drops, Escape cancels; each change announced). Check marks each card and reveals its date
 * and sources, and scores by positions and by pairs; Try again and Show solution follow. On paper: cut-out
 * cards and an answer key.
 */
import { useMemo } from 'react';
import { computeOrderSet } from '../../ui/exercise/exerciseSet';
import { useExerciseSeed, useExerciseSource } from '../../ui/exercise/useExerciseSeed';
import { useAppState, useSelector } from '../../ui/StoreContext';
import { OrderExercise } from './OrderExercise';
import '../../ui/exercise/exercise.css';
import './order.css';

export function OrderView() {
  const seed = useExerciseSeed();
  const events = useSelector('presentationEvents');
  const n = useAppState((s) => s.n);
  const fromStory = useAppState((s) => s.story !== null);
  const source = useExerciseSource();
  const set = useMemo(
    () => (seed === null ? null : computeOrderSet(events, fromStory, n, seed)),
    [events, fromStory, n, seed],
  );
  if (!set || seed === null) return null;
  // A new set of cards is a new exercise: its state starts afresh.
  return <OrderExercise key={`${seed}|${set.start.join(',')}`} set={set} seed={seed} source={source} />;
}
