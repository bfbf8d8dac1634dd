/** The rubric the page shows is data/README.md's, word for word. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TONE_RUBRIC, TONE_RUBRIC_INTRO } from '../../../../src/ui/analysis/toneRubric';

const readme = readFileSync(resolve(import.meta.dirname, '../../../../data/README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Tone rubric'));
const table = section.slice(section.indexOf('| tone |'), section.indexOf('\n\n', section.indexOf('| tone |')));

describe('the tone rubric on the page', () => {
  it('has the rows of the data README’s table, in order', () => {
    const rows = table
      .split('\n')
      .slice(2)
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    expect(rows).toHaveLength(5);
    expect(TONE_RUBRIC.map((r) => [r.tone, r.meaning, r.examples])).toEqual(rows);
  });

  it('has its introduction', () => {
    const intro = section
      .slice(section.indexOf('\n') + 1, section.indexOf('\n\n'))
      .replace(/\s+/g, ' ')
      .replace(/`/g, '')
      .replace(/:$/, '.');
    expect(TONE_RUBRIC_INTRO).toBe(intro);
  });
});
