/**
 * Exports invent nothing and lose nothing: for any valid dataset (records with warnings included: no tone, a
 * figure whose source does not exist, a source without a kind), export → parse → validate gives the same
 * events, whatever the text (quotes, commas, newlines, formula prefixes, control characters, RTL marks).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, SOURCE_KINDS } from '../../../src/data/categories';
import { parseOurCsv, serializeOurCsv } from '../../../src/data/csv';
import { toDatasetJson } from '../../../src/data/exportData';
import type { Dataset, TimelineEvent } from '../../../src/data/model';
import { parseTimelineJsJson } from '../../../src/data/timelinejs';
import { toTimelineJsJson } from '../../../src/data/timelinejsExport';
import { validateDataset } from '../../../src/data/validate';

const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(
      '"',
      "'",
      ',',
      ';',
      '\n',
      '\r',
      '\r\n',
      '\t',
      '\u0000',
      '\u0007',
      '\u202e',
      '\u200f',
      '\u2028',
      '\u00a0',
      '\ufeff',
      '=',
      '+',
      '-',
      '@',
      '<b>',
      '&amp;',
      '{',
      ' ',
      'a',
      'é',
      'ж',
    ),
  }),
);
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const dateSpec = fc
  .tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 }))
  .map(([y, m, d]) =>
    m === 0
      ? `${y}`
      : d === 0
        ? `${y}-${String(m).padStart(2, '0')}`
        : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );
const url = fc.webUrl({ validSchemes: ['http', 'https'] });
const source = fc.record(
  {
    url,
    title: text,
    publisher: text,
    date: dateSpec,
    kind: fc.constantFrom(...SOURCE_KINDS, 'bogus'),
    archived: url,
  },
  { requiredKeys: ['url'] },
);
const figure = fc.record(
  {
    value: fc.integer({ min: -1_000_000, max: 1_000_000 }),
    what: text,
    source: fc.integer({ min: -1, max: 4 }),
    note: text,
  },
  { requiredKeys: ['value'] },
);
const event = fc.record(
  {
    id: slug,
    date: dateSpec,
    end: dateSpec,
    title: text.filter((t) => t.trim() !== ''),
    summary: text,
    actors: fc.subarray(['US', 'RU']),
    category: fc.constantFrom(...CATEGORIES.map((c) => c.id), 'made-up'),
    tone: fc.integer({ min: -3, max: 3 }),
    figures: fc.array(figure, { maxLength: 3 }),
    respondsTo: fc.array(slug, { maxLength: 2 }),
    sources: fc.array(source, { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'date', 'title'] },
);
const datasets = fc
  .array(event, { maxLength: 6 })
  .map((events) => validateDataset({ title: 'T', version: '1', license: 'CC0', updated: '2026-01-01', events }).dataset)
  .filter((d): d is Dataset => d !== null && d.events.length > 0);

const reload = (raw: unknown) => validateDataset(raw).dataset?.events;

describe('exports round-trip', () => {
  it('our JSON: the same events, with no tone, figure source or source kind made up', () => {
    fc.assert(
      fc.property(datasets, (d) => {
        const text = toDatasetJson(d, d.events, { selection: 's', sourceUrl: 'https://example.org/' });
        expect(reload(JSON.parse(text))).toEqual(d.events);
      }),
    );
  });

  it('our CSV: the same events', () => {
    fc.assert(
      fc.property(datasets, (d) => {
        const parsed = parseOurCsv(serializeOurCsv(d.events));
        expect(parsed.issues).toEqual([]);
        expect(reload(parsed.raw)).toEqual(d.events);
      }),
    );
  });

  it('TimelineJS JSON: the same ids, dates, titles, summaries and categories, spaces as HTML collapses them', () => {
    // TimelineJS text is HTML: runs of white space are one space, and each line is trimmed.
    const collapse = (t: string) =>
      t
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n');
    const shown = (e: TimelineEvent) => ({
      id: e.id,
      date: e.date,
      end: e.end,
      title: collapse(e.title),
      summary: collapse(e.summary),
      category: e.category,
    });
    fc.assert(
      fc.property(datasets, (d) => {
        const doc = JSON.parse(JSON.stringify(toTimelineJsJson(d)));
        const back = reload(parseTimelineJsJson(doc).raw);
        expect(back?.map(shown)).toEqual(d.events.map(shown));
      }),
    );
  });
});
