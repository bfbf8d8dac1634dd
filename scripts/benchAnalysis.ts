/**
 * `npx tsx scripts/benchAnalysis.ts [-- --size 10000 --runs 20 --seed N]`: times the analysis and exercise
 * computations on a seeded synthetic dataset (scripts/bench/generate.ts) and prints a Markdown table of the
 * median (and the fastest) of `runs` timed calls each, after three untimed warm-up calls. Target: under 5 ms each at 10,000
 * events; the tone bootstrap is timed twice: cold (a new seed each call, so every bin is resampled) and
 * warm (the same seed: intervals come from the cache of bin contents).
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { comparePresets, computePeriodSummary, serializeCompareCsv } from '../src/analysis/compare';
import { parseComparePeriod } from '../src/analysis/period';
import { computeReciprocity } from '../src/analysis/reciprocity';
import { chooseBinUnit, computeToneBins, serializeToneCsv } from '../src/analysis/tone';
import type { TimelineEvent } from '../src/data/model';
import { validateDataset } from '../src/data/validate';
import { serializeMoodleXml } from '../src/exercises/moodleXml';
import { drawOrderCards, shuffle, solveOrder } from '../src/exercises/orderCards';
import { buildQuiz } from '../src/exercises/quiz';
import { scoreOrder } from '../src/exercises/scoreOrder';
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
// Other work on a shared machine stretches medians; the fastest run shows the cost without it.
console.log(`\nload at the end: ${loadavg()[0]?.toFixed(2)}`);
