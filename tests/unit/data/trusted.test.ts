import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTrustedDataset, readTrustedDataset } from '../../../src/data/trusted';
import { validateDataset } from '../../../src/data/validate';

const bytes = readFileSync(resolve(import.meta.dirname, '../../../data/events.json'));
const text = bytes.toString('utf8');

describe('the checked bundled dataset', () => {
  it('reads to exactly the dataset the full check builds', () => {
    const checked = validateDataset(JSON.parse(text));
    expect(checked.issues).toEqual([]);
    const trusted = parseTrustedDataset(text);
    expect(trusted.events).toEqual(checked.dataset?.events);
    expect(trusted.eras).toEqual(checked.dataset?.eras);
    expect([...trusted.answeredBy]).toEqual([...(checked.dataset?.answeredBy ?? [])]);
    expect({ ...trusted, events: 0, byId: 0, answeredBy: 0, eras: 0 }).toEqual({
      ...checked.dataset,
      events: 0,
      byId: 0,
      answeredBy: 0,
      eras: 0,
    });
  });

  it('is read without the schema only when the bytes have the hash the build wrote', async () => {
    const sha = createHash('sha256').update(bytes).digest('hex');
    const chunks = [new Uint8Array(bytes.buffer, bytes.byteOffset, 1000), new Uint8Array(bytes.subarray(1000))].map(
      (c) => new Uint8Array(c),
    );
    const read = await readTrustedDataset(chunks, sha);
    // Read a slice at a time, to the same dataset.
    expect(read?.events).toEqual(parseTrustedDataset(text).events);
    expect(read?.events.length).toBeGreaterThan(300);
    expect(read?.eras).toEqual(parseTrustedDataset(text).eras);
    expect(read?.title).toBe(parseTrustedDataset(text).title);
    const changed = new TextEncoder().encode(text.replace('"title"', '"title" '));
    expect(await readTrustedDataset([changed], sha)).toBeNull();
  });
});
