/** The curated dataset, loaded once for tests that must hold over every real event. */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../src/data/model';
import { validateDataset } from '../../../src/data/validate';

export function loadRealDataset(): Dataset {
  const { dataset } = validateDataset(JSON.parse(readFileSync('data/events.json', 'utf8')));
  if (!dataset) throw new Error('data/events.json does not validate');
  return dataset;
}
