/**
 * Counts and messages a user reads: rejected records counted as records, U+FFFD told apart from bytes that are
 * not UTF-8, download progress and size limits stated truly for compressed answers, and quoted values short
 * and unable to reorder the message they stand in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fetchBytes, type LoadProgress, MAX_DATASET_BYTES } from '../../../src/data/fetchText';
import { loadFile, parseDatasetBytes } from '../../../src/data/load';
import { countIssues, formatIssue } from '../../../src/data/model';
import { parseAnyDataset } from '../../../src/data/parseAny';
import { validateDataset } from '../../../src/data/validate';
import { rawDataset, rawEvent } from '../fixtures';

describe('countIssues', () => {
  it('counts records with an error, not errors: 13 bad records with 18 errors are 13 rejected', () => {
    const bad = [
      ...Array.from({ length: 8 }, (_, i) => rawEvent({ id: `one-${i}`, date: '2021-13-01' })),
      ...Array.from({ length: 5 }, (_, i) => rawEvent({ id: `two-${i}`, date: '2021-13-01', title: '' })),
    ];
    const { issues } = validateDataset(rawDataset([rawEvent({ id: 'good', tone: 9 }), ...bad]));
    expect(issues.filter((i) => i.level === 'error')).toHaveLength(18);
    expect(countIssues(issues)).toEqual({ rejected: 13, warnings: 1 });
  });
});

describe('UTF-8', () => {
  const csv = 'id,date,title,summary,actors,category,tone,source1_url,source1_title,source1_publisher,source1_kind\n';
  const row = 'a,2021-04-15,Caf\uFFFD sign,S,US,sanctions,-2,https://e.org/,t,p,news\n';

  it('loads a valid UTF-8 file that contains U+FFFD', async () => {
    const r = await loadFile(new File([csv + row], 'mine.csv'));
    expect(r.ok && r.dataset.events[0]?.title).toBe('Caf\uFFFD sign');
    const bytes = new TextEncoder().encode(csv + row);
    const fetched = await parseDatasetBytes([bytes.slice(0, 120), bytes.slice(120)], 'mine.csv');
    expect(fetched.ok && fetched.dataset.events[0]?.title).toBe('Caf\uFFFD sign');
  });

  it('refuses bytes that are not UTF-8, from a file or a download', async () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode(csv), 0x61, 0x2c, 0xe9, 0x0a]);
    const fromFile = await loadFile(new File([latin1], 'latin1.csv'));
    expect(fromFile.ok ? '' : fromFile.message).toMatch(/^latin1\.csv is not UTF-8 text/);
    const fetched = await parseDatasetBytes([latin1], 'latin1.csv');
    expect(fetched.ok ? '' : fetched.message).toMatch(/^latin1\.csv is not UTF-8 text/);
  });
});

/** A response whose body is `chunk` sent `times` times, with the given headers. */
function answer(chunk: Uint8Array, times: number, headers: Record<string, string>): typeof fetch {
  return (async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= times) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    return new Response(body, { status: 200, headers });
  }) as unknown as typeof fetch;
}

