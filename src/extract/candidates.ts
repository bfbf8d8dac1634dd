/**
 * Acts found in one sentence: each trigger that reports an act (not negated, hypothetical, a reason or
 * denied) with its category, actors, tone and date. Reactions and reported speech become `statement`
 * candidates in statements.ts; duplicates are merged in merge.ts.
 */
import type { Actor, CategoryId } from '../data/categories';
import { nearestDate } from './actDate';
import { reportsAct } from './actFilters';
import { type ActorMention, isPossessive } from './actors';
import {
  type AgentFinding,
  type AgentHow,
  findAgent,
  findJointParties,
  findMeetingParties,
  subjectBefore,
} from './agents';
import { backgroundParties } from './background';
import { categoryOf, isSummit } from './categorize';
import {
  ANAPHORIC_START,
  accusationAt,
  clauseBefore,
  isDenied,
  isDescribed,
  isNegated,
  isPassive,
  isReason,
} from './clauses';
import { type DateMention, isFutureAt } from './dates';
import { holdsOtherSide } from './detainees';
import type { FigureMention } from './figures';
import { priorDate, priorDays, priorToLastDay } from './priorAct';
import type { Sentence } from './text';
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
  /\b(?:military|forces|troops|soldiers|army|navy|naval|air force|jets?|warplanes?|aircraft|planes?|bombers?|fighters?|helicopters?|drones?|warships?|ships?|vessels?|destroyers?|submarines?|missiles?|rockets?|patrols?|vehicles?|convoy|armou?red|bases?|positions|targets|Su-\d+|MiG|strikes?|airstrikes?|invasion|deconfliction)\b/i;
const COUNTERPART =
  /\b(?:his|her|their|its)\s+((?:Russian|American|U\.S\.|US)\s+)counterparts?\b|\b(Russia['’]s|America['’]s)\s+(?:\p{L}+\s+){0,3}counterparts?\b/iu;
