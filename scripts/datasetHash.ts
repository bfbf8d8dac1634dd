/**
 * Prints the SHA-256 of data/events.json when the file passes the schema with no issue at all, else nothing
 * (and says why on stderr). The build writes it into the page (vite.config.ts, checkedDatasetHash).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDataset } from '../src/data/validate';

const bytes = readFileSync(resolve(import.meta.dirname, '../data/events.json'));
const { issues } = validateDataset(JSON.parse(bytes.toString('utf8')));
if (issues.length > 0) {
  console.error(`data/events.json has ${issues.length} issue(s): the page will check it in the browser`);
} else {
  process.stdout.write(createHash('sha256').update(bytes).digest('hex'));
}
