/**
 * npm run extract:eval [-- --verbose [--sentences]] [--dir DIR] [--report-only]: runs the extractor on every article under
 * tests/fixtures/articles (NAME.txt, .md or .html beside NAME.key.json), prints precision and recall for
 * events, the share of exact dates, of right actors and of figures found, and exits 1 below the targets
 * (with --report-only it prints the figures and the targets missed, and exits 0).
 * npm run extract:heldout evaluates tests/fixtures/articles-heldout that way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseArticle, findArticleCandidates } from '../src/extract/article';
import { classifyMiss, type Drop, MISS_CLASSES, type MissClass } from '../src/extract/diagnose';
import {
  addTally,
  belowTargets,
  computeScores,
  emptyTally,
  type FixtureKey,
  scoreFixture,
  TARGETS,
} from '../src/extract/evaluate';
import { extractEvents } from '../src/extract/extract';
import { readArticleFile, readDataset } from './extractArticle';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const reportOnly = args.includes('--report-only');
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? (args[dirAt + 1] ?? '') : 'tests/fixtures/articles';
const data = await readDataset('data/events.json');
if (!data.ok) {
  console.error(data.message);
  process.exit(1);
}

let total = emptyTally();
const missClasses = new Map<MissClass, number>(MISS_CLASSES.map((c) => [c, 0]));
const keys = readdirSync(dir)
  .filter((f) => f.endsWith('.key.json'))
  .sort();
if (keys.length === 0) {
  console.error(`${dir}: no NAME.key.json files; nothing to evaluate.`);
  process.exit(1);
}
for (const keyFile of keys) {
  const name = keyFile.replace(/\.key\.json$/, '');
  const article = ['.txt', '.md', '.html'].map((ext) => join(dir, name + ext)).find((p) => existsSync(p));
  if (!article) {
    console.error(`${name}: no ${name}.txt, .md or .html beside its key.`);
    process.exit(1);
  }
  const key = JSON.parse(readFileSync(join(dir, keyFile), 'utf8')) as FixtureKey;
  const content = readArticleFile(article);
  if (!content.ok) {
    console.error(content.message);
    process.exit(1);
  }
  const result = extractEvents(
    {
      text: content.value.text,
      url: key.url,
      published: key.published,
      title: content.value.title ?? key.url,
      ...(key.publisher ? { publisher: key.publisher } : {}),
    },
    data.value,
  );
  if (result.problem) {
    console.error(`${name}: ${result.problem}`);
    process.exit(1);
  }
  const scored = scoreFixture(result.events, key);
  const analyses = analyseArticle(content.value.text, key.published);
  const drops: Drop[] = [];
  const raws = findArticleCandidates(analyses, key.published, (sentence, hit, why) =>
    drops.push({ sentence, word: hit.text, why }),
  );
  const misses = scored.missed.map((e) => classifyMiss(e, analyses, raws, result.events, drops));
  for (const m of misses) missClasses.set(m.kind, (missClasses.get(m.kind) ?? 0) + 1);
  total = addTally(total, scored.tally);
  const t = scored.tally;
  const flag = scored.missed.length + scored.extra.length + scored.wrongDates.length > 0 ? ' *' : '';
  console.log(`${name.padEnd(32)} expected ${t.expected}  found ${t.found}  matched ${t.matched}${flag}`);
  if (verbose) {
    for (const [i, e] of scored.missed.entries()) {
      const miss = misses[i];
      const why = (miss?.drops ?? []).map((d) => ` "${d.word}": ${d.why}`).join(';');
      console.log(`    missed  ${e.date} ${e.category} ${e.actors.join('+')} [${miss?.kind}${why}]`);
      // --sentences: the sentences that name the missed act's date (three at most).
      if (args.includes('--sentences'))
        for (const at of (miss?.naming ?? []).slice(0, 3))
          console.log(`      | ${analyses[at]?.sentence.text.slice(0, 240)}`);
    }
    for (const c of scored.extra)
      console.log(
        `    extra   ${c.date} ${c.category} ${c.actors.join('+')} (${c.confidence}) ${c.title} | ${c.evidence.sentence.slice(0, 90)}`,
      );
    for (const [f, c] of scored.missedFigures) {
      const got = (c?.figures ?? []).map((g) => `${g.value} ${g.what}`).join('; ') || 'none';
      console.log(
        `    figure  ${f.value} ${f.what} not found (${c ? `candidate has: ${got}` : 'its event was missed'})`,
      );
    }
    for (const [e, c] of scored.wrongDates)
      console.log(
        `    date    expected ${e.date}, got ${c.date} (${c.dateExpression ?? 'no date words'}) ${e.category}`,
      );
  }
}
const s = computeScores(total);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log('');
console.log(
  `fixtures ${keys.length}, expected events ${total.expected}, candidates ${total.found}, matched ${total.matched}`,
);
console.log(`event precision ${pct(s.precision)} (target ${pct(TARGETS.precision)})`);
console.log(`event recall    ${pct(s.recall)} (target ${pct(TARGETS.recall)})`);
console.log(`exact dates     ${pct(s.exactDates)} of matched events (target ${pct(TARGETS.exactDates)})`);
console.log(`actors          ${pct(s.actors)} (target ${pct(TARGETS.actors)})`);
console.log(`figures         ${pct(s.figures)} of ${total.figuresExpected} expected (target ${pct(TARGETS.figures)})`);
console.log(
  `figures of the matched events: ${pct(s.figuresOfMatched)} of ${total.figuresOfMatched} (no target; the rest belong to events missed)`,
);
console.log(
  `figures given with the matched events: ${pct(s.figuresPrecision)} of ${total.figuresGiven} are in the keys (no target)`,
);
console.log(`dataset matches ${pct(s.matches)} of ${total.matchesChecked} checked (no target)`);
console.log(
  `acts on their day, whatever their category and sides: precision ${pct(s.actPrecision)}, recall ${pct(s.actRecall)} (no target)`,
);
console.log(
  `missed events by class: ${[...missClasses]
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ')} (see src/extract/diagnose.ts)`,
);
const below = belowTargets(s);
if (below.length > 0) {
  console.error(`below target: ${below.join(', ')}`);
  if (!reportOnly) process.exit(1);
} else {
  console.log('all targets met');
}
