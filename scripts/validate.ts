/**
 * npm run validate [file] [--stats]: checks a dataset against the schema and the curation policy and prints
 * every problem with its event id and field. Exits 1 on any problem, error or warning.
 */
import { readFileSync } from 'node:fs';
import { formatIssue } from '../src/data/model';
import { checkPolicy } from '../src/data/policy';
import { computeStats, formatStats } from '../src/data/stats';
import { validateDataset } from '../src/data/validate';

const args = process.argv.slice(2);
const wantStats = args.includes('--stats');
const file = args.find((a) => !a.startsWith('--')) ?? 'data/events.json';

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`${file}: cannot be read as JSON: ${(err as Error).message}`);
  process.exit(1);
}

const { dataset, issues } = validateDataset(raw);
const all = [...issues, ...(dataset ? checkPolicy(dataset, { nowMs: Date.now() }) : [])];
for (const issue of all) console.log(formatIssue(issue));
if (dataset && wantStats) console.log(formatStats(computeStats(dataset)));
if (all.length > 0) {
  console.error(`${file}: ${all.length} problem(s); ${dataset?.events.length ?? 0} event(s) valid.`);
  process.exit(1);
}
console.log(`${file}: ${dataset?.events.length ?? 0} events, no problems.`);
