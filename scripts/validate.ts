/**
 * npm run validate [file] [--stats]: checks a dataset against the schema and the curation policy and prints
 * every problem with its event id and field (and, for CSV, its spreadsheet row). Reads our JSON, our CSV and
 * TimelineJS's sheet or JSON, told apart by content. Exits 1 on any error; warnings (weak hosts) are printed
 * and counted but do not fail.
 */
import { readFileSync } from 'node:fs';
import { decodeUtf8 } from '../src/data/decodeText';
import { formatIssue } from '../src/data/model';
import { attachRows, validateAnyDataset } from '../src/data/parseAny';
import { checkPolicy, computeCuratedIssues } from '../src/data/policy';
import { computeStats, formatStats } from '../src/data/stats';

const args = process.argv.slice(2);
const wantStats = args.includes('--stats');
const file = args.find((a) => !a.startsWith('--')) ?? 'data/events.json';

let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (err) {
  console.error(`${file}: cannot be read: ${(err as Error).message}`);
  process.exit(1);
}
// Decoded as the app decodes it: bytes that are not UTF-8 are an error, a U+FFFD in the text is not.
const decoded = decodeUtf8([bytes], file);
if (!decoded.ok) {
  console.error(decoded.message);
  process.exit(1);
}
const text = decoded.text;

const result = await validateAnyDataset(text, file);
const { dataset } = result;
const policy = dataset ? attachRows(checkPolicy(dataset, { nowMs: Date.now() }), result) : [];
const all = dataset ? computeCuratedIssues(result.issues, policy) : result.issues;
for (const issue of all) console.log(formatIssue(issue));
if (dataset && wantStats) console.log(formatStats(computeStats(dataset)));
const read = result.format && result.format !== 'json' ? ` (read as ${result.format})` : '';
const errors = all.filter((i) => i.level === 'error').length;
const warnings = all.length - errors;
const counts = `${errors} error(s), ${warnings} warning(s)`;
if (errors > 0) {
  console.error(`${file}${read}: ${counts}; ${dataset?.events.length ?? 0} event(s) valid.`);
  process.exit(1);
}
console.log(
  `${file}${read}: ${dataset?.events.length ?? 0} events, ${warnings ? `no errors, ${warnings} warning(s)` : 'no problems'}.`,
);
