/**
 * Citations of hostile text: line breaks, control characters, braces and @ in a dataset's or an event's
 * fields must not forge lines, fields or records. Each format is parsed back with a minimal reader written
 * here (RIS by its line tags, BibTeX by counting braces as BibTeX does) and must give exactly one record
 * with the expected fields, the text kept on one line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTHOR, type CiteContext, citeApa, citeChicago, toBibtex, toCslJson, toRis } from '../../../src/data/cite';
import type { TimelineEvent } from '../../../src/data/model';
import { dataset, rawEvent } from '../fixtures';

const base = dataset([rawEvent({ id: '2021-04-15-us-sanctions', date: '2021-04-15' })]).events[0] as TimelineEvent;

/** Text rich in what breaks citation formats, mixed with arbitrary code units. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(
      '\n',
      '\r',
      '\r\n',
      '\t',
      '\u0000',
      '\u000b',
      '\u000c',
      '\u0085',
      '\u2028',
      '\u2029',
      '\u202e',
      '{',
      '}',
      '@',
      '\\',
      '%',
      '"',
      ',',
      '=',
      ' ',
      'TY  - JOUR',
      'ER  - ',
      'UR  - https://evil.example/',
      '@misc{evil,',
      'title = {x}',
      'a',
      'é',
    ),
  }),
);

/** What each field should read after the citation: one line, controls and line separators as single spaces. */
const oneLine = (s: string) =>
  s
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/^ | $/g, '');

const BREAKS = /[\r\n\v\f\u2028\u2029\p{Cc}]/u;

/** RIS: a record is TY … ER, one tagged line a field. Any line that is not a tag line is a forgery. */
function parseRis(text: string): [string, string][][] {
  const records: [string, string][][] = [];
  let current: [string, string][] | null = null;
  for (const line of text.split(/\r\n|[\r\n\v\f\u2028\u2029]|\p{Cc}/u)) {
    if (line === '') continue;
    const m = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    if (!m) throw new Error(`stray line ${JSON.stringify(line)}`);
    const [, tag = '', value = ''] = m;
    if (tag === 'TY') current = [];
    if (!current) throw new Error(`${tag} outside a record`);
    current.push([tag, value]);
    if (tag === 'ER') {
      records.push(current);
      current = null;
    }
  }
  if (current) throw new Error('a record without ER');
  return records;
}

/** BibTeX as BibTeX reads it: entries start with @ outside braces; every brace counts, backslash or not. */
function parseBibtex(text: string): { type: string; key: string; fields: [string, string][] }[] {
  const entries: { type: string; key: string; fields: [string, string][] }[] = [];
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(text[i] ?? '')) i += 1;
  };
  const braced = () => {
    if (text[i] !== '{') throw new Error(`expected { at ${i}`);
    let depth = 0;
    const start = i;
    do {
      if (text[i] === '{') depth += 1;
      else if (text[i] === '}') depth -= 1;
      i += 1;
      if (i > text.length) throw new Error('unbalanced braces');
    } while (depth > 0);
    return text.slice(start + 1, i - 1);
  };
  for (;;) {
    const at = text.indexOf('@', i);
    if (at < 0) break;
    i = at + 1;
    const type = /^[A-Za-z]+/.exec(text.slice(i))?.[0] ?? '';
    i += type.length;
    if (text[i] !== '{') throw new Error('expected { after the entry type');
    i += 1;
    const comma = text.indexOf(',', i);
    const key = text.slice(i, comma);
    i = comma + 1;
    const fields: [string, string][] = [];
    for (;;) {
      skipSpace();
      if (text[i] === '}') {
        i += 1;
        break;
      }
      const name = /^[a-z]+/.exec(text.slice(i))?.[0];
      if (!name) throw new Error(`expected a field name at ${JSON.stringify(text.slice(i, i + 20))}`);
      i += name.length;
      skipSpace();
      if (text[i] !== '=') throw new Error('expected =');
      i += 1;
      skipSpace();
      fields.push([name, braced()]);
      skipSpace();
      if (text[i] === ',') i += 1;
    }
    entries.push({ type, key, fields });
  }
  return entries;
}

