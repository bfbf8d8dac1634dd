/**
 * A category is one row of the table in src/data/categories.ts. These tests catch what the compiler cannot:
 * a category the legend cannot tell apart, one the data README does not define, a stale data/schema.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/data/categories';
import { categoryCss } from '../../../src/ui/styles/categoryStyles';

const root = resolve(import.meta.dirname, '../../..');
const ids = CATEGORIES.map((c) => c.id);

describe('the category table', () => {
  it('gives each category its own shape, so none is told apart by colour alone', () => {
    expect(new Set(CATEGORIES.map((c) => c.shape)).size).toBe(CATEGORIES.length);
  });

  it('gives each category its own colour in each theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colours = CATEGORIES.map((c) => c.colour[theme].toLowerCase());
      for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(new Set(colours).size).toBe(CATEGORIES.length);
    }
  });

  it('is defined, row for row and in the legend’s order, in the data README', () => {
    const readme = readFileSync(resolve(root, 'data/README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Categories'));
    const table = section.slice(0, section.indexOf('\n\n'));
    expect([...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1])).toEqual(ids);
  });

  it('is the schema’s list of categories (npm run schema writes data/schema.json)', () => {
    const schema = JSON.parse(readFileSync(resolve(root, 'data/schema.json'), 'utf8'));
    expect(schema.properties.events.items.properties.category.enum).toEqual(ids);
  });

  it('colours the chart: a variable and a class for each category', () => {
    const css = categoryCss();
    for (const c of CATEGORIES) {
      expect(css).toContain(`--c-${c.id}: light-dark(${c.colour.light}, ${c.colour.dark});`);
      expect(css).toContain(`.cat-${c.id} {\n  --c: var(--c-${c.id});\n}`);
    }
  });
});
