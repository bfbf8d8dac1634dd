import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCleanDataset, readCleanText } from '../../../src/data/cleanRead';
import type { Dataset } from '../../../src/data/model';
import { validateDataset } from '../../../src/data/validate';

type Obj = Record<string, unknown>;

/** The two readings compared field by field (the indexes as entries, so a difference names the event). */
function expectSame(quick: Dataset, full: Dataset | null) {
  expect(full).not.toBeNull();
  expect(quick.events).toEqual(full?.events);
  expect(quick.eras).toEqual(full?.eras);
  expect([...quick.answeredBy]).toEqual([...(full?.answeredBy ?? [])]);
  expect([...quick.byId.keys()]).toEqual([...(full?.byId.keys() ?? [])]);
  const { events, byId, answeredBy, eras, ...header } = quick;
  expect(header).toEqual({
    title: full?.title,
    version: full?.version,
    license: full?.license,
    updated: full?.updated,
    through: full?.through,
    longestMs: full?.longestMs,
  });
}

const day = fc
  .record({
    y: fc.integer({ min: 1991, max: 2026 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const dateSpec = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
  day.map((d) => d.slice(0, 4)),
);
const words = fc.constantFrom('Talks in Geneva', ' Sanctions ', 'A call', 'Треугольник', 'x');
const source = fc.record(
  {
    url: fc.constantFrom(
      'https://www.state.gov/a',
      'https://www.reuters.com/b',
      'http://kremlin.ru/c',
      'mailto:desk@example.org',
    ),
    title: words,
    publisher: words,
    date: dateSpec,
    kind: fc.constantFrom('government-us', 'government-ru', 'news', 'reference'),
    archived: fc.constant('https://web.archive.org/web/2021/https://example.org/'),
  },
  { requiredKeys: ['url', 'title', 'publisher', 'kind'] },
);
const figure = fc.record(
  { value: fc.integer({ min: -5, max: 500 }), what: words, source: fc.integer({ min: 0, max: 3 }), note: fc.string() },
  { requiredKeys: ['value', 'what', 'source'] },
);

/** A dataset every field of which is valid; ids are unique and responses point only at earlier events. */
const cleanDataset = fc
  .array(
    fc.record(
      {
        date: day,
        title: words,
        summary: words,
        actors: fc.subarray(['US', 'RU'], { minLength: 1 }),
        category: fc.constantFrom('diplomacy', 'sanctions', 'military', 'summit', 'statement'),
        tone: fc.integer({ min: -2, max: 2 }),
        figures: fc.array(figure, { maxLength: 2 }),
        sources: fc.array(source, { minLength: 1, maxLength: 3 }),
        answers: fc.array(fc.nat(), { maxLength: 2 }),
        extra: fc.boolean(),
      },
      { requiredKeys: ['date', 'title', 'summary', 'actors', 'category', 'tone', 'sources', 'answers', 'extra'] },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((records) => ({
    title: 'Generated',
    version: '1',
    license: 'CC BY 4.0',
    updated: '2026-11-30',
    through: '2026-11-30',
    eras: [{ id: 'era-a', title: 'An era', start: '1991-12-25', end: '1999-12-31', kind: 'period' }],
    events: records.map(({ answers, extra, ...r }, i) => ({
      id: `e-${i}`,
      ...r,
      ...(i > 0 && answers.length > 0 ? { respondsTo: answers.map((a) => `e-${a % i}`) } : {}),
      ...(extra ? { note: 'a field the schema does not know' } : {}),
    })),
  }));

/** Ways to spoil a clean dataset: each one the full path reports, rejects or repairs (or, for some, ignores). */
const mutations: ((d: Obj, i: number) => void)[] = [
  (d, i) => delete ev(d, i).id,
  (d, i) => (ev(d, i).date = '2021-02-30'),
  (d, i) => (ev(d, i).date = '0999-01-01'),
  (d, i) => (ev(d, i).end = '1990'),
  (d, i) => (ev(d, i).end = null),
  (d, i) => (ev(d, i).disclosed = 'soon'),
  (d, i) => (ev(d, i).title = '   '),
  (d, i) => (ev(d, i).summary = 42),
  (d, i) => (ev(d, i).actors = []),
  (d, i) => (ev(d, i).actors = ['US', 'UK']),
  (d, i) => (ev(d, i).category = 'nonsense'),
  (d, i) => (ev(d, i).tone = 1.5),
  (d, i) => (ev(d, i).tone = 3),
  (d, i) => (ev(d, i).sources = []),
  (d, i) => (src(d, i).url = 'javascript:alert(1)'),
  (d, i) => (src(d, i).url = 'https://tass.com/politics/1'),
  (d, i) => (src(d, i).kind = 'blog'),
  (d, i) => (src(d, i).country = 'ru'),
  (d, i) => (src(d, i).archived = 'ftp://x.org/'),
  (d, i) => (src(d, i).title = ''),
  (d, i) => (ev(d, i).figures = [{ value: '10', what: 'diplomats', source: 0 }]),
  (d, i) => (ev(d, i).figures = [{ value: 10, what: 'diplomats', source: -1 }]),
  (d, i) => (ev(d, i).respondsTo = [ev(d, i).id]),
  (d, i) => (ev(d, i).respondsTo = ['missing']),
  (d, i) => (ev(d, i).respondsTo = 'e-0'),
  (d, i) => (ev(d, 0).respondsTo = [ev(d, i).id]),
  (d, i) => (ev(d, i).id = 'has space'),
  (d) => (evs(d)[1] = { ...ev(d, 0) }),
  (d) => (evs(d) as unknown[]).push(7),
  (d) => (d.through = 'soon'),
  (d) => (d.eras = { a: 1 }),
  (d) => (d.eras = [{ id: ' era-a', title: 'An era', start: '1991', end: '1999', kind: 'period' }]),
  (d) => (d.eras = [{ id: 'era-a', title: 'An era', start: '1999', end: '1991', kind: 'period' }]),
  (d) => (d.eras = [{ id: 'era-a', title: 'An era', start: '1991', end: '1999', kind: 'reign' }]),
  (d) => (d.title = { text: 'TimelineJS' }),
  (d) => (d.title = 7),
  (d, i) => (ev(d, i).start_date = { year: 2021 }),
  (d) => delete d.through,
  (d) => delete d.eras,
];
const evs = (d: Obj) => d.events as Obj[];
/** The i-th record (a stand-in when an earlier spoiling left something else there). */
const ev = (d: Obj, i: number): Obj => {
  const e = evs(d)[i % evs(d).length];
  return typeof e === 'object' && e !== null ? e : {};
};
const src = (d: Obj, i: number): Obj => {
  const s = ev(d, i).sources;
  return Array.isArray(s) && typeof s[0] === 'object' && s[0] !== null ? s[0] : {};
};

describe('reading a clean dataset without the schema', () => {
  it('reads the bundled dataset to exactly what the full check builds', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../../data/events.json'), 'utf8');
    const full = validateDataset(JSON.parse(text));
    expect(full.issues).toEqual([]);
    const quick = readCleanText(text);
    expect(quick).not.toBeNull();
    if (quick) expectSame(quick, full.dataset);
  });

  it('reads every generated clean dataset, and to the same dataset as the full check', () => {
    fc.assert(
      fc.property(cleanDataset, (d) => {
        const full = validateDataset(structuredClone(d));
        expect(full.issues).toEqual([]);
        const quick = readCleanDataset(structuredClone(d));
        expect(quick).not.toBeNull();
        if (quick) expectSame(quick, full.dataset);
      }),
      { numRuns: 300 },
    );
  });

  it('never reads a dataset the full check has anything to say about, and agrees where it reads one', () => {
    let declined = 0;
    fc.assert(
      fc.property(
        cleanDataset,
        fc.array(fc.tuple(fc.nat(mutations.length - 1), fc.nat()), { minLength: 1, maxLength: 3 }),
        (d, picks) => {
          const spoilt = structuredClone(d) as Obj;
          for (const [m, i] of picks) mutations[m]?.(spoilt, i);
          const full = validateDataset(structuredClone(spoilt));
          const quick = readCleanDataset(structuredClone(spoilt));
          if (quick === null) {
            declined++;
            return;
          }
          expect(full.issues).toEqual([]);
          expectSame(quick, full.dataset);
        },
      ),
      { numRuns: 1500 },
    );
    // Most spoilt datasets are declined (the few that are not lost only an optional era or `through`).
    expect(declined).toBeGreaterThan(1000);
  });

  it('declines what is not our JSON: broken text, a bare array, TimelineJS, CSV', () => {
    expect(readCleanText('{"events": [')).toBeNull();
    expect(readCleanText('[]')).toBeNull();
    expect(readCleanText('id,date,title\n')).toBeNull();
    expect(readCleanText('{"title": {"text": "A"}, "events": []}')).toBeNull();
    expect(readCleanText('{"events": [{"start_date": {"year": 2021}}]}')).toBeNull();
    expect(readCleanText('\uFEFF{"title": "Empty", "events": []}')?.title).toBe('Empty');
  });
});