const unBibtex = (v: string) =>
  v.replace(
    /\\textbackslash\{\}|\\textbraceleft\{\}|\\textbraceright\{\}|\\\^\{\}|\\~\{\}|\\([%&$#_])/g,
    (m, c: string | undefined) =>
      c ??
      ({ '\\textbackslash{}': '\\', '\\textbraceleft{}': '{', '\\textbraceright{}': '}', '\\^{}': '^', '\\~{}': '~' }[
        m
      ] as string),
  );

const contexts = fc.record({
  title: hostile,
  version: hostile,
  updated: fc.oneof(fc.constant('2026-11-28'), hostile),
  eventTitle: hostile,
  withEvent: fc.boolean(),
});

function build(c: { title: string; version: string; updated: string; eventTitle: string; withEvent: boolean }) {
  const ctx: CiteContext = {
    dataset: { title: c.title, version: c.version, updated: c.updated },
    url: 'https://example.org/?event=2021-04-15-us-sanctions',
    accessed: '2026-11-30',
  };
  const event = c.withEvent ? { ...base, title: c.eventTitle } : undefined;
  const year = /^\d{4}/.exec(c.updated)?.[0] ?? 'n.d.';
  const title = event ? oneLine(`${c.eventTitle} (15 April 2021)`) : oneLine(c.title);
  return { ctx, event, year, title };
}

describe('citations of hostile text', () => {
  it('RIS: exactly one record with the expected tags, each value on its line', () => {
    fc.assert(
      fc.property(contexts, (c) => {
        const { ctx, event, year, title } = build(c);
        const records = parseRis(toRis(ctx, event));
        expect(records).toHaveLength(1);
        expect(records[0]).toEqual([
          ['TY', event ? 'ELEC' : 'DATA'],
          ['TI', title],
          ['AU', AUTHOR],
          ['PY', year],
          ...(event ? [['T2', oneLine(c.title)]] : []),
          ['ET', oneLine(c.version)],
          ['UR', ctx.url],
          ['Y2', '2026-11-30'],
          ['ER', ''],
        ]);
      }),
    );
  });

  it('BibTeX: exactly one entry with the expected fields, braces balanced as BibTeX counts them', () => {
    fc.assert(
      fc.property(contexts, (c) => {
        const { ctx, event, year, title } = build(c);
        const text = toBibtex(ctx, event);
        expect(text.split('\n').filter((l) => l.trimStart().startsWith('@'))).toHaveLength(1);
        const entries = parseBibtex(text);
        expect(entries).toHaveLength(1);
        const fields = Object.fromEntries(entries[0]?.fields.map(([k, v]) => [k, unBibtex(v)]) ?? []);
        expect(Object.keys(fields)).toEqual([
          'title',
          'author',
          'year',
          'version',
          'url',
          'urldate',
          ...(event ? ['booktitle'] : []),
          'note',
        ]);
        expect(fields.title).toBe(title);
        expect(fields.year).toBe(year);
        expect(fields.version).toBe(oneLine(c.version));
        if (event) expect(fields.booktitle).toBe(oneLine(c.title));
        for (const v of Object.values(fields)) expect(v).not.toMatch(BREAKS);
      }),
    );
  });

  it('CSL-JSON: exactly one item with the expected fields', () => {
    fc.assert(
      fc.property(contexts, (c) => {
        const { ctx, event } = build(c);
        const items = JSON.parse(toCslJson(ctx, event));
        expect(items).toHaveLength(1);
        expect(items[0].title).toBe(event ? oneLine(c.eventTitle) : oneLine(c.title));
        expect(items[0].version).toBe(oneLine(c.version));
        if (event) expect(items[0]['container-title']).toBe(oneLine(c.title));
        expect(items[0].URL).toBe(ctx.url);
        // A date that is not one is left out, never written as [[null]].
        if (c.updated === '2026-11-28') expect(items[0].issued).toEqual({ 'date-parts': [[2026, 11, 28]] });
        expect(JSON.stringify(items[0])).not.toContain('null');
      }),
    );
  });

  it('APA and Chicago: one line, each field where the style puts it', () => {
    fc.assert(
      fc.property(contexts, (c) => {
        const { ctx, event, year } = build(c);
        const apa = citeApa(ctx, event);
        const chicago = citeChicago(ctx, event);
        for (const text of [apa, chicago]) expect(text).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
        const t = oneLine(c.title);
        const v = oneLine(c.version);
        const retrieved = `Retrieved November 30, 2026, from ${ctx.url}`;
        // An empty version is left out, not written as "(Version )".
        const version = v ? ` (Version ${v})` : '';
        expect(apa).toBe(
          event
            ? `${AUTHOR}. (${year}). ${oneLine(c.eventTitle)} [Timeline entry, 15 April 2021]. In ${t}${version}. ${retrieved}`
            : `${AUTHOR}. (${year}). ${t}${version} [Data set]. ${retrieved}`,
        );
        expect(
          chicago.startsWith(
            event ? `${AUTHOR}. “${oneLine(c.eventTitle)}” (15 April 2021). In ${t}.` : `${AUTHOR}. ${t}. Dataset.`,
          ),
        ).toBe(true);
        expect(chicago.endsWith(`Accessed November 30, 2026. ${ctx.url}.`)).toBe(true);
      }),
    );
  });
});
