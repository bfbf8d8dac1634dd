/**
 * Synthetic datasets in our schema for the benchmark: deterministic for a seed, spread over Dec 1991 –
 * Nov 2026 with dense episodes (crises, summits) on top of a uniform background, mostly day precision,
 * ~2% with an `end`, a few `respondsTo` links to earlier events and one https source each.
 */
import { readFileSync } from 'node:fs';
import { ACTORS, CATEGORIES, SOURCE_KINDS } from '../../src/data/categories';
import { DAY_MS, toIsoDay } from '../../src/data/dates';
import type { RawDataset, RawEra, RawEvent } from '../../src/data/schema';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START_MS = Date.UTC(1991, 11, 25);
const END_MS = Date.UTC(2026, 10, 28);

/** Dense episodes: [centre, spread in days, weight]. Roughly the relationship's busiest periods. */
const EPISODES: readonly [string, number, number][] = [
  ['1993-01-03', 20, 1],
  ['1999-03-24', 40, 1],
  ['2001-11-13', 30, 1],
  ['2008-08-10', 25, 2],
  ['2010-04-08', 30, 1],
  ['2014-03-18', 60, 4],
  ['2016-12-29', 30, 2],
  ['2018-03-26', 30, 2],
  ['2020-08-20', 40, 1],
  ['2022-02-24', 90, 6],
  ['2024-08-01', 30, 1],
  ['2025-08-15', 40, 2],
];
const EPISODE_SHARE = 0.55;

const VERBS: Record<string, string> = {
  summit: 'holds summit on',
  diplomacy: 'opens talks on',
  'arms-control': 'announces arms-control step on',
  cooperation: 'agrees cooperation on',
  economy: 'acts on trade and energy in',
  statement: 'issues statement on',
  law: 'passes law on',
  sanctions: 'imposes sanctions over',
  expulsion: 'expels diplomats over',
  cyber: 'reports cyber operation in',
  military: 'moves forces near',
  prisoners: 'exchanges prisoners after',
};
const TOPICS = ['Ukraine', 'Syria', 'New START', 'NATO', 'Georgia', 'the Arctic', 'space', 'elections', 'gas'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** A roughly normal deviate (sum of three uniforms), mean 0 and standard deviation ~1. */
function gauss(rand: () => number): number {
  return (rand() + rand() + rand() - 1.5) * 2;
}

function randomDayMs(rand: () => number): number {
  const episodes = EPISODES.reduce((s, [, , w]) => s + w, 0);
  if (rand() < EPISODE_SHARE) {
    let r = rand() * episodes;
    for (const [centre, spread, w] of EPISODES) {
      r -= w;
      if (r > 0) continue;
      const ms = Date.parse(centre) + Math.round(gauss(rand) * spread) * DAY_MS;
      return Math.min(END_MS - DAY_MS, Math.max(START_MS, ms));
    }
  }
  return START_MS + Math.floor(rand() * ((END_MS - START_MS) / DAY_MS)) * DAY_MS;
}

function dateText(rand: () => number, ms: number): string {
  const day = toIsoDay(ms);
  const r = rand();
  return r < 0.85 ? day : r < 0.96 ? day.slice(0, 7) : day.slice(0, 4);
}

function erasOf(root: string): RawEra[] {
  try {
    return JSON.parse(readFileSync(`${root}/data/events.json`, 'utf8')).eras ?? [];
  } catch {
    return [];
  }
}

export function generateDataset(size: number, seed: number, root: string): RawDataset {
  const rand = prng(seed ^ size);
  const days = Array.from({ length: size }, () => randomDayMs(rand)).sort((a, b) => a - b);
  const events: RawEvent[] = [];
  days.forEach((ms, i) => {
    const date = dateText(rand, ms);
    const id = `bench-${String(i).padStart(6, '0')}-${date}`;
    const category = pick(rand, CATEGORIES).id;
    const a = rand();
    const actors = a < 0.45 ? [ACTORS[0]] : a < 0.9 ? [ACTORS[1]] : [...ACTORS];
    const title = `${actors.join(' and ')} ${VERBS[category] ?? 'acts on'} ${pick(rand, TOPICS)} (#${i + 1})`;
    const event: RawEvent = {
      id,
      date,
      title,
      summary: `Synthetic event ${i + 1} for the benchmark. ${title}. It stands for a sourced record of its kind.`,
      actors,
      category,
      tone: Math.floor(rand() * 5) - 2,
      sources: [
        {
          url: `https://example.org/bench/${id}`,
          title: `Report on ${title}`,
          publisher: pick(rand, ['Reuters', 'AP', 'State Department', 'Kremlin', 'TASS']),
          date: date,
          kind: pick(rand, SOURCE_KINDS),
        },
      ],
    };
    if (date.length === 10 && rand() < 0.024) {
      event.end = toIsoDay(Math.min(END_MS - DAY_MS, ms + Math.ceil(rand() * rand() * 3000) * DAY_MS));
      if (event.end <= date) delete event.end;
    }
    const earlier = events[Math.max(0, i - 1 - Math.floor(rand() * 50))];
    if (earlier && rand() < 0.03) event.respondsTo = [earlier.id];
    events.push(event);
  });
  return {
    title: `Benchmark: ${size.toLocaleString('en-US')} synthetic events`,
    version: `bench-${seed}`,
    license: 'CC0',
    updated: toIsoDay(END_MS),
    eras: erasOf(root),
    events,
  };
}
