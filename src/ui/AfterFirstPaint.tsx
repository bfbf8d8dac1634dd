/**
 * Panels the first screen can do without for a frame (how to read the chart, the analysis bar and the list
 * below it, the colophon) render just after the first frame with the chart's data has been painted, not in
 * the same task: the first marks wait on less work, and the long first task is cut in two. None of them is
 * above the chart or in its space: the reading key sits in its own column and the rest below the chart, so
 * nothing on screen moves when they arrive.
 */
import { startTransition, useEffect, useState } from 'react';

/**
 * False until the frame after the first render with `ready` true has been painted (the page's frame mounts
 * while the data downloads: a paint of the empty frame does not count). Once true it stays true.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || !ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A requestAnimationFrame callback runs before the next paint; a task queued from it runs after it. The
    // panels render as a transition: in slices between which the page answers input, not as one long task.
    const show = () => startTransition(() => setPainted(true));
    const frame =
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame(() => {
            timer = setTimeout(show, 0);
          })
        : null;
    if (frame === null) timer = setTimeout(show, 0);
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted, ready]);
  return painted;
}
