/**
 * npm run extract -- FILE --published YYYY-MM-DD --url URL [--publisher NAME] [--data PATH]
 * Prints { "events": [ … ] }: candidate events found in a news article (.txt, .md or .html; - for standard
 * input), each in the dataset's schema with confidence, evidence, dateExpression and match. Warnings go to
 * standard error; bad input exits 1 with a message naming what is wrong, bad arguments exit 2.
 */
import { extractEvents } from '../src/extract/extract';
import { readArticleFile, readDataset } from './extractArticle';

const USAGE =
  'usage: npm run extract -- FILE --published YYYY-MM-DD --url URL [--publisher NAME] [--data PATH] [--min-confidence N]';

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

function parseArgs(argv: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value !== '-')) fail(`${arg} needs a value.\n${USAGE}`, 2);
      out[arg.slice(2)] = value;
      i += 1;
    } else if (out.file === undefined) out.file = arg;
    else fail(`unexpected argument "${arg}": give one file.\n${USAGE}`, 2);
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const known = new Set(['file', 'published', 'url', 'publisher', 'data', 'min-confidence']);
for (const key of Object.keys(args)) if (!known.has(key)) fail(`unknown option --${key}.\n${USAGE}`, 2);
if (!args.file) fail(`no article given: name a file, or - for standard input.\n${USAGE}`, 2);
if (!args.published) fail(`--published is missing: give the article's publication date as YYYY-MM-DD.\n${USAGE}`, 2);
if (!args.url) fail(`--url is missing: give the article's address.\n${USAGE}`, 2);
const minConfidence = args['min-confidence'] === undefined ? undefined : Number(args['min-confidence']);
if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) {
  fail(`--min-confidence "${args['min-confidence']}" is not a number from 0 to 1.`, 2);
}

const content = readArticleFile(args.file);
if (!content.ok) fail(content.message, 1);
const data = await readDataset(args.data ?? 'data/events.json');
if (!data.ok) fail(data.message, 1);

const result = extractEvents(
  {
    text: content.value.text,
    url: args.url,
    published: args.published,
    title: content.value.title ?? args.url,
    ...(args.publisher ? { publisher: args.publisher } : {}),
  },
  data.value,
  minConfidence === undefined ? {} : { minConfidence },
);
if (result.problem) fail(`${args.file === '-' ? 'standard input' : args.file}: ${result.problem}`, 1);
for (const w of result.warnings) console.error(`warning: ${w}`);
console.log(JSON.stringify({ events: result.events }, null, 2));
