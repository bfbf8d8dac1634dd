/**
 * `npx tsx scripts/benchAnalysis.ts [-- --size 10000 --runs 20 --seed N]`: times the analysis and exercise
 * computations on a seeded synthetic dataset (scripts/bench/generate.ts) and prints a Markdown table of the
 * median (and the fastest) of `runs` timed calls each, after three untimed warm-up calls. Target: under 5 ms each at 10,000
 * events; the tone bootstrap is timed twice: cold (a new seed each call, so every bin is resampled) and
 * warm (the same seed: intervals come from the cache of bin contents). What the page does instead of the cold
 * bootstrap is timed too: the means with the intervals left pending (each redraw), and the idle-time steps that
 * compute the intervals (each step, and all of them together).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { comparePresets, computePeriodSummary, serializeCompareCsv } from '../src/analysis/compare';
import { parseComparePeriod } from '../src/analysis/period';
import { computeReciprocity } from '../src/analysis/reciprocity';
import { chooseBinUnit, computeToneBins, createToneIntervalJob, serializeToneCsv } from '../src/analysis/tone';
import type { TimelineEvent } from '../src/data/model';
import { validateDataset } from '../src/data/validate';
import { serializeMoodleXml } from '../src/exercises/moodleXml';
import { drawOrderCards, shuffle, solveOrder } from '../src/exercises/orderCards';
import { buildQuiz } from '../src/exercises/quiz';
import { scoreOrder } from '../src/exercises/scoreOrder';
import { rankOf } from '../src/timeline/rank';
import { createTimeScale } from '../src/timeline/scale';
import { computeToneModel } from '../src/timeline/toneModel';
import { createToneSource } from '../src/ui/chart/toneSource';
import { generateDataset } from './bench/generate';
import { median } from './bench/util';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '20' },
    seed: { type: 'string', default: '20261128' },
  },
});
const size = Math.max(1, Number(args.size) || 10_000);
const runs = Math.max(1, Number(args.runs) || 20);
const seed = Number(args.seed) || 1;
const TARGET_MS = 5;

const { dataset, issues } = validateDataset(generateDataset(size, seed, resolve(import.meta.dirname, '..')));
if (!dataset) throw new Error(`the synthetic dataset does not validate: ${issues[0]?.message ?? 'no reason given'}`);
const { events, byId, eras } = dataset;
const fullDomain: [number, number] = [events[0]?.startMs ?? 0, (events[events.length - 1]?.endMs ?? 0) + 1];
const zoomDomain: [number, number] = [Date.UTC(2013, 0, 1), Date.UTC(2016, 0, 1)];
const rank = (e: TimelineEvent) => Math.abs(e.tone ?? 0) * 10 + e.respondsTo.length + e.sources.length;

/** Median and fastest ms of `runs` calls of fn(i); three warm-up calls first (i = −1, −2, −3). */
function time(fn: (i: number) => unknown): [median: number, fastest: number] {
  for (let i = 0; i < 3; i += 1) fn(-1 - i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    fn(i);
    ms.push(performance.now() - t0);
  }
  return [median(ms) ?? Number.NaN, Math.min(...ms)];
}

const fullUnit = chooseBinUnit(fullDomain[1] - fullDomain[0], 1200);
const zoomUnit = chooseBinUnit(zoomDomain[1] - zoomDomain[0], 1200);
const cards = drawOrderCards(events, 12, 'bench');
const fullBins = computeToneBins(events, fullDomain, fullUnit);
const compareB = parseComparePeriod('2018..2021');
if (!compareB.ok) throw new Error(compareB.error);
const ranks = rankOf(dataset);
const timelineRank = (e: TimelineEvent) => ranks.get(e.id) ?? Number.NaN;
const fullScale = createTimeScale(fullDomain, 1200);
// The chart's tone source on a pan: the same first and last bin, so the bins are reused.
const source = createToneSource(() => {}, { later: () => () => {}, now: () => performance.now() });
const panned = (i: number): [number, number] => [
  fullDomain[0] + (i % 7) * 86_400_000,
  fullDomain[1] + (i % 7) * 86_400_000,
];

/** The page's idle-time interval work, cold: each step of 20,000 draws timed, and all of them together. */
function timeIntervalSteps(seed: string): { steps: number[]; totalMs: number } {
  const pending = computeToneBins(events, fullDomain, fullUnit, { seed, intervals: 'cached' }).filter(
    (b) => b.ciPending,
  );
  const steps: number[] = [];
  const t0 = performance.now();
  for (const bin of pending) {
    const job = createToneIntervalJob(bin.toneCounts, { seed });
    for (;;) {
      const s0 = performance.now();
      const done = job.step(20_000);
      steps.push(performance.now() - s0);
      if (done) break;
    }
  }
  return { steps, totalMs: performance.now() - t0 };
}

