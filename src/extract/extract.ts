import { parseDateSpec } from '../data/dates';
import type { Dataset } from '../data/model';
import type { RawEvent } from '../data/schema';
import { analyseArticle, findArticleCandidates } from './article';
import type { RawCandidate } from './candidates';
import { isAfterPublication } from './dates';
import { draftSource, draftSummary, draftTitle, slugId } from './draft';
import { checkArticleText } from './language';
import { type MergedCandidate, mergeCandidates, toneOf } from './merge';
import { findRecorded, type Recorded } from './recorded';
import { scoreConfidence } from './score';

export interface Article {
  /** The article's main text: evidence offsets point into it. */
  readonly text: string;
  readonly url: string;
  /** Publication day, "YYYY-MM-DD". */
  readonly published: string;
  readonly title?: string;
  readonly publisher?: string;
}

export interface Evidence {
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
}

export interface CandidateEvent extends RawEvent {
  readonly confidence: number;
  readonly evidence: Evidence;
  /** Other sentences that report the same act. */
  readonly alsoIn: readonly Evidence[];
  readonly dateExpression: string | null;
  readonly match: string | null;
}

export interface ExtractResult {
  readonly events: readonly CandidateEvent[];
  readonly warnings: readonly string[];
  /** Why the article could not be read at all; events is then empty. */
  readonly problem: string | null;
}

export interface ExtractOptions {
  /** Candidates below this confidence are left out (and counted in a warning). Default 0.35. */
  readonly minConfidence?: number;
}

/** The first thing wrong with the article as given, or null. */
export function checkArticle(article: Article): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(article.published) || parseDateSpec(article.published) === null) {
    return `publication date "${article.published}" is not a calendar date: give it as YYYY-MM-DD.`;
  }
  try {
    if (!/^https?:$/.test(new URL(article.url).protocol)) throw new Error('scheme');
  } catch {
    return `address "${article.url}" is not an http or https address: give the article's URL.`;
  }
  return checkArticleText(article.text);
}

const ANNOUNCED =
  /\b(?:said|say|says|announced|announces|notified|notifies|told|informed|decided|declared|pledged|promised|agreed|confirmed)\b[^.;]{0,80}?\b(?:will|would|shall|is to|are to)\b[^.;]{0,50}$/i;
/** A future act told as a decision someone announced: "said it would expel", "notified Congress that it will close". */
const isAnnounced = (p: RawCandidate) =>
  ANNOUNCED.test(p.analysis.sentence.text.slice(Math.max(0, p.trigger.start - 140), p.trigger.start));

const dateOf = (c: MergedCandidate, article: Article) => c.date?.date ?? article.published.slice(0, 7);
const UNRECORDED: Recorded = { match: null, adopted: null };

function toEvent(
  c: MergedCandidate,
  article: Article,
  recorded: Recorded,
  taken: Set<string>,
  publisher: string,
): CandidateEvent {
  const read = c.parts[0] as RawCandidate;
  const dated = c.date !== null;
  const date = dateOf(c, article);
  const { adopted, match } = recorded;
  const first: RawCandidate = adopted ? { ...read, ...adopted } : read;
  // The title tells the act as read ("Russia vetoes a US-backed draft", though the record names both sides); under
  // the record's category, or when the record leaves out a side the reading gave, it is told with the record's
  // reading ("Bush and Putin hold a summit", not "US hold a summit"; a sentence Russia passed on an American, not
  // "US and Russia exchange prisoners" under Russia's name).
  const recast =
    adopted && (adopted.category !== read.category || read.actors.some((a) => !adopted.actors.includes(a)));
  const title = draftTitle(recast ? { ...c, parts: [first, ...c.parts.slice(1)] } : c);
  const evidenceOf = (p: RawCandidate): Evidence => ({
    start: p.analysis.sentence.start,
    end: p.analysis.sentence.end,
    sentence: p.analysis.sentence.text,
  });
  const main = c.parts.find((p) => p.analysis.sentence === c.dateSentence) ?? first;
  // A total comes first, then each of its parts: "24 targets", "5 entities", "19 individuals".
  const figures = c.figures.flatMap((f) => [
    { value: f.value, what: f.what, source: 0, ...(f.note ? { note: f.note } : {}) },
    ...(f.parts ?? []).map((p) => ({ value: p.value, what: p.what, source: 0, note: `part of the ${f.value}` })),
  ]);
  const evidence = [main, ...c.parts.filter((p) => p !== main)];
  const seen = new Set<number>();
  const unique = evidence.filter((p) => !seen.has(p.analysis.sentence.start) && seen.add(p.analysis.sentence.start));
  return {
    id: slugId(date, title, taken),
    date,
    title,
    summary: draftSummary({ ...c, parts: unique }, publisher, dated),
    actors: [...first.actors],
    category: first.category,
    tone: toneOf(c),
    ...(figures.length > 0 ? { figures } : {}),
    sources: [draftSource(article.url, article.title ?? article.url, publisher, article.published)],
    confidence: scoreConfidence(c, article.published),
    evidence: evidenceOf(unique[0] ?? first),
    alsoIn: unique.slice(1).map(evidenceOf),
    dateExpression: c.date?.text ?? null,
    match,
  };
}

