/**
 * Panels the first screen can do without for a frame (how to read the chart, the list below it) render just
 * after the page's first frame with the chart has been painted, not in the same task: the first marks wait
 * on less work, and the long first task is cut in two. Their space does not hold the chart's: the reading key
 * sits in its own column and the list below the chart, so nothing above them moves when they arrive.
 */
import { useEffect, useState } from 'react';

/** False until the frame after the first render has been painted. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A requestAnimationFrame callback runs before the next paint; a task queued from it runs after it.
    const frame =
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame(() => {
            timer = setTimeout(() => setPainted(true), 0);
          })
        : null;
    if (frame === null) timer = setTimeout(() => setPainted(true), 0);
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}