const BOTH_SIDES =
  /\b(?:the two (?:leaders|presidents|men|sides|countries|governments|powers|(?:[\p{L}-]+\s+)?(?:chiefs|ministers|diplomats|negotiators|envoys|counterparts))|both (?:leaders|presidents|sides|countries|governments)|the leaders of the two countries|the two countries['’])/iu;

/** A body named by its common noun as the subject of the verb that follows: "the department expanded". */
const GENERIC_SUBJECT =
  /\b[Tt]he\s+(?:department|ministry|agency|administration|government|embassy|office|treasury|bureau|service)\s+(?:(?:also|then|later|had|has|have|formally|quietly)\s+)?$/;

/** A visit names its place right after the verb: "visited Moscow", "visiting the Kremlin". */
function visitsPlace(hit: TriggerHit, a: SentenceAnalysis): boolean {
  const visitor = subjectBefore(a.mentions, a.sentence.text, hit.start);
  // A journey ("flew to", "came to") is a visit only to the seat of government: "flew to Russia" may be anyone's.
  const seat = /^visit/i.test(hit.text) ? /./ : /^(?:Moscow|Washington|the Kremlin|the White House)$/;
  return a.mentions.some(
    (m) =>
      m.role === 'place' &&
      m.start >= hit.end &&
      m.start - hit.end <= 6 &&
      m.side !== visitor?.side &&
      seat.test(a.sentence.text.slice(m.start, m.end)),
  );
}

/** Who did it, by the kind of act: a meeting's parties, a joint act's subjects, or one side's subject. */
function findActors(hit: TriggerHit, a: SentenceAnalysis, context: SentenceContext): AgentFinding | null {
  const text = a.sentence.text;
  const background = backgroundParties(hit, text, context.nearSides ?? []);
  if (background) return background;
  const passive =
    /\bsummoned$/.test(hit.text) ||
    (hit.rule.form === 'verb' &&
      isPassive(text, hit.start, hit.end) &&
      /(?:ed|en|wn|ld|ck|ot|ut)$/i.test(hit.text.split(/\s/)[0] ?? '')) ||
    // "U.S. soldier sentenced to four years": these verbs take their object first, so a preposition next is passive.
    /^(?:sentenced|detained|arrested|jailed|convicted|imprisoned|expelled|charged|indicted)\s+(?:to|in|for|on|at|over|from|with|as)\b/i.test(
      text.slice(hit.start),
    );
  // "He"/"She" is the last official named; "It", "They", "The ministry" the last side that acted.
  const person = /^(?:["“]?\s*)(?:He|She)\b/.test(text) && context.previousPerson ? [context.previousPerson] : null;
  const antecedent = person ?? context.previous;
  const anaphoric = ANAPHORIC_START.test(text) && antecedent !== null;
  if (hit.rule.mutual === 'meet') {
    // "met Ukraine's president": a meeting of one of ours with a third party is not ours.
    const parties = findMeetingParties(a.mentions);
    const third = a.mentions.some((m) => m.side === 'third' && m.role !== 'place' && m.role !== 'inactive');
    if (third && parties.sides.length < 2 && !COUNTERPART.test(text) && !BOTH_SIDES.test(text)) return null;
  }
  if (hit.rule.mutual) {
    const found =
      hit.rule.mutual === 'meet' ? findMeetingParties(a.mentions) : findJointParties(a.mentions, text, hit.start);
    const sides = new Set(found?.sides ?? []);
    if (BOTH_SIDES.test(text)) for (const s of ['US', 'RU'] as const) sides.add(s);
    // "spoke with his Russian counterpart": the counterpart is the other side of whoever spoke.
    const counterpart = COUNTERPART.exec(text);
    if (counterpart) {
      sides.add(/^(?:Russian|Russia['’]s)/i.test(counterpart[1] ?? counterpart[2] ?? '') ? 'RU' : 'US');
      if (sides.size === 1) sides.add([...sides][0] === 'RU' ? 'US' : 'RU');
    }
    if (anaphoric && sides.size > 0) for (const s of antecedent ?? []) sides.add(s);
    // "in their previous conversation": the two who met in the act before.
    const theirs = /\btheir\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(Math.max(0, hit.start - 30), hit.start));
    if (theirs && context.previous?.length === 2) for (const s of context.previous) sides.add(s);
    if (sides.size >= 2) return { sides: [...sides], how: 'mutual', mentions: found?.mentions ?? [] };
  }
  const verbEnds = a.hits.filter((h) => h !== hit && h.rule.form === 'verb').map((h) => h.end);
  const one = findAgent(a.mentions, text, hit.start, hit.end, passive, verbEnds);
  // "when the department expanded its rules…": a body named by its common noun just before the verb is the last side that acted.
  const generic = GENERIC_SUBJECT.test(clauseBefore(text, hit.start).slice(-60));
  if (
    generic &&
    context.previous &&
    context.previous.length === 1 &&
    (!one || one.how === 'place' || one.how === 'target')
  )
    return { sides: context.previous, how: 'anaphora', mentions: [] };
  // In a government's own document, an act told in the passive with no agent named is the government's: "the
  // Ambassador was handed a protest", "the two diplomats have been declared persona non grata".
  const issuer = context.issuer;
  if (passive && issuer && (!one || (one.how !== 'by' && !one.sides.includes(issuer))))
    return { sides: [issuer], how: 'named', mentions: [] };
  if (one) return one;
  if (anaphoric) return { sides: antecedent ?? [], how: 'anaphora', mentions: [] };
  return null;
}

export function findSentenceActs(a: SentenceAnalysis, context: SentenceContext): RawCandidate[] {
  const text = a.sentence.text;
  const out: RawCandidate[] = [];
  let describedEnd = -1;
  for (const hit of a.hits) {
    let category = categoryOf(hit, text, context.previousText, context.leadText);
    if (!category) continue;
    let tone = hit.rule.tone;
    let gist = hit.rule.gist;
    let finding: AgentFinding | null = null;
    const accusable = category === 'cyber' || category === 'arms-control' || category === 'military';
    const accusedAt = accusable ? accusationAt(text, hit.start) : -1;
    if (accusedAt >= 0) {
      // "Washington accused Moscow of hacking": the act on record is the accusation, by the accuser.
      const accuser = subjectBefore(a.mentions, text, accusedAt);
      if (!accuser || accuser.side === 'third' || isNegated(text, accusedAt)) continue;
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
        continue;
      }
      // "<N> days after …" counts back from a day the sentence names before it; with none it is only a reason.
      const dayBefore = a.dates.some((d) => d.anchor && d.precision === 'day' && d.end <= hit.start);
      const prior = dayBefore ? priorDays(text, hit.start) : null;
      // "hours after Trump and Putin met in Helsinki on Monday": a verb dated to the day in its own clause reports
      // its act, though the clause gives the reason or the time of another ("since the invasion in 2022" does not).
      const datedVerb =
        hit.rule.form === 'verb' &&
        !/(?:ion|ions|ment|ments|al|als|ure|ures)$/i.test(hit.text) &&
        a.dates.some(
          (d) =>
            d.anchor &&
            d.precision === 'day' &&
            d.start >= hit.end &&
            d.start - hit.end <= 40 &&
            !/[,;]/.test(text.slice(hit.end, d.start)),
        );
      const reason = prior === null && !datedVerb && isReason(text, hit.start);
      if (!reportsAct(hit, text) || reason || isDenied(text, hit.start)) continue;
      finding = findActors(hit, a, context);
    }
    if (!finding || finding.sides.includes('third')) continue;
    // "struck the officer in the face" is no military act: one needs forces, craft or arms in the sentence.
    if (category === 'military' && !hit.rule.mutual && !MILITARY_CONTEXT.test(text)) continue;
    const actors = (['US', 'RU'] as const).filter((s) => finding.sides.includes(s));
    // A visit is an act between the two sides only: the visitor and the host named as its place.
    if (actors.length === 0 || (hit.rule.gist === 'visits' && (actors.length < 2 || !visitsPlace(hit, a)))) continue;
    // A ceasefire or a peace plan agreed or signed is ours only when both sides made it: others' truces are made
    // "in Moscow" or "signed in Minsk".
    if (hit.rule.category === 'topic' && category === 'diplomacy' && actors.length < 2) continue;
    // One side holding or charging someone is ours only when that someone is the other side's: "police detained
    // hundreds in Moscow" and "Georgian authorities arrested four Russian officers" are not.
    if (
      category === 'prisoners' &&
      actors.length === 1 &&
      !/exchange|frees/.test(gist) &&
      !holdsOtherSide(a.mentions, text, actors[0] as Actor, context.previousText, context.nationals)
    )
      continue;
    if (category === 'summit' || category === 'diplomacy') {
      category = isSummit(hit, finding, text, a.mentions) ? 'summit' : 'diplomacy';
    } else if (category === 'arms-control' && hit.rule.mutual === 'meet' && isSummit(hit, finding, text, a.mentions)) {
      // Talks of the two presidents in person are their summit, whatever they discussed (data/README.md).
      category = 'summit';
    }
    const verbs = a.hits.filter((h) => h.rule.form === 'verb');
    const ownDate = nearestDate(a.dates, hit, text, context.published, isFutureAt(text, hit.start), verbs);
    const prior = ownDate && ownDate.end <= hit.start ? priorDays(text, hit.start) : null;
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
      names: finding.mentions
        .filter((m) => (m.entry.kind === 'person' && !isPossessive(m)) || m.entry.kind === 'body')
        .map((m) => m.entry.label),
      future: isFutureAt(text, hit.start),
    };
    // One act per category, but an act the sentence dates as earlier by its own subject is another: "Russia barred
    // 18 Americans, a day after Washington published its list" holds two.
    // So is a second verb with a date of its own: "signed in 2010 and extended in 2021" holds two.
    const own = candidate.date;
    const same = out.findIndex(
      (c) =>
        c.category === category &&
        !(own && c.date && c.gist !== gist && !c.date.date.startsWith(own.date) && !own.date.startsWith(c.date.date)) &&
        !(
          finding.how === 'subject' &&
          c.actors.join() !== actors.join() &&
          /\b(?:after|following)\s[^.;]{0,60}$/.test(text.slice(c.trigger.end, hit.start))
        ),
    );
    const kept = out[same];
    if (!kept) out.push(candidate);
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