export function extractEvents(article: Article, dataset: Dataset | null, options: ExtractOptions = {}): ExtractResult {
  const problem = checkArticle(article);
  if (problem) return { events: [], warnings: [], problem };
  const publisher = article.publisher ?? new URL(article.url).hostname.replace(/^www\./, '');
  const merged = mergeCandidates(
    findArticleCandidates(analyseArticle(article.text, article.published), article.published),
  );
  const taken = new Set<string>();
  const warnings: string[] = [];
  // An article reports what was done by the day it appeared: an act in the future tense dated after that day
  // ("Obama would visit Moscow in early September") is a plan, not an act on record. It is named, not proposed.
  // One in the past tense dated after it is kept with a warning: the publication date given may be wrong.
  // So is one in the future tense with no day of its own, or only the present week or month ("is to travel to
  // Moscow this week"): "said it would expel ten diplomats on Friday" keeps its day and is an act announced.
  // A decision announced ("said they would launch a dialogue", "notified Congress that it will close") is an act.
  const isPlan = (c: (typeof merged)[number]) =>
    c.parts[0]?.future === true &&
    (c.date
      ? isAfterPublication(c.date.date, article.published) ||
        (c.date.precision !== 'day' && article.published.startsWith(c.date.date) && !c.parts.some(isAnnounced))
      : !c.parts.some((p) => p.date !== null || isAnnounced(p)));
  const plans = merged.filter(isPlan);
  for (const c of plans) {
    const e = toEvent(c, article, UNRECORDED, new Set<string>(), publisher);
    const when = !c.date
      ? 'undated'
      : `dated ${e.date}${e.dateExpression ? ` ("${e.dateExpression}")` : ''}, ${isAfterPublication(e.date, article.published) ? 'after the publication day' : 'not before the publication day'}`;
    warnings.push(`"${e.title}": ${when} and in the future tense: a plan, not an act on record; left out.`);
  }
  // Before December 1991 the other side was the Soviet Union: such acts are background, not US–Russia events.
  const acts = merged.filter((c) => !plans.includes(c));
  const recorded = findRecorded(
    acts,
    acts.map((c) => dateOf(c, article)),
    dataset,
  );
  const done = recorded
    .map((r) => toEvent(r.candidate, article, r.recorded, taken, publisher))
    .filter((e) => e.date.slice(0, 7) >= '1991-12');
  const min = options.minConfidence ?? 0.35;
  const events = done.filter((e) => e.confidence >= min);
  if (events.length < done.length)
    warnings.push(`${done.length - events.length} candidate(s) below confidence ${min} left out.`);
  for (const e of events) {
    if (e.dateExpression && isAfterPublication(e.date, article.published)) {
      warnings.push(`${e.id}: its date ${e.date} ("${e.dateExpression}") is after the publication day; check it.`);
    }
  }
  return { events, warnings, problem: null };
}
