/**
 * src/analysis and src/exercises are pure computations for views still to come: they may import their own
 * folder, src/data and npm packages, but no view, store or DOM library, so they stay testable without a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN_PACKAGES = ['react', 'react-dom', 'd3-selection', 'd3-zoom', 'd3-transition', 'zustand'];

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');
}

describe.each(['analysis', 'exercises'])('src/%s imports', (folder) => {
  const dir = join('src', folder);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('has modules to check', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it.each(files)('%s imports only its folder, src/data and packages other than view and store ones', (file) => {
    const bad = importsOf(join(dir, file)).filter((spec) => {
      if (spec.startsWith('./')) return false;
      if (spec.startsWith('../')) return !spec.startsWith('../data/');
      return FORBIDDEN_PACKAGES.includes(spec.split('/')[0] ?? '');
    });
    expect(bad).toEqual([]);
  });
});
