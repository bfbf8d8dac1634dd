/**
 * The entry: an article (its main text, address and publication day) in, candidate events out, each in the
 * dataset's schema with its confidence, evidence, the words its date came from and the dataset event it
 * repeats. Pure: no files, no network, no DOM, so the page can run it as the command line does.
 */
import type { Actor } from '../data/categories';
import { parseDateSpec } from '../data/dates';
import type { Dataset } from '../data/model';
import type { RawEvent } from '../data/schema';
import { findActorMentions } from './actors';
import { findSentenceActs, type RawCandidate, type SentenceAnalysis } from './candidates';
import { findDateMentions, isAfterPublication } from './dates';
import { draftSource, draftSummary, draftTitle, slugId } from './draft';
import { findFigures } from './figures';
import { checkArticleText } from './language';
import { findMatch } from './match';
import { type MergedCandidate, mergeCandidates } from './merge';
import { scoreConfidence } from './score';
import { findStatement } from './statements';
import { splitSentences } from './text';
import { findTriggers } from './triggers';

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
  /** Candidates below this confidence are left out (and counted in a warning). Default 0.3. */
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

/** A dateline opening the lead ("WASHINGTON, April 15 (Example Wire) - "): where and when it was filed. */
const DATELINE = /^[\p{Lu}][\p{Lu} .,'/-]{2,60}(?:,\s*\p{Lu}\p{Ll}+\.? \d{1,2})?(?:\s*\([^)]*\))?\s*[—–-]+\s+/u;

function analyse(article: Article): SentenceAnalysis[] {
  return splitSentences(article.text).map((sentence) => {
    const dateline = DATELINE.exec(sentence.text)?.[0].length ?? 0;
    const dates = findDateMentions(sentence.text, article.published, dateline);
    const day = dates.find((d) => d.anchor && d.precision === 'day')?.date ?? article.published;
    return {
      sentence,
      dates,
      mentions: findActorMentions(sentence.text, { dayIso: day, articleText: article.text }),
      figures: findFigures(sentence.text),
      hits: findTriggers(sentence.text),
    };
  });
}

/** Whether the side acted upon is named in the sentence or next to it: an act must concern the other side. */
function concernsOther(c: RawCandidate, analyses: readonly SentenceAnalysis[]): boolean {
  if (c.actors.length === 2) return true;
  const them: Actor = c.actors[0] === 'US' ? 'RU' : 'US';
  const i = c.analysis.sentence.index;
  return analyses
    .slice(Math.max(0, i - 2), i + 3)
    .some((a) => a.mentions.some((m) => m.side === them && m.role !== 'inactive'));
}

/** A sentence that goes on about the last act, or happened the same day: it shares that act's date. */
const SAME_OCCASION =
  /^(?:["“]?\s*)[^.,;]{0,60}\balso\b|\b(?:[Hh]ours|[Mm]inutes|[Mm]oments|[Ss]hortly) (?:later|afterwards?)\b|\b[Ll]ater (?:that|the same) day\b|\b(?:[Oo]n )?[Tt]he same day\b/;

/**
 * What a side says about the article's first act, when that act is its own or a meeting it took part in, is
 * part of that act; a denial is always kept apart ("Moscow denied involvement").
 */
function isPartOfLeadAct(c: RawCandidate, lead: RawCandidate | undefined): boolean {
  if (!c.statement || !lead || lead.statement || c.gist === 'denies') return false;
  const side = c.actors[0] as Actor;
  const meeting = lead.actors.length === 2 && (lead.category === 'diplomacy' || lead.category === 'summit');
  return meeting || (lead.actors.length === 1 && lead.actors[0] === side);
}

function findRawCandidates(analyses: readonly SentenceAnalysis[], published: string): RawCandidate[] {
  const raws: RawCandidate[] = [];
  let previous = null as RawCandidate | null;
  let previousText = '';
  let previousPerson: Actor | null = null;
  const leadText = analyses
    .slice(0, 2)
    .map((a) => a.sentence.text)
    .join(' ');
  for (const a of analyses) {
    const context = { previous: previous?.actors ?? null, previousText, previousPerson, leadText, published };
    const acts: RawCandidate[] = findSentenceActs(a, context).filter((c) => concernsOther(c, analyses));
    const sameOccasion = SAME_OCCASION.test(a.sentence.text);
    const dated: RawCandidate[] = acts.map((c) =>
      c.date === null && sameOccasion && previous?.date ? { ...c, date: previous.date } : c,
    );
    const statement = findStatement(a, dated);
    raws.push(...dated, ...(statement ? [statement] : []));
    previous = dated[dated.length - 1] ?? previous;
    previousText = a.sentence.text;
    // "He" and "she" look back one sentence only: further back they are as likely someone else.
    const person = [...a.mentions].reverse().find((m) => m.entry.kind === 'person' && m.side !== 'third');
    previousPerson = person ? (person.side as Actor) : null;
  }
  // The article's lead act: the first act of its first three sentences, else its first candidate.
  const lead = raws.find((c) => !c.statement && c.analysis.sentence.index < 3) ?? raws[0];
  return raws.filter((c) => !isPartOfLeadAct(c, lead));
}

function toEvent(
  c: MergedCandidate,
  article: Article,
  dataset: Dataset | null,
  taken: Set<string>,
  publisher: string,
): CandidateEvent {
  const first = c.parts[0] as RawCandidate;
  const dated = c.date !== null;
  const date = c.date?.date ?? article.published.slice(0, 7);
  const title = draftTitle(c);
  const evidenceOf = (p: RawCandidate): Evidence => ({
    start: p.analysis.sentence.start,
    end: p.analysis.sentence.end,
    sentence: p.analysis.sentence.text,
  });
  const main = c.parts.find((p) => p.analysis.sentence === c.dateSentence) ?? first;
  const figures = c.figures.map((f) => ({
    value: f.value,
    what: f.what,
    source: 0,
    ...(f.note ? { note: f.note } : {}),
  }));
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
    tone: first.tone,
    ...(figures.length > 0 ? { figures } : {}),
    sources: [draftSource(article.url, article.title ?? article.url, publisher, article.published)],
    confidence: scoreConfidence(c, article.published),
    evidence: evidenceOf(unique[0] ?? first),
    alsoIn: unique.slice(1).map(evidenceOf),
    dateExpression: c.date?.text ?? null,
    match: findMatch(
      {
        date,
        actors: first.actors,
        category: first.category,
        text: `${title} ${unique.map((p) => p.analysis.sentence.text).join(' ')}`,
        figureValues: c.figures.map((f) => f.value),
      },
      dataset,
    ),
  };
}

export function extractEvents(article: Article, dataset: Dataset | null, options: ExtractOptions = {}): ExtractResult {
  const problem = checkArticle(article);
  if (problem) return { events: [], warnings: [], problem };
  const publisher = article.publisher ?? new URL(article.url).hostname.replace(/^www\./, '');
  const merged = mergeCandidates(findRawCandidates(analyse(article), article.published));
  const taken = new Set<string>();
  const all = merged.map((c) => toEvent(c, article, dataset, taken, publisher));
  const min = options.minConfidence ?? 0.3;
  const events = all.filter((e) => e.confidence >= min);
  const warnings: string[] = [];
  if (events.length < all.length)
    warnings.push(`${all.length - events.length} candidate(s) below confidence ${min} left out.`);
  for (const e of events) {
    if (e.dateExpression && isAfterPublication(e.date, article.published)) {
      warnings.push(`${e.id}: its date ${e.date} ("${e.dateExpression}") is after the publication day; check it.`);
    }
  }
  return { events, warnings, problem: null };
}
