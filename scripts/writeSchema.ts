/**
 * npm run schema: writes data/schema.json (JSON Schema) from the zod schema in src/data/schema.ts, the
 * one place the data model is written. With --check it only verifies the file is current (npm test).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { DatasetSchema } from '../src/data/schema';

const OUT = 'data/schema.json';
const schema = {
  ...z.toJSONSchema(DatasetSchema, { unrepresentable: 'any', io: 'input' }),
  title: 'US–Russia relations timeline dataset',
  description:
    'Events with dates at their precision (YYYY, YYYY-MM or YYYY-MM-DD), actors, category, tone and sources. ' +
    'Dates must also be real calendar dates, and links http, https or mailto; `npm run validate` checks those and the curation policy.',
};
const text = `${JSON.stringify(schema, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // missing: reported below
  }
  if (current !== text) {
    console.error(`${OUT} is out of date with src/data/schema.ts: run npm run schema`);
    process.exit(1);
  }
  console.log(`${OUT} is current.`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
