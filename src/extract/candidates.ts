/**
 * Acts found in one sentence: each trigger that reports an act (not negated, hypothetical, a reason or
 * denied) with its category, actors, tone and date. Reactions and reported speech become `statement`
 * candidates in statements.ts; duplicates are merged in merge.ts.
 */
import type { Actor, CategoryId } from '../data/categories';
import { againDay, isDatedVerb, nearestDate, secondDay } from './actDate';
import { reportsAct } from './actFilters';
import { type ActorMention, namesBySide } from './actors';
import { findActors, visitsPlace } from './actsActors';
import { type AgentFinding, type AgentHow, subjectBefore } from './agents';
import { categoryOf, isDefenceChiefsTalk, isSummit } from './categorize';
import { accusationAt, breaksClause, isDenied, isDescribed, isNegated, isReason } from './clauses';
import { type DateMention, isFutureAt } from './dates';
import { holdsOtherSide } from './detainees';
import type { FigureMention } from './figures';
import { mainClauseDay, priorDate, priorDays, priorToLastDay } from './priorAct';
import type { Sentence } from './text';
import { namesBilateralTreaty } from './treaties';
import type { TriggerHit } from './triggers';

export interface SentenceAnalysis {
  readonly sentence: Sentence;
  readonly mentions: readonly ActorMention[];
  readonly dates: readonly DateMention[];
  readonly figures: readonly FigureMention[];
  readonly hits: readonly TriggerHit[];
  /** The last day named before this sentence, from which "the day after …" counts. */
  readonly lastDay?: string | null;
}

export interface RawCandidate {
  readonly category: CategoryId;
  readonly actors: readonly Actor[];
  readonly tone: number;
  readonly gist: string;
  readonly statement: boolean;
  readonly analysis: SentenceAnalysis;
  readonly trigger: TriggerHit;
  readonly date: DateMention | null;
  readonly how: AgentHow;
  /** Names of those who acted, for the title ("Biden", "Treasury Department"). */
  readonly names: readonly string[];
  readonly future: boolean;
  /** Figures of a following sentence that reports no act of its own ("The Duma approved it by 288 votes."). */
  readonly borrowed?: readonly FigureMention[];
}

export interface SentenceContext {
  /** The sides of the last act found before this sentence, for "It also…" and "The ministry…". */
  readonly previous: readonly Actor[] | null;
  /** The side of the last official named before this sentence, for "He said…". */
  readonly previousPerson: Actor | null;
  /** The sides of the officials the sentence before names, for "The two spoke…". */
  readonly previousPeople?: readonly Actor[];
  /** The article's first two sentences, whose topic a bare "signed" may continue. */
  readonly leadText: string;
  /** Publication day, "YYYY-MM-DD". */
  readonly published: string;
  /** The sentence before, whose topic a bare "signed" or "extended" may continue. */
  readonly previousText: string;
  /** Our sides named in this sentence or the two before it: the parties of a treaty mentioned in passing. */
  readonly nearSides?: readonly Actor[];
  /** The government that issued the document, when it is one ("Statement by the Ministry of Foreign Affairs…"). */
  readonly issuer?: Actor | null;
  /** Surnames of the article's named citizens of either side ("Whelan": US). */
  readonly nationals?: ReadonlyMap<string, Actor>;
}

const MILITARY_CONTEXT =
  /\b(?:military|forces|troops|soldiers|army|navy|naval|air force|jets?|warplanes?|aircraft|planes?|bombers?|fighters?|helicopters?|drones?|warships?|ships?|vessels?|destroyers?|submarines?|missiles?|rockets?|patrols?|vehicles?|convoy|armou?red|bases?|positions|targets|Su-\d+|MiG|strikes?|airstrikes?|invasion|annex(?:ed|ing|ation)|deconfliction)\b/i;
/** Told why a trigger reported no act: the evaluation classes its misses by it (diagnose.ts). */
export type DropTrace = (hit: TriggerHit, why: string) => void;

const AGREEMENT_ACT = /^(?:signs|brings into force)$/;
const FOR_TALKS_AFTER = /^[^.;]{0,60}?\bfor\s+(?:[\p{L}-]+\s+){0,3}?(?:talks|meetings?|a meeting)\s+with\b/u;
/** The document an article is about, by its name: "The Treaty", "the Agreement". */
const NAMED_DOCUMENT = /\b[Tt]he (?:Treaty|Agreement)\b(?!\s+(?:on|of|between)\s)/;