const rows: [string, [number, number], boolean][] = [
  [
    `tone, whole period (${fullUnit} bins), bootstrap cold`,
    time((i) => computeToneBins(events, fullDomain, fullUnit, { seed: `cold-${i}` })),
    false,
  ],
  [
    `tone, whole period (${fullUnit} bins), bootstrap cached`,
    time(() => computeToneBins(events, fullDomain, fullUnit)),
    true,
  ],
  [
    `tone, 3 years (${zoomUnit} bins), bootstrap cold`,
    time((i) => computeToneBins(events, zoomDomain, zoomUnit, { seed: `cold-${i}` })),
    false,
  ],
  [
    `tone, 3 years (${zoomUnit} bins), bootstrap cached`,
    time(() => computeToneBins(events, zoomDomain, zoomUnit)),
    true,
  ],
  [
    `tone means, whole period (${fullUnit} bins), intervals pending (each redraw)`,
    time((i) => computeToneBins(events, fullDomain, fullUnit, { seed: `pending-${i}`, intervals: 'cached' })),
    true,
  ],
  [
    `tone means, 3 years (${zoomUnit} bins), intervals pending (each redraw)`,
    time((i) => computeToneBins(events, zoomDomain, zoomUnit, { seed: `pending-${i}`, intervals: 'cached' })),
    true,
  ],
  [
    'tone strip in px (toneModel), whole period at 1200 px',
    time(() => computeToneModel({ unit: fullUnit, bins: fullBins }, fullScale, 400)),
    true,
  ],
  ['tone source on a pan frame (bins reused)', time((i) => source.input(events, panned(i), 1200)), true],
  ['tone CSV (whole period)', time(() => serializeToneCsv(fullBins)), true],
  ['reciprocity (links, lags, shares, chains)', time(() => computeReciprocity(events, byId)), true],
  [
    'compare: two period summaries and their CSV',
    time(() =>
      serializeCompareCsv(
        computePeriodSummary(events, [Date.UTC(2014, 0, 1), Date.UTC(2018, 0, 1)], rank),
        computePeriodSummary(events, compareB.domain, rank),
      ),
    ),
    true,
  ],
  [
    'compare: two summaries with the timeline’s landmark rank (rankOf, cached per dataset)',
    time(() => [
      computePeriodSummary(events, [Date.UTC(2014, 0, 1), Date.UTC(2018, 0, 1)], timelineRank),
      computePeriodSummary(events, compareB.domain, timelineRank),
    ]),
    true,
  ],
  ['compare presets from the eras', time(() => comparePresets(eras)), true],
  ['order: draw 12 cards and shuffle', time((i) => shuffle(drawOrderCards(events, 12, i), i)), true],
  [
    'order: score 12 cards',
    time((i) =>
      scoreOrder(
        shuffle(cards, i).map((c) => c.id),
        solveOrder(cards),
      ),
    ),
    true,
  ],
  ['quiz: 10 questions', time((i) => buildQuiz(events, byId, i, 10)), true],
  ['Moodle XML of 12 cards', time(() => serializeMoodleXml(cards, { name: 'bench' })), true],
];

const links = computeReciprocity(events, byId).links;
console.log(
  `${events.length.toLocaleString('en-US')} synthetic events (seed ${seed}, ${links} response links), median of ${runs} runs, ` +
    `Node ${process.version}, load ${loadavg()[0]?.toFixed(2)}\n`,
);
console.log('| computation | median ms | fastest ms | target |');
console.log('| --- | ---: | ---: | --- |');
for (const [name, [ms, fastest], targeted] of rows) {
  const verdict = targeted
    ? ms < TARGET_MS
      ? `met (< ${TARGET_MS} ms)`
      : `MISSED (< ${TARGET_MS} ms)`
    : 'none: cached after';
  console.log(`| ${name} | ${ms.toFixed(2)} | ${fastest.toFixed(2)} | ${verdict} |`);
}
const idle = Array.from({ length: Math.min(runs, 5) }, (_, i) => timeIntervalSteps(`idle-${i}`));
const allSteps = idle.flatMap((r) => r.steps);
console.log(
  `\nIntervals in idle time, whole period cold (${idle.length} runs): ${allSteps.length / idle.length} steps of 20,000 draws a run, ` +
    `step median ${(median(allSteps) ?? Number.NaN).toFixed(2)} ms, longest ${Math.max(...allSteps).toFixed(2)} ms; ` +
    `all intervals ${(median(idle.map((r) => r.totalMs)) ?? Number.NaN).toFixed(1)} ms of idle work (the page runs steps for up to 4 ms a slice).`,
);
// Other work on a shared machine stretches medians; the fastest run shows the cost without it.
console.log(`\nload at the end: ${loadavg()[0]?.toFixed(2)}`);
