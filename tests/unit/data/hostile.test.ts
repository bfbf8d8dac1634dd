/**
 * Hostile and random documents through parseAnyDataset + validateDataset, in every format we read. For each:
 * nothing throws; every accepted event has the fields the schema requires; every link we keep is http, https
 * or mailto; and Object.prototype is untouched by "__proto__", "constructor" and "prototype" keys.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ACTORS, SOURCE_KINDS } from '../../../src/data/categories';
import { parseDateSpec } from '../../../src/data/dates';
import { parseAnyDataset, validateAnyDataset } from '../../../src/data/parseAny';
import { TIMELINEJS_COLUMNS } from '../../../src/data/timelinejs';
import { validateDataset } from '../../../src/data/validate';

const RUNS = { seed: 42, numRuns: 300 };
const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

const links = fc.constantFrom(
  'https://example.org/a',
  'http://example.org/b?x=1&y=<2>',
  'mailto:desk@example.org',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  'https://example.org/\u202Egnp.exe',
);

const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      '<a'.repeat(500),
      '\u202Eevil\u202C',
      '\u0000\u0001\u001b[31m\u007f',
      '=HYPERLINK("http://evil.example")',
      '__proto__',
      'constructor',
      'prototype',
      '',
      '   ',
      '2021',
      '2021-04-15',
      '2021-13-45',
      '2021-02-29',
      'US',
      'RU',
      'sanctions',
      '-2',
    ),
  },
  { weight: 1, arbitrary: links },
  { weight: 1, arbitrary: fc.constant('x'.repeat(100_000)) },
);

/**
 * Deep nesting is spliced into the JSON text in place of this marker, so that fast-check never has to print
 * (recursively) a 3000-deep value when it reports a counterexample.
 */
const DEEP = '@@deep@@';
const DEEP_JSON = `${'['.repeat(3000)}{"polluted":1}${']'.repeat(3000)}`;

function toJsonText(value: unknown): string {
  return JSON.stringify(value).replaceAll(JSON.stringify(DEEP), DEEP_JSON);
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 3 }),
  fc.constant(DEEP),
);

const source = fc.record(
  {
    url: fc.oneof(links, hostileValue),
    title: hostileValue,
    publisher: hostileValue,
    date: hostileValue,
    kind: fc.oneof(fc.constantFrom(...SOURCE_KINDS), hostileValue),
    archived: fc.oneof(links, hostileValue),
  },
  { requiredKeys: [] },
);

const event = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', 'a-1', '2021-04-15-x'), hostileValue),
    date: fc.oneof(fc.constantFrom('2021', '2021-04', '2021-04-15'), hostileValue),
    end: fc.oneof(fc.constantFrom('2022', '2020-01-01'), hostileValue),
    title: hostileValue,
    summary: hostileValue,
    actors: fc.oneof(fc.subarray([...ACTORS]), hostileValue),
    category: hostileValue,
    tone: fc.oneof(fc.integer({ min: -3, max: 3 }), hostileValue),
    figures: fc.oneof(
      fc.array(fc.record({ value: hostileValue, what: hostileValue, source: hostileValue })),
      hostileValue,
    ),
    respondsTo: fc.oneof(fc.array(hostileText, { maxLength: 3 }), hostileValue),
    sources: fc.oneof(fc.array(source, { maxLength: 3 }), hostileValue),
  },
  { requiredKeys: [] },
);

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];