export function findSentenceActs(a: SentenceAnalysis, context: SentenceContext, drop?: DropTrace): RawCandidate[] {
  const text = a.sentence.text;
  const out: RawCandidate[] = [];
  let describedEnd = -1;
  for (const hit of a.hits) {
    let category = categoryOf(hit, text, context.previousText, context.leadText);
    // "The Agreement was signed in Moscow in May 2008": a named agreement of no known topic is cooperation.
    if (!category && AGREEMENT_ACT.test(hit.rule.gist) && /\bAgreement\b/.test(text)) category = 'cooperation';
    // "Gore and Chernomyrdin signed a set of accords": an accord of no known topic is the two sides' cooperation.
    const untopical = !category && AGREEMENT_ACT.test(hit.rule.gist);
    if (untopical) category = 'cooperation';
    if (!category) {
      drop?.(hit, 'no category');
      continue;
    }
    // A truce taking effect is no act of either side: the act is its agreement.
    if (hit.rule.gist === 'brings into force' && category === 'diplomacy') {
      drop?.(hit, 'a truce taking effect');
      continue;
    }
    let tone = hit.rule.tone;
    let gist = hit.rule.gist;
    let finding: AgentFinding | null = null;
    const accusable = category === 'cyber' || category === 'arms-control' || category === 'military';
    // "blamed the Syrian government and two days later fired…": a past verb joined to the accusation by "and" is
    // an act of its own, not what was blamed.
    const blamedAt = accusable ? accusationAt(text, hit.start) : -1;
    const joinedAct =
      blamedAt >= 0 &&
      hit.rule.form === 'verb' &&
      !/ing$/i.test(hit.text.split(/\s/)[0] ?? '') &&
      /\band\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(blamedAt, hit.start));
    const accusedAt = joinedAct ? -1 : blamedAt;
    if (accusedAt >= 0) {
      // "Washington accused Moscow of hacking": the act on record is the accusation, by the accuser.
      const accuser = subjectBefore(a.mentions, text, accusedAt);
      if (!accuser || accuser.side === 'third' || isNegated(text, accusedAt)) {
        drop?.(hit, 'accusation without accuser');
        continue;
      }
      finding = { sides: [accuser.side], how: 'accuser', mentions: [accuser] };
      tone = -1;
      gist = category === 'cyber' ? 'attributes a cyberattack to' : 'accuses';
      // Blaming the other side for an incident is a statement about it, not a military act.
      if (category === 'military') category = 'statement';
    } else {
      // "That law bars … and freezes …": a verb joined to a described one shares its subject.
      const joined = describedEnd >= 0 && /^[^.;]*?\band\s+$/.test(text.slice(describedEnd, hit.start));
      if (isDescribed(text, hit.start) || joined) {
        describedEnd = hit.end;
        drop?.(hit, 'described');
        continue;
      }
      // "<N> days after …" counts back from a day the sentence names before it; with none it is only a reason.
      const dayBefore = a.dates.some((d) => d.anchor && d.precision === 'day' && mainClauseDay(d, hit, text));
      const prior = dayBefore ? priorDays(text, hit.start) : null;
      const datedVerb = isDatedVerb(hit, text, a.dates);
      // "standing beside Mrs. Clinton at a news conference after their talks": the pair's own talks were held.
      const theirsBefore =
        hit.rule.mutual === 'meet' &&
        /\b(?:after|following)\s+their\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(0, hit.start - 40), hit.start));
      const reason = prior === null && !datedVerb && !theirsBefore && isReason(text, hit.start);
      const why = !reportsAct(hit, text, a.figures)
        ? 'not reported as done'
        : reason
          ? 'a reason'
          : isDenied(text, hit.start)
            ? 'denied'
            : '';
      if (why) {
        drop?.(hit, why);
        continue;
      }
      finding = findActors(hit, a, context);
      // "START II, signed in January 1993", "The Treaty, signed in Helsinki on 24 March 1992 and in force since…": a
      // treaty of the two sides alone, or the treaty the article is about, was signed and brought into force by the two.
      if (
        !finding &&
        AGREEMENT_ACT.test(hit.rule.gist) &&
        (category === 'arms-control' || category === 'cooperation') &&
        (namesBilateralTreaty(text) || NAMED_DOCUMENT.test(text))
      )
        finding = { sides: ['US', 'RU'], how: 'mutual', mentions: [] };
    }
    // "the foreign ministers of the United States, Britain and France issued a joint statement": not the two's.
    if (
      finding &&
      hit.rule.gist === 'issues a joint statement with' &&
      a.mentions.some((m) => m.side === 'third' && m.end <= hit.start && m.role !== 'place')
    ) {
      drop?.(hit, 'a third party');
      continue;
    }
    if (!finding || finding.sides.includes('third')) {
      drop?.(hit, finding ? 'a third party' : 'no actor');
      continue;
    }
    // "struck the officer in the face" is no military act: one needs forces, craft or arms in the sentence.
    if (category === 'military' && !hit.rule.mutual && !MILITARY_CONTEXT.test(text)) {
      drop?.(hit, 'not military');
      continue;
    }
    const actors = (['US', 'RU'] as const).filter((s) => finding.sides.includes(s));
    // A visit is an act between the two sides only: the visitor and the host named as its place.
    // Or a journey anywhere "for talks with" the other side: "traveled to Sochi for hours of talks with Putin".
    if (
      actors.length === 0 ||
      (hit.rule.gist === 'visits' &&
        (actors.length < 2 || (!visitsPlace(hit, a) && !FOR_TALKS_AFTER.test(text.slice(hit.end)))))
    ) {
      drop?.(hit, actors.length === 0 ? 'no side of ours' : 'visit without host');
      continue;
    }
    if (untopical && actors.length < 2) {
      drop?.(hit, 'no category');
      continue;
    }
    // A ceasefire or a peace plan agreed or signed is ours only when both sides made it: others' truces are made
    // "in Moscow" or "signed in Minsk".
    if (hit.rule.category === 'topic' && category === 'diplomacy' && actors.length < 2) {
      drop?.(hit, 'one-sided agreement');
      continue;
    }
    // One side holding or charging someone is ours only when that someone is the other side's: "police detained
    // hundreds in Moscow" and "Georgian authorities arrested four Russian officers" are not.
    if (
      category === 'prisoners' &&
      actors.length === 1 &&
      !/exchange|frees/.test(gist) &&
      !holdsOtherSide(a.mentions, text, actors[0] as Actor, context.previousText, context.nationals)
    ) {
      drop?.(hit, 'detainee not the other side');
      continue;
    }
    if (category === 'summit' || category === 'diplomacy') {
      category = isSummit(hit, finding, text, a.mentions)
        ? 'summit'
        : isDefenceChiefsTalk(hit, finding.mentions)
          ? 'military'
          : 'diplomacy';
    } else if (category === 'arms-control' && hit.rule.mutual === 'meet' && isSummit(hit, finding, text, a.mentions)) {
      // Talks of the two presidents in person are their summit, whatever they discussed (data/README.md).
      category = 'summit';
    }
    const ownDate = nearestDate(a.dates, hit, text, context.published, isFutureAt(text, hit.start), a.hits);
    const prior = ownDate && mainClauseDay(ownDate, hit, text) ? priorDays(text, hit.start) : null;
    const candidate: RawCandidate = {
      category,
      actors,
      tone,
      gist,
      statement: category === 'statement',
      analysis: a,
      trigger: hit,
      date:
        ownDate && prior !== null ? priorDate(ownDate, prior) : (ownDate ?? priorToLastDay(text, hit.start, a.lastDay)),
      how: finding.how,
      names: namesBySide(finding.mentions),
      future: isFutureAt(text, hit.start),
    };
    // One act per category, but an act the sentence dates as earlier by its own subject is another: "Russia barred
    // 18 Americans, a day after Washington published its list" holds two.
    // So is a second verb with a date of its own: "signed in 2010 and extended in 2021" holds two.
    const own = candidate.date;
    // So is one of the same kind on another day in a clause of its own: "on 2 December Putin received Witkoff …, and
    // on 20 December Dmitriev held talks in Miami".
    const apart = (c: RawCandidate) =>
      c.gist !== gist || (breaksClause(text.slice(c.trigger.end, hit.start)) && own?.precision === 'day');
    const same = out.findIndex(
      (c) =>
        c.category === category &&
        !(own && c.date && apart(c) && !c.date.date.startsWith(own.date) && !own.date.startsWith(c.date.date)) &&
        !(
          finding.how === 'subject' &&
          c.actors.join() !== actors.join() &&
          /\b(?:after|following)\s[^.;]{0,60}$/.test(text.slice(c.trigger.end, hit.start))
        ),
    );
    const kept = out[same];
    if (!kept) {
      out.push(candidate);
      // "the ministers' telephone conversations of 12 February and 25 March": one meeting on each day.
      const second = hit.rule.mutual === 'meet' && /s$/.test(hit.text) ? secondDay(a.dates, hit, text) : null;
      if (second) out.push({ ...candidate, date: second });
      // "spoke by telephone … in mid-May, and again in October": the meeting told twice was held twice.
      const again = hit.rule.mutual === 'meet' && !second ? againDay(a.dates, candidate.date, text) : null;
      if (again) out.push({ ...candidate, date: again });
    }
    // One act per category a sentence: "signed a law withdrawing…" is the withdrawal; "freed … in exchange for"
    // is an exchange by both.
    else if (
      (kept.trigger.rule.light && !hit.rule.light) ||
      (hit.rule.mutual === 'meet' && actors.length > kept.actors.length)
    ) {
      out[same] = candidate;
    }
  }
  // "signed a decree suspending the agreement": a light verb whose object is another act gives way to it.
  return out.filter(
    (c) =>
      !c.trigger.rule.light ||
      !out.some(
        (o) =>
          o !== c &&
          o.trigger.start > c.trigger.end &&
          !/[,;]|\band\b/.test(text.slice(c.trigger.end, o.trigger.start)) &&
          o.trigger.start - c.trigger.end <= 30,
      ),
  );
}
