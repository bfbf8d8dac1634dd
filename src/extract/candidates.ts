/**
 * Acts found in one sentence: each trigger that reports an act (not negated, not a reason, not denied)
 * with its category, actors, tone and date. Reactions and reported speech become `statement` candidates in
 * statements.ts; duplicates are merged in merge.ts.
 */
import type { Actor, CategoryId } from '../data/categories';
import type { ActorMention } from './actors';
import { type AgentFinding, type AgentHow, findAgent, findParties, subjectBefore } from './agents';
import { accusationAt, isDenied, isEnacted, isNegated, isPassive, isReason } from './clauses';
import { type DateMention, FUTURE_TENSE } from './dates';
import type { FigureMention } from './figures';
import type { Sentence } from './text';
import { type TriggerHit, topicOf } from './triggers';

export interface SentenceAnalysis {
  readonly sentence: Sentence;
  readonly mentions: readonly ActorMention[];
  readonly dates: readonly DateMention[];
  readonly figures: readonly FigureMention[];
  readonly hits: readonly TriggerHit[];
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
}

const CYBER_WORDS =
  /\b(?:hack|cyber|election|interfer|meddl|disinformation|troll|influence operation|ransomware|domains)/i;
const PRISONER_CONTEXT =
  /\b(?:prisoners?|detainees?|jailed|convicted|freed|released|swap|citizens?|journalist|reporter|teacher|Marine|veteran|spy|agents?|dealer|player|pilot|businessman|sentenced)\b/i;
const CALL = /phone|call|video/i;

/** The category a trigger stands for in this sentence, or null when it stands for none. */
function categoryOf(hit: TriggerHit, text: string): CategoryId | null {
  const { rule } = hit;
  if (rule.category === 'topic') return topicOf(text);
  if (rule.gist === 'charges' && !CYBER_WORDS.test(text)) return 'prisoners';
  if (rule.category === 'prisoners' && rule.mutual && !PRISONER_CONTEXT.test(text)) return null;
  if (rule.category === 'diplomacy' && rule.mutual && !CALL.test(hit.text) && topicOf(text) === 'arms-control') {
    return 'arms-control';
  }
  if (rule.category === 'sanctions' && /^designat/i.test(hit.text)) {
    if (/unfriendly/i.test(text)) return 'expulsion';
    if (/foreign agent/i.test(text)) return 'law';
  }
  return rule.category;
}

function nearestDate(dates: readonly DateMention[], at: number): DateMention | null {
  let best: DateMention | null = null;
  for (const d of dates) {
    if (!d.anchor) continue;
    if (!best || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  }
  return best;
}

const PRESIDENTS = (mentions: readonly ActorMention[]) =>
  new Set(mentions.filter((m) => m.entry.office === 'president' && m.role !== 'inactive').map((m) => m.side));

function isSummit(hit: TriggerHit, parties: AgentFinding, text: string, mentions: readonly ActorMention[]): boolean {
  if (
    CALL.test(hit.text) ||
    FUTURE_TENSE.test(text) ||
    /\b(?:announc|plan|agreed to|to meet|shelv|cancel|postpon)/i.test(text)
  ) {
    return false;
  }
  return parties.sides.length === 2 && PRESIDENTS(mentions).size === 2;
}

function actorsOf(finding: AgentFinding): Actor[] {
  return (['US', 'RU'] as const).filter((s) => finding.sides.includes(s));
}

export function findSentenceActs(a: SentenceAnalysis, previous: readonly Actor[] | null): RawCandidate[] {
  const text = a.sentence.text;
  const out: RawCandidate[] = [];
  const verbEnds = a.hits.filter((h) => h.rule.form === 'verb').map((h) => h.end);
  for (const hit of a.hits) {
    let category = categoryOf(hit, text);
    if (!category || isNegated(text, hit.start)) continue;
    let tone = hit.rule.tone;
    let gist = hit.rule.gist;
    let finding: AgentFinding | null = null;
    const accusedAt =
      category === 'cyber' || category === 'arms-control' || category === 'military'
        ? accusationAt(text, hit.start)
        : -1;
    if (accusedAt >= 0) {
      // "Washington accused Moscow of hacking": the act on record is the accusation, by the accuser.
      const accuser = subjectBefore(a.mentions, text, accusedAt);
      if (!accuser) continue;
      finding = { sides: [accuser.side], how: 'accuser', mentions: [accuser] };
      tone = -1;
      gist = category === 'cyber' ? 'attributes hacking to' : 'accuses';
    } else {
      if (isReason(text, hit.start) || isDenied(text, hit.start)) continue;
      if (hit.rule.form === 'noun' && !isEnacted(text, hit.start, hit.end)) continue;
      finding = hit.rule.mutual
        ? findParties(a.mentions)
        : findAgent(a.mentions, text, hit.start, hit.end, isPassive(text, hit.start), verbEnds);
      if (finding && hit.rule.mutual && finding.sides.length < 2) {
        const one = findAgent(a.mentions, text, hit.start, hit.end, isPassive(text, hit.start), verbEnds);
        if (one) finding = one;
      }
      if (
        (!finding || finding.sides.length === 0) &&
        previous &&
        /^(?:["“]?\s*)(?:It|He|She|They|The|Officials|Both)\b/.test(text)
      ) {
        finding = { sides: previous, how: 'anaphora', mentions: [] };
      }
    }
    if (!finding) continue;
    const actors = actorsOf(finding);
    if (actors.length === 0 || finding.sides.includes('third')) continue;
    if (category === 'summit' || category === 'diplomacy') {
      category = isSummit(hit, finding, text, a.mentions) ? 'summit' : 'diplomacy';
    }
    if (out.some((c) => c.category === category)) continue;
    out.push({
      category,
      actors,
      tone,
      gist,
      statement: false,
      analysis: a,
      trigger: hit,
      date: nearestDate(a.dates, hit.start),
      how: finding.how,
      names: finding.mentions
        .filter((m) => m.entry.kind === 'person' || m.entry.kind === 'body')
        .map((m) => m.entry.label),
      future: FUTURE_TENSE.test(text),
    });
  }
  return out;
}