describe('compressed answers', () => {
  const MB = 1024 * 1024;
  const chunk = new Uint8Array(MB).fill(0x20);

  it('never shows more received than the total: a gzip answer has no known total', async () => {
    const seen: LoadProgress[] = [];
    const headers = { 'Content-Encoding': 'gzip', 'Content-Length': String(MB / 10) };
    await fetchBytes('z.json', { fetchFn: answer(chunk, 40, headers), onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toEqual({ phase: 'download', loaded: 40 * MB, total: null });
  });

  it('drops a total the body outgrows (a compressed answer from another site hides its encoding)', async () => {
    const seen: LoadProgress[] = [];
    await fetchBytes('z.json', {
      fetchFn: answer(chunk, 3, { 'Content-Length': String(MB / 10) }),
      onProgress: (p) => seen.push(p),
    });
    expect(seen.every((p) => p.total === null || p.loaded <= p.total)).toBe(true);
    expect(seen.at(-1)?.total).toBeNull();
  });

  it('states a bomb’s size truly: over the limit, not exactly at it', async () => {
    const headers = { 'Content-Encoding': 'gzip', 'Content-Length': '1000' };
    const big = new Uint8Array(8 * MB);
    const got = await fetchBytes('bomb.json', { fetchFn: answer(big, MAX_DATASET_BYTES / (8 * MB) + 2, headers) });
    expect(got.ok ? '' : got.message).toBe(
      'bomb.json is over the 200.0 MB limit (reading stopped after 208.0 MB): split it, or filter it to the events you need.',
    );
  });
});

/** Bidi controls that open an embedding, override or isolate. */
const OPENERS = /[\u202a-\u202e\u2066\u2067]/;

/** Every U+2068 (first-strong isolate) is closed by U+2069 before the next opens, and nothing else is open. */
function isolatesBalanced(text: string): boolean {
  let open = false;
  for (const c of text) {
    if (c === '\u2068') {
      if (open) return false;
      open = true;
    } else if (c === '\u2069') {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

/** The text between each pair of isolate marks: the quoted values. */
const isolated = (text: string) => [...text.matchAll(/\u2068([^\u2069]*)\u2069/g)].map((m) => m[1] ?? '');

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({
    unit: fc.constantFrom('\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', 'abc', 'אב', '\n', '"'),
    maxLength: 200,
  }),
);

describe('quoted values in messages', () => {
  it('quote at most 80 characters, then …, isolated so bidi controls cannot reorder the message', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (id, category, target) => {
        const { issues } = validateDataset(
          rawDataset([
            rawEvent({ id: 'a', category, respondsTo: [target] }),
            rawEvent({ id: 'a' }),
            rawEvent({ id, date: 'x' }),
            rawEvent({ id: 'b', sources: [{ url: id, title: 't', publisher: 'p', kind: 'news' }] }),
          ]),
        );
        for (const issue of issues) {
          const text = formatIssue(issue);
          expect(text).not.toMatch(OPENERS);
          expect(isolatesBalanced(text)).toBe(true);
          for (const value of isolated(text)) expect([...value].length).toBeLessThanOrEqual(81);
          // Two quoted values of up to 81 characters each, and the words around them.
          expect([...text].length).toBeLessThan(300);
          expect(text).not.toMatch(/[\r\n\u2028\u2029]/);
        }
      }),
    );
  });

  it('cuts a long value with an ellipsis, and isolates right-to-left text', () => {
    const long = 'x'.repeat(300);
    const { issues } = validateDataset(
      rawDataset([rawEvent({ id: 'a', respondsTo: [long, 'ab\u202e12', 'אב\u202eג 12'] })]),
    );
    expect(issues.map((i) => i.message)).toEqual([
      `"${'x'.repeat(80)}…" is not an event in this dataset`,
      '"ab12" is not an event in this dataset',
      '"\u2068אבג 12\u2069" is not an event in this dataset',
    ]);
  });

  it('cuts the first row of an unknown CSV, and strips bidi controls from the name of a file', async () => {
    const r = await parseAnyDataset(`name\u202e,when${'y'.repeat(200)}\nx,2021\n`, 'f.csv');
    const message = r.issues[0]?.message ?? '';
    expect(message).not.toMatch(OPENERS);
    expect(message).toContain(`"name,when${'y'.repeat(71)}…"`);
    const loaded = await loadFile(new File([''], 'evil\u202egnp.csv'));
    expect(loaded.ok ? '' : loaded.message).toBe(
      'evilgnp.csv is empty: a dataset is JSON ({"events": […]}) or CSV with a header row.',
    );
    const hebrew = await loadFile(new File([''], 'קובץ 2.csv'));
    expect(hebrew.ok ? '' : hebrew.message).toMatch(/^\u2068קובץ 2\.csv\u2069 is empty/);
  });
});
