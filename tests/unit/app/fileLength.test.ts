import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file of the app's source, split by concern: none over this many lines (ARCHITECTURE.md). */
const MAX_LINES = 300;
const SRC = join(import.meta.dirname, '../../../src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)],
  );
}

describe('source files', () => {
  it(`are at most ${MAX_LINES} lines each`, () => {
    const files = filesUnder(SRC).filter((f) => /\.(ts|tsx|css|js)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((f) => [relative(SRC, f), readFileSync(f, 'utf8').split('\n').length - 1] as const)
      .filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });
});
