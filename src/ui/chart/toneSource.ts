/**
 * The tone strip's bins for the chart, loaded after the first paint (the strip is not needed to draw it).
 * Means now, intervals later: each draw gets the means and the intervals already computed (a pass over the
 * events, well under 5 ms at 10,000 events); the missing intervals are computed in idle time, in slices of
 * about 4 ms made of bounded bootstrap steps, and the chart is redrawn once they are all there. The same
 * events give the same interval whenever it is computed (the bootstrap is seeded by the bin's contents).
 */
import {
  chooseBinUnit,
  computeToneBins,
  createToneIntervalJob,
  type ToneBin,
  type ToneCounts,
  type ToneOptions,
} from '../../analysis/tone';
import type { Domain } from '../../data/domain';
import type { TimelineEvent } from '../../data/model';
import type { ToneStripInput } from '../../timeline/toneModel';

/** Random draws per bootstrap step: about 0.2 ms. */
const DRAWS_PER_STEP = 20_000;
/** The longest stretch of interval work before the page gets the thread back. */
const SLICE_MS = 4;
const OPTIONS: ToneOptions = { intervals: 'cached' };

export interface ToneScheduler {
  /** Runs `work` when the page is idle; returns a cancel function. */
  later(work: () => void): () => void;
  now(): number;
}

const browserScheduler: ToneScheduler = {
  later: (work) => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(work, { timeout: 1000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(work, 16);
    return () => clearTimeout(id);
  },
  now: () => performance.now(),
};

export interface ToneSource {
  /** The strip's bins for this window and width: means now, intervals as far as computed. */
  input(events: readonly TimelineEvent[], domain: Domain, widthPx: number): ToneStripInput;
  /** The bins last drawn, every interval computed (at once if still pending): what the CSV download holds. */
  complete(): readonly ToneBin[] | null;
  dispose(): void;
}

interface Last {
  readonly events: readonly TimelineEvent[];
  readonly domain: Domain;
  readonly key: string;
  readonly input: ToneStripInput;
}

/** `onIntervals` is called (to redraw) once every pending interval of the bins drawn last is computed. */
export function createToneSource(onIntervals: () => void, scheduler: ToneScheduler = browserScheduler): ToneSource {
  let last: Last | null = null;
  /** Stays when `last` is dropped to read the new intervals. */
  let drawn: Last | null = null;
  let cancel: (() => void) | null = null;
  type Job = ReturnType<typeof createToneIntervalJob>;
  let queue: Job[] = [];
  /** Jobs by bin contents, so a bin still in view after a pan keeps the work done on it. */
  let jobs = new Map<string, Job>();

  const work = () => {
    cancel = null;
    const start = scheduler.now();
    while (queue.length > 0 && scheduler.now() - start < SLICE_MS) {
      if (queue[0]?.step(DRAWS_PER_STEP)) queue.shift();
    }
    if (queue.length > 0) {
      cancel = scheduler.later(work);
      return;
    }
    jobs = new Map();
    // Every interval is in the cache now: the next draw reads them.
    last = null;
    onIntervals();
  };

  const schedule = (pending: readonly ToneCounts[]) => {
    const next = new Map<string, Job>();
    for (const counts of pending) {
      const key = counts.join(';');
      next.set(key, next.get(key) ?? jobs.get(key) ?? createToneIntervalJob(counts, OPTIONS));
    }
    jobs = next;
    queue = [...next.values()];
    if (queue.length > 0 && !cancel) cancel = scheduler.later(work);
    if (queue.length === 0) {
      cancel?.();
      cancel = null;
    }
  };

  return {
    input(events, domain, widthPx) {
      const unit = chooseBinUnit(domain[1] - domain[0], widthPx);
      // Bins are whole calendar bins: a pan inside the same first and last bin changes nothing.
      const key = `${unit}|${binStart(domain[0], unit)}|${binStart(domain[1] - 1, unit)}`;
      if (last && last.events === events && last.key === key) return last.input;
      const bins = computeToneBins(events, domain, unit, OPTIONS);
      last = { events, domain, key, input: { unit, bins } };
      drawn = last;
      schedule(bins.filter((b) => b.ciPending).map((b) => b.toneCounts));
      return last.input;
    },
    complete() {
      if (!drawn) return null;
      return computeToneBins(drawn.events, drawn.domain, drawn.input.unit, { ...OPTIONS, intervals: 'compute' });
    },
    dispose() {
      cancel?.();
      cancel = null;
      queue = [];
      jobs = new Map();
    },
  };
}

/** The UTC year, quarter or month index holding `ms`: bins start at these. */
function binStart(ms: number, unit: ToneStripInput['unit']): number {
  const d = new Date(ms);
  const months = d.getUTCFullYear() * 12 + d.getUTCMonth();
  return unit === 'year' ? Math.floor(months / 12) : unit === 'quarter' ? Math.floor(months / 3) : months;
}
