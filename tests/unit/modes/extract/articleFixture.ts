/** The INF article of the extraction fixtures, read against the curated dataset: four candidates, two matched. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset } from '../../../../src/data/model';
import { validateDataset } from '../../../../src/data/validate';
import { type Article, extractEvents } from '../../../../src/extract/extract';
import { EMPTY_WORKBENCH, reduceWorkbench, type Workbench } from '../../../../src/modes/extract/workbench';

const ROOT = resolve(import.meta.dirname, '../../../..');

export const INF_TEXT = readFileSync(resolve(ROOT, 'tests/fixtures/articles/inf-treaty-ends-2019.txt'), 'utf8');

export const INF_ARTICLE: Article = {
  text: INF_TEXT,
  url: 'https://www.example-wire.com/world/inf-treaty-ends',
  published: '2019-08-02',
  title: 'U.S. formally leaves INF arms treaty with Russia',
  publisher: 'Example Wire',
};

let curated: Dataset | null = null;
export function curatedDataset(): Dataset {
  if (curated) return curated;
  const { dataset } = validateDataset(JSON.parse(readFileSync(resolve(ROOT, 'data/events.json'), 'utf8')));
  if (!dataset) throw new Error('data/events.json is not a dataset');
  curated = dataset;
  return dataset;
}

export function infWorkbench(): Workbench {
  const result = extractEvents(INF_ARTICLE, curatedDataset());
  return reduceWorkbench(EMPTY_WORKBENCH, { type: 'extracted', article: INF_ARTICLE, result });
}