/** A deep copy in which every object also has own "__proto__", "constructor" and "prototype" keys. */
function withProtoKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withProtoKeys);
  if (typeof v !== 'object' || v === null) return v;
  const out = {};
  for (const key of PROTO_KEYS) {
    Object.defineProperty(out, key, {
      value: { polluted: 'yes' },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  for (const [key, value] of Object.entries(v)) {
    Object.defineProperty(out, key, {
      value: withProtoKeys(value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function expectPrototypeClean(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTO_NAMES);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}

/** Parses and validates `text` and checks every property this file promises. */
async function checkDocument(text: string, name: string): Promise<void> {
  const parsed = await parseAnyDataset(text, name);
  if (parsed.format !== null) validateDataset(parsed.raw);
  const { dataset, issues } = await validateAnyDataset(text, name);
  for (const issue of issues) expect(typeof issue.message).toBe('string');
  for (const e of dataset?.events ?? []) {
    expect(e.id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
    expect(parseDateSpec(e.date)).not.toBeNull();
    if (e.end !== null) expect(parseDateSpec(e.end)?.endMs ?? 0).toBeGreaterThan(e.startMs);
    expect(typeof e.title).toBe('string');
    expect(e.title.trim()).not.toBe('');
    expect(typeof e.summary).toBe('string');
    for (const a of e.actors) expect(ACTORS).toContain(a);
    for (const s of e.sources) {
      expect(SAFE_PROTOCOLS).toContain(new URL(s.url).protocol);
      if (s.archived !== null) expect(SAFE_PROTOCOLS).toContain(new URL(s.archived).protocol);
    }
  }
  expect(new Set(dataset?.events.map((e) => e.id)).size).toBe(dataset?.events.length ?? 0);
  expectPrototypeClean();
}

describe('hostile documents', () => {
  it('JSON in our schema: wrong types, huge strings, deep nesting, links, HTML and prototype keys', async () => {
    const doc = fc.record({
      title: hostileValue,
      events: fc.oneof(
        { weight: 4, arbitrary: fc.array(fc.oneof({ weight: 4, arbitrary: event }, hostileValue), { maxLength: 6 }) },
        hostileValue,
      ),
      eras: fc.oneof(
        fc.array(
          fc.record({
            id: hostileValue,
            title: hostileValue,
            start: hostileValue,
            end: hostileValue,
            kind: hostileValue,
          }),
        ),
        hostileValue,
      ),
    });
    await fc.assert(
      fc.asyncProperty(doc, fc.boolean(), async (d, proto) => {
        await checkDocument(toJsonText(proto ? withProtoKeys(d) : d), 'hostile.json');
      }),
      RUNS,
    );
  });

  it('JSON crafted with "__proto__" text at every level', async () => {
    const proto = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}';
    const text = `{${proto},"events":[{${proto},"id":"a","date":"2021","title":"T","actors":["US"],"sources":[{${proto},"url":"https://x.org","title":"t","publisher":"p","kind":"news"}]}]}`;
    await checkDocument(text, 'proto.json');
    const { dataset } = await validateAnyDataset(text, 'proto.json');
    expect(dataset?.events.map((e) => e.id)).toEqual(['a']);
  });

  it('TimelineJS JSON with hostile slides', async () => {
    const date = fc.oneof(
      fc.record(
        { year: fc.oneof(fc.integer({ min: -5000, max: 3000 }), hostileValue), month: hostileValue, day: hostileValue },
        { requiredKeys: [] },
      ),
      hostileValue,
    );
    const slide = fc.record(
      {
        start_date: date,
        end_date: date,
        text: fc.oneof(fc.record({ headline: hostileValue, text: hostileValue }, { requiredKeys: [] }), hostileValue),
        media: fc.oneof(
          fc.record({ url: fc.oneof(links, hostileValue), caption: hostileValue, credit: hostileValue }),
          hostileValue,
        ),
        group: hostileValue,
        display_date: hostileValue,
        unique_id: hostileValue,
      },
      { requiredKeys: ['start_date'] },
    );
    const doc = fc.record({
      title: fc.oneof(fc.record({ text: fc.record({ headline: hostileValue }) }), hostileValue),
      events: fc.array(fc.oneof({ weight: 5, arbitrary: slide }, hostileValue), { minLength: 1, maxLength: 6 }),
      eras: fc.oneof(fc.array(slide, { maxLength: 2 }), hostileValue),
    });
    await fc.assert(
      fc.asyncProperty(doc, fc.boolean(), async (d, proto) => {
        await checkDocument(toJsonText(proto ? withProtoKeys(d) : d), 'timeline.json');
      }),
      RUNS,
    );
  });

  it('CSV in our format and in TimelineJS format, quoted properly or not at all', async () => {
    const ours = ['id', 'date', 'end', 'title', 'summary', 'actors', 'category', 'tone', 'respondsTo', 'figures'];
    const sourceColumns = ['source1_url', 'source1_title', 'source1_publisher', 'source1_kind', 'source1_archived'];
    const header = fc.oneof(
      fc.constant<string[]>([...ours, ...sourceColumns]),
      fc.constant<string[]>([...TIMELINEJS_COLUMNS]),
      fc
        .array(hostileText, { maxLength: 5 })
        .map((extra) => ['id', 'date', 'title', ...extra, '__proto__', 'constructor']),
    );
    const cell = fc.oneof(
      hostileText,
      links,
      fc.constantFrom('US;RU', '[{"value":1,"what":"x","source":0}]', '{"__proto__":{"polluted":1}}'),
    );
    const rows = fc.array(fc.array(cell, { maxLength: 20 }), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(header, rows, fc.boolean(), async (h, r, quoted) => {
        const text = quoted ? Papa.unparse({ fields: h, data: r }) : [h, ...r].map((row) => row.join(',')).join('\n');
        await checkDocument(text, 'hostile.csv');
      }),
      RUNS,
    );
  });

  it('random text of any kind, after any opening', async () => {
    const opening = fc.constantFrom('', '{', '[', '<', '\uFEFF', 'id,date,title\n', 'Year,Headline\n', '{"events":[');
    await fc.assert(
      fc.asyncProperty(opening, fc.string({ unit: 'binary', maxLength: 300 }), async (start, rest) => {
        await checkDocument(start + rest, 'random');
      }),
      RUNS,
    );
  });
});

describe('hostile links and text are never kept as links', () => {
  it('drops every non-http(s)/mailto link from CSV and TimelineJS, keeping the record where allowed', async () => {
    const csv = [
      'id,date,title,source1_url,source1_title,source1_publisher,source1_kind,source2_url,source2_title,source2_publisher,source2_kind',
      'a,2021,T,javascript:alert(1),t,p,news,https://ok.org,t,p,news',
      'b,2021,T,https://ok.org,t,p,news,,,,',
    ].join('\n');
    const fromCsv = await validateAnyDataset(csv, 'x.csv');
    expect(fromCsv.dataset?.events.map((e) => e.id)).toEqual(['b']);
    expect(fromCsv.issues.find((i) => i.level === 'error')).toMatchObject({ row: 2, id: 'a', field: 'sources[0].url' });
    const sheet = 'Year,Headline,Media\n2021,<b onclick="x()">T</b>,data:text/html;base64,PHNjcmlwdD4=\n';
    const fromSheet = await validateAnyDataset(sheet, 'x.csv');
    expect(fromSheet.dataset?.events[0]?.title).toBe('T');
    expect(fromSheet.dataset?.events[0]?.sources).toEqual([]);
  });
});
