/**
 * A value of the store that follows the store only once it has stopped changing for `delayMs`: the list
 * follows the window when a zoom or pan settles, not at every frame of it. The settled value renders as a
 * transition: React renders it in slices between which the page answers input, so a long list never holds up
 * a click or a frame.
 */
import { startTransition, useEffect, useState } from 'react';
import type { AppState } from '../state/store';
import { useStoreApi } from './StoreContext';

export function useSettled<T>(select: (s: AppState) => T, delayMs: number): T {
  const store = useStoreApi();
  const [value, setValue] = useState(() => select(store.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = select(store.getState());
    setValue(() => last);
    const unsubscribe = store.subscribe((s) => {
      const next = select(s);
      if (next === last) return;
      last = next;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => startTransition(() => setValue(() => last)), delayMs);
    });
    return () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
    };
  }, [store, select, delayMs]);
  return value;
}
