/**
 * Which recorded event each candidate of an article reports. A candidate matches an event of its own
 * category first (findMatch). One that matches none may be an act the dataset records under another
 * category (findSameAct): it then takes the record's category and sides, unless another candidate of the
 * article already reports that event under the record's own category, in which case this one is a second
 * act of the same day ("expelled ten diplomats and barred eight officials") and keeps its reading. A summit is
 * the exception: what the presidents did at it, told in the summit's own sentence, is part of it.
 * Candidates that report the same recorded event are one act, told in several sentences: they are joined.
 */
import { type Actor, type CategoryId, knownCategory } from '../data/categories';
import type { Dataset } from '../data/model';
import { draftTitle } from './draft';
import { findMatch, findSameAct, type MatchQuery } from './match';
import { better, type MergedCandidate, type MergedFigure } from './merge';

export interface Reading {
  readonly category: CategoryId;
  readonly actors: readonly Actor[];
}

export interface Recorded {
  readonly match: string | null;
  /** The record's reading, when the candidate takes it instead of its own. */
  readonly adopted: Reading | null;
}

export interface RecordedCandidate {
  readonly candidate: MergedCandidate;
  readonly recorded: Recorded;
}

function queryOf(c: MergedCandidate, date: string): MatchQuery | null {
  const first = c.parts[0];
  if (!first) return null;
  return {
    date,
    actors: first.actors,
    category: first.category,
    text: `${draftTitle(c)} ${c.parts.map((p) => p.analysis.sentence.text).join(' ')}`,
    figureValues: c.figures.map((f) => f.value),
  };
}

function readingOf(dataset: Dataset | null, id: string): Reading | null {
  const e = dataset?.byId.get(id);
  const category = e ? knownCategory(e.category) : null;
  return e && category ? { category, actors: e.actors } : null;
}

/** Two candidates reporting one recorded event as one: every sentence, the most precise date, all figures. */
function join(a: MergedCandidate, b: MergedCandidate): MergedCandidate {
  const [lead, other] = better(a.date, b.date) ? [b, a] : [a, b];
  const figures: MergedFigure[] = [...lead.figures];
  for (const f of other.figures) if (!figures.some((g) => g.value === f.value)) figures.push(f);
  return { parts: [...lead.parts, ...other.parts], date: lead.date, dateSentence: lead.dateSentence, figures };
}

/** Whether a candidate's own reading is the record's: its category and the same sides. */
const agrees = (c: MergedCandidate, record: Reading | null) => {
  const lead = c.parts[0];
  return (
    !record || (lead !== undefined && lead.category === record.category && lead.actors.join() === record.actors.join())
  );
};

/** The article's candidates (dated as `dates` says), each with its recorded event; one a recorded event. */
export function findRecorded(
  candidates: readonly MergedCandidate[],
  dates: readonly string[],
  dataset: Dataset | null,
): RecordedCandidate[] {
  const queries = candidates.map((c, i) => queryOf(c, dates[i] ?? ''));
  const own = queries.map((q) => (q ? findMatch(q, dataset) : null));
  const ownRecords = own.map((id) => (id === null ? null : readingOf(dataset, id)));
  const sentences = candidates.map((c) => new Set(c.parts.map((p) => p.analysis.sentence.start)));
  /** Events reported under their own category, except summits told in one of candidate i's sentences. */
  const reportedBeside = (i: number) => {
    const ids = new Set<string>();
    own.forEach((id, j) => {
      const record = ownRecords[j];
      if (id === null || !record || record.category !== queries[j]?.category) return;
      // An act told on another day than the one beside it is not a second act of that day: it is the same
      // visit, told day by day ("began on Monday with Putin … on Tuesday the ministers' talks ended").
      const [dj, di] = [queries[j]?.date ?? '', queries[i]?.date ?? ''];
      if (dj.length === 10 && di.length === 10 && dj !== di) return;
      // A summit holds what the presidents did at it: an act told in the same sentence is part of it.
      const sameSentence = [...(sentences[j] ?? [])].some((s) => sentences[i]?.has(s));
      if (!(record.category === 'summit' && sameSentence)) ids.add(id);
    });
    return ids;
  };
  const found: RecordedCandidate[] = [];
  const byMatch = new Map<string, number>();
  candidates.forEach((candidate, i) => {
    const q = queries[i];
    const same = own[i] || !q ? null : findSameAct(q, dataset, reportedBeside(i));
    const match = own[i] ?? same?.id ?? null;
    const record = match === null ? null : readingOf(dataset, match);
    const at = match === null ? undefined : byMatch.get(match);
    if (match === null || at === undefined) {
      if (match !== null) byMatch.set(match, found.length);
      // Matched as a meeting of the same family, or with one side of a two-sided act: the record's reading.
      found.push({ candidate, recorded: { match, adopted: agrees(candidate, record) ? null : record } });
      return;
    }
    // A second report of an event already found: one act. Its reading is the record's unless both agree.
    const joined = join((found[at] as RecordedCandidate).candidate, candidate);
    found[at] = { candidate: joined, recorded: { match, adopted: agrees(joined, record) ? null : record } };
  });
  return found;
}
