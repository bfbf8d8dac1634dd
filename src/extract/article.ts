/**
 * The article-level pass: sentences analysed once, acts found sentence by sentence with what the sentences
 * before them tell (who "he" or "it" is, the topic, the date of "hours later"), acts that do not concern the
 * other side dropped, and statements that only explain the lead act folded into it.
 */
import type { Actor } from '../data/categories';
import { findActorMentions, withoutInitials } from './actors';
import { other } from './agents';
import { answeredDay } from './answers';
import { type DropTrace, findSentenceActs, type RawCandidate, type SentenceAnalysis } from './candidates';
import { clauseBefore } from './clauses';
import { findDateMentions, isAfterPublication } from './dates';
import { findNationals } from './detainees';
import { findFigures } from './figures';
import { findPresidentsTogether } from './inPerson';
import { findIssuer, ownPerfect } from './issuer';
import { fitsCategory } from './merge';
import { findDocumentStatement, findFirstPerson, findSpokenWords, findStatement, isReply } from './statements';
import { splitSentences } from './text';
import { namesBilateralTreaty, namesLawAboutOther } from './treaties';
import { findTriggers } from './triggers';

/** "WASHINGTON —", "MOSCOW, May 10 —", "SOCHI, Russia, May 13 —", "CAMP DAVID, Md. (Wire) —": where and when filed. */
export const DATELINE =
  /^[\p{Lu}][\p{Lu} .,'/-]{2,60}(?:,\s*[\p{Lu}][\p{L}.'-]*(?:\s[\p{Lu}][\p{L}.'-]*){0,2})?(?:,?\s*\p{Lu}\p{Ll}+\.? \d{1,2})?(?:\s*\([^)]*\))?\s*[—–-]+\s+/u;

/** Sentences with their dates, named sides, figures and triggers. */
export function analyseArticle(text: string, published: string): SentenceAnalysis[] {
  // The day of the last sentence that names one, from which "the day before" or "the same day" count.
  let lastDay: string | null = null;
  const articleTextWithoutInitials = withoutInitials(text);
  return splitSentences(text).map((sentence) => {
    const dateline = DATELINE.exec(sentence.text)?.[0].length ?? 0;
    const before = lastDay;
    const dates = findDateMentions(sentence.text, published, dateline, lastDay);
    const days = dates.filter((d) => d.anchor && d.precision === 'day');
    // The main clause's day comes first; later ones are often of an earlier act given as a reason ("… over sanctions imposed on Monday").
    lastDay = days[0]?.date ?? lastDay;
    const day = days[0]?.date ?? published;
    return {
      sentence,
      dates,
      mentions: findActorMentions(sentence.text, { dayIso: day, articleText: text, articleTextWithoutInitials }),
      figures: findFigures(sentence.text),
      hits: findTriggers(sentence.text),
      lastDay: before,
    };
  });
}

const TREATY = /\b(?:treaty|treaties|New START|START(?: I{1,3})?|INF|CFE|ABM|CTBT|Open Skies)\b/i;

/** Whether the side acted upon is named in the sentence or next to it: an act must concern the other side. */
function concernsOther(c: RawCandidate, analyses: readonly SentenceAnalysis[]): boolean {
  if (c.actors.length === 2) return true;
  // Leaving or suspending a treaty of the two sides alone concerns the other, named or not.
  const text = c.analysis.sentence.text;
  if (c.category === 'arms-control' && namesBilateralTreaty(text)) return true;
  if (namesLawAboutOther(text)) return true;
  const them: Actor = c.actors[0] === 'US' ? 'RU' : 'US';
  const i = c.analysis.sentence.index;
  // A treaty binds its parties: an act on one concerns the other side when the article names it anywhere.
  const treaty = c.category === 'arms-control' && TREATY.test(c.analysis.sentence.text);
  const span = treaty ? analyses : analyses.slice(Math.max(0, i - 2), i + 3);
  return span.some((a) => a.mentions.some((m) => m.side === them && m.role !== 'inactive'));
}

const OTHER_OCCASION =
  /\b(?:attack|attacks|bombing|strikes|raids?|invasion|war|operation|incident|collision|crash|poisoning|annexation|shooting)\b/;

/** Whether `side` is named, not as a former official, in this sentence, the two before or the one after. */
function names(a: SentenceAnalysis, side: Actor, analyses: readonly SentenceAnalysis[]): boolean {
  const i = a.sentence.index;
  const near = analyses.slice(Math.max(0, i - 2), i + 2);
  // An article's lead names whom its reactions answer: "The Kremlin dismissed the charge" eight sentences on.
  const lead = analyses.slice(0, 3).filter((x) => x.hits.length > 0);
  return (
    near.some((x) => x.mentions.some((m) => m.side === side && m.role !== 'inactive')) ||
    lead.some((x) => x.mentions.some((m) => m.side === side && m.role === 'agent'))
  );
}

/** The day of a short sentence whose subject is `side` and that reports no act: a statement's occasion. */
function sameSideDated(a: SentenceAnalysis, side: Actor) {
  const day = a.dates.find((d) => d.anchor && d.precision === 'day');
  const first = a.mentions.find((m) => m.role === 'agent');
  return day && first?.side === side && a.hits.length === 0 && a.sentence.text.length < 120 ? day : null;
}

/** A sentence that goes on about the last act, or happened the same day: it shares that act's date. */
const SAME_OCCASION =
  /^(?:["“]?\s*)[^.,;]{0,60}\balso\b|\b(?:[Hh]ours|[Mm]inutes|[Mm]oments|[Ss]hortly) (?:later|afterwards?)\b|\b[Ll]ater (?:that|the same) day\b|\b(?:[Oo]n )?[Tt]he same (?:day|morning|afternoon|evening|night)\b|^(?:["“]?\s*)(?:That|The same) (?:morning|afternoon|evening|night|day)\b/;

/**
 * What a side says about the article's first act, when that act is its own or a meeting it took part in, is
 * part of that act; a denial is always kept apart ("Moscow denied involvement").
 */
function isPartOfLeadAct(c: RawCandidate, lead: RawCandidate | undefined): boolean {
  if (!c.statement || !lead || lead.statement || c.gist === 'denies') return false;
  // Words told before the act, in a sentence of their own after the headline, lead the article themselves.
  if (c.analysis.sentence.index < lead.analysis.sentence.index && c.analysis.sentence.index > 0) return false;
  const side = c.actors[0] as Actor;
  const meeting = lead.actors.length === 2 && (lead.category === 'diplomacy' || lead.category === 'summit');
  // Not words about another occasion: "Yeltsin said the bombing was a breach" is about the raids, not the recall.
  const text = c.analysis.sentence.text.toLowerCase();
  const elsewhere =
    c.analysis !== lead.analysis &&
    !text.includes(lead.trigger.text.toLowerCase().slice(0, 5)) &&
    OTHER_OCCASION.test(text) &&
    !/\b(?:move|step|steps|decision|measures?|response|retaliation)\b/.test(text);
  // Words dated another day, or answering the other side's words ("against Trump's assertion"), are their own occasion.
  // Dates that cannot be the same day ("in February" against a lead of 15 May) are two occasions too.
  const otherDay =
    c.date !== null &&
    lead.date !== null &&
    !c.date.date.startsWith(lead.date.date) &&
    !lead.date.date.startsWith(c.date.date);
  const reply = c.analysis.sentence.text.slice(Math.max(0, c.trigger.start - 10), c.trigger.end + 80);
  if (otherDay || (meeting && c.date !== null && isReply(reply))) return false;
  return !elsewhere && (meeting || (lead.actors.length === 1 && lead.actors[0] === side));
}

/** "the Treaty that President Putin and I signed": in an issued document, "I" or "we" beside a name is the issuer. */
function withIssuer(c: RawCandidate, side: Actor): RawCandidate {
  const before = clauseBefore(c.analysis.sentence.text, c.trigger.start);
  if (!c.trigger.rule.mutual || c.actors.includes(side) || !/\b(?:and (?:I|we)|(?:I|We) and)\b/.test(before)) return c;
  return { ...c, actors: (['US', 'RU'] as const).filter((s) => s === side || c.actors.includes(s)) };
}

/** Told why a sentence's trigger gave no act: the evaluation classes its misses by it (diagnose.ts). */
export type ArticleDropTrace = (sentence: number, hit: RawCandidate['trigger'], why: string) => void;

/** Every act and statement in the article, in text order, before duplicates are merged. */
export function findArticleCandidates(
  analyses: readonly SentenceAnalysis[],
  published: string,
  drop?: ArticleDropTrace,
): RawCandidate[] {
  const raws: RawCandidate[] = [];
  let previous = null as RawCandidate | null;
  let previousText = '';
  let previousPerson: Actor | null = null;
  let previousPeople: Actor[] = [];
  let previousStatement: Actor | null = null;
  const issuer = findIssuer(analyses);
  /** The day the document's own line gives, when it is a government's document. */
  const issuerDay = issuer?.day ? analyses[issuer.dayLine]?.dates[0] : undefined;
  const articleText = analyses.map((a) => a.sentence.text).join(' ');
  const nationals = findNationals(articleText);
  const leadText = analyses
    .slice(0, 2)
    .map((a) => a.sentence.text)
    .join(' ');
  for (const a of analyses) {
    const nearSides = (['US', 'RU'] as const).filter((side) =>
      analyses
        .slice(Math.max(0, a.sentence.index - 2), a.sentence.index + 1)
        .some((x) => x.mentions.some((m) => m.side === side && m.role !== 'inactive')),
    );
    const context = {
      previous: previous?.actors ?? null,
      previousText,
      previousPerson,
      previousPeople,
      leadText,
      published,
      nearSides,
      nationals,
      // Only a document with a dateline of its own: a short sentence naming a ministry is no heading.
      issuer: issuer?.day ? issuer.side : null,
    };
    const traced: DropTrace | undefined = drop && ((hit, why) => drop(a.sentence.index, hit, why));
    const sentenceActs: RawCandidate[] = findSentenceActs(a, context, traced)
      .map((c) => (issuer ? withIssuer(c, issuer.side) : c))
      .filter((c) => {
        const concerns = concernsOther(c, analyses);
        if (!concerns) traced?.(c.trigger, 'other side not named near');
        return concerns;
      });
    // Both presidents together on a day: their summit, unless the sentence already reports it.
    const together = sentenceActs.some((c) => c.category === 'summit') ? null : findPresidentsTogether(a, published);
    const acts = together ? [together, ...sentenceActs] : sentenceActs;
    const sameOccasion = SAME_OCCASION.test(a.sentence.text);
    // A readout's or release's own day, on a line of its own, dates the undated acts of the line after it; and
    // "I have issued an executive order", "we have taken these steps" anywhere in it: an act of the issuer's, told
    // in the present perfect, is of the document's day.
    const documentDay = issuerDay && a.sentence.index === (issuer?.dayLine ?? -2) + 1 ? issuerDay : undefined;
    const before = analyses[a.sentence.index - 1];
    // An undated act's day from around it: the act before's, the document's, or a short "Moscow answered on Thursday.".
    const dayAround = (c: RawCandidate) =>
      sameOccasion && previous?.date
        ? previous.date
        : documentDay || (issuerDay && ownPerfect(a.sentence.text, c.trigger.start))
          ? (documentDay ?? issuerDay ?? null)
          : answeredDay(before, c.actors);
    const dated: RawCandidate[] = acts.map((c) => (c.date === null ? { ...c, date: dayAround(c) } : c));
    const spoken =
      findStatement(a, dated, previousPerson) ??
      findSpokenWords(a, dated) ??
      findFirstPerson(a, dated, issuer?.side ?? null);
    // Words said by the publication day are not dated after it: "We call on … the Treaty, which expires in February
    // next year" gives the treaty's day, not the call's.
    const found = spoken?.date && isAfterPublication(spoken.date.date, published) ? { ...spoken, date: null } : spoken;
    // A statement must concern the other side, named in or near its sentence; undated, it was made
    // on the day of the sentence before when that one names the same side acting ("Moscow pushed back on Tuesday.").
    // "He said …" after a statement by the same side goes on with it: one occasion, not two.
    const continued = found?.how === 'anaphora' && previousStatement === found.actors[0];
    previousStatement = found?.actors[0] ?? null;
    const statement =
      found && !continued && names(a, other(found.actors[0] as Actor), analyses)
        ? found.date === null && before && sameSideDated(before, found.actors[0] as Actor)
          ? { ...found, date: sameSideDated(before, found.actors[0] as Actor) }
          : found
        : null;
    // Words said in a call or a meeting of the two that the sentence reports first are the meeting's, not a statement
    // of their own: "On August 10, in a telephone conversation with Pompeo, Lavrov stated that…".
    const inMeeting =
      statement !== null &&
      dated.some(
        (c) => c.trigger.rule.mutual === 'meet' && c.actors.length === 2 && c.trigger.start < statement.trigger.start,
      );
    if (statement && inMeeting) drop?.(a.sentence.index, statement.trigger, 'said in the meeting');
    raws.push(...dated, ...(statement && !inMeeting ? [statement] : []));
    previous = dated[dated.length - 1] ?? previous;
    previousText = a.sentence.text;
    // "He" and "she" look back one sentence only: further back they are as likely someone else.
    const person = [...a.mentions].reverse().find((m) => m.entry.kind === 'person' && m.side !== 'third');
    // In a government's document "the President", unnamed, is the issuer's: "he" in the next sentence is too.
    const issuersPresident = issuer && /\b[Tt]he President\b(?!\s+of\b)/.test(a.sentence.text) ? issuer.side : null;
    previousPerson = issuersPresident ?? (person ? (person.side as Actor) : null);
    previousPeople = [
      ...new Set(
        a.mentions
          .filter((m) => m.entry.kind === 'person' && m.role !== 'inactive' && m.side !== 'third')
          .map((m) => m.side as Actor),
      ),
    ];
  }
  // A comment or statement the issuer published is its statement of that day, unless the document gives an act or
  // words of the issuer's own that day (findDocumentStatement).
  const document =
    issuer && issuerDay ? findDocumentStatement(analyses.slice(0, 5), issuer.side, issuerDay, raws, articleText) : null;
  if (document) raws.push(document);
  // The article's lead act: the first act of its first three sentences, else its first candidate.
  const lead = raws.find((c) => !c.statement && c.analysis.sentence.index < 3) ?? raws[0];
  // A legislature's approval is a stage of the law whose signing the article reports.
  const signed = (c: RawCandidate) =>
    raws.some(
      (o) =>
        o.analysis.hits.some((h) => h.rule.gist === 'signs') &&
        o.category === c.category &&
        o.actors.join() === c.actors.join(),
    );
  const kept = raws.filter((c) => {
    const why = isPartOfLeadAct(c, lead)
      ? 'folded into the lead act'
      : c.trigger.rule.gist === 'approves' && signed(c)
        ? 'a stage of a law signed'
        : '';
    if (why) drop?.(c.analysis.sentence.index, c.trigger, why);
    return !why;
  });
  return lendFigures(kept, analyses);
}

/**
 * Figures of a sentence without an act go to the act of the sentence or two before whose category they fit
 * ("The call lasted half an hour" to the call, not to the summit it previewed), an act told as done first.
 */
function lendFigures(raws: RawCandidate[], analyses: readonly SentenceAnalysis[]): RawCandidate[] {
  const out = [...raws];
  for (const a of analyses) {
    if (a.figures.length === 0 || out.some((c) => c.analysis === a)) continue;
    const i = a.sentence.index;
    const near = out.filter((c) => !c.statement && c.analysis.sentence.index >= i - 2 && c.analysis.sentence.index < i);
    for (const f of a.figures) {
      const fits = near.filter((c) => fitsCategory(c.category, f.what));
      // In the nearest sentence with a fitting act, its first: the main clause's act, not one in a clause after it
      // ("ratified the treaty, which the presidents signed in 2002. It was supported by 294 deputies").
      const done = fits.filter((c) => !c.future);
      const last = (list: RawCandidate[]) => list.find((c) => c.analysis === list.at(-1)?.analysis);
      const owner = last(done) ?? last(fits) ?? near.at(-1);
      if (!owner) continue;
      const at = out.indexOf(owner);
      const updated = { ...owner, borrowed: [...(owner.borrowed ?? []), f] };
      out[at] = updated;
      near[near.indexOf(owner)] = updated;
    }
  }
  return out;
}
