/**
 * Which category a trigger stands for in its sentence: "signed" takes the sentence's topic, "charged" is
 * cyber only near hacking or elections, talks about a treaty are arms control, and a meeting of both
 * presidents in person is a summit.
 */
import type { CategoryId } from '../data/categories';
import { type ActorMention, isPresidentPresent } from './actors';
import type { AgentFinding } from './agents';
import { isFutureAt } from './dates';
import { topicOf } from './topics';
import type { TriggerHit } from './triggers';

const CYBER_WORDS =
  /\b(?:hack|cyber|election|interfer|meddl|disinformation|troll|influence operation|ransomware|domains)/i;
const PRISONER_CONTEXT =
  /\b(?:prisoners?|detainees?|jailed|convicted|freed|released|swap|citizens?|journalist|reporter|teacher|Marine|veteran|spy|agents?|dealer|player|pilot|businessman|sentenced)\b/i;
export const CALL = /phone|call|video|spoke|talked|conversation/i;
/** Signs that two people were in one place: "at the Kremlin", "on the sidelines", "face to face". */
export const TOGETHER =
  /\b(?:at the (?:Kremlin|White House)|at Camp David|on the sidelines|on Red Square|beside (?:him|Mr\.|President)|stood with|sat down|side by side|news conference|in person|face to face|face-to-face)\b/i;
const MILITARY_CHIEFS =
  /\b(?:Gen\.|General|Adm\.|Admiral|[Cc]hiefs? of (?:the )?(?:General |Defen[cs]e )?[Ss]taff|[Dd]efen[cs]e (?:[Mm]inisters?|[Ss]ecretar(?:y|ies)|chiefs?))\s/;
/** Frameworks of cooperation one can withdraw from: "the working group", "the joint commission". */
const COOPERATIVE =
  /\b(?:cooperation|partnership|working groups?|commissions?|joint (?:projects?|programmes?|programs?)|memorand(?:um|a))\b/i;
const PLAN = /\b(?:announc|plan|agreed to|to meet|shelv|cancel|postpon|propos|invited)/i;

/** The category a trigger stands for in this sentence, or null when it stands for none. */
export function categoryOf(hit: TriggerHit, text: string, previousText: string, leadText: string): CategoryId | null {
  const { rule } = hit;
  // "signed" and "agreed" say little by themselves: only their own sentence (or a treaty nearby) gives the topic.
  if (rule.category === 'topic' && (rule.gist === 'ends cooperation with' || rule.gist === 'withdraws from')) {
    // What is ended is the topic: a treaty is arms control, a trade accord economy, any other framework cooperation.
    const object = text.slice(hit.start, hit.end + 60);
    if (topicOf(object, '', '', true) === 'arms-control' || topicOf(text, '', '', true) === 'arms-control')
      return 'arms-control';
    if (/\b(?:trade|investment|economic|commercial)\b/i.test(object)) return 'economy';
    if (rule.gist === 'ends cooperation with' || COOPERATIVE.test(object)) return 'cooperation';
  }
  if (rule.category === 'topic') {
    // What is agreed or signed is the topic: "agreed on a plan for Syria to give up its chemical weapons, averting
    // a military strike" is about the weapons; the rest of the sentence decides only when the object does not.
    const object = /^(?:agree|sign)/i.test(hit.text) ? (/^[^,;]{0,120}/.exec(text.slice(hit.end))?.[0] ?? '') : '';
    const topic =
      (object && topicOf(object, '', '', true)) || topicOf(text, previousText, leadText, rule.light === true);
    // "signed into law", "signed a decree": a law, unless it is about a treaty or sanctions.
    const law =
      /^sign/i.test(hit.text) &&
      /^\s+(?:into law|(?:a|the|an)\s+(?:\S+\s+)?(?:law|bill|decree|legislation))/i.test(text.slice(hit.end));
    return law && topic !== 'arms-control' && topic !== 'sanctions' ? 'law' : topic;
  }
  // Contacts cut or cancelled are about what they were for: military ties, trade talks, arms talks.
  if (rule.gist === 'suspends talks with' || rule.gist === 'cancels a meeting with') {
    const object = text.slice(hit.start, hit.end + 50);
    if (/\b(?:military|defen[cs]e|armed forces|army|navy)/i.test(object)) return 'military';
    if (/\b(?:trade|investment|economic|commercial)\b/i.test(object)) return 'economy';
    if (topicOf(object, '', '', true) === 'arms-control') return 'arms-control';
  }
  // A call or meeting between military chiefs ("his Russian counterpart, Gen. …") is military.
  if (rule.mutual === 'meet' && CALL.test(hit.text) && MILITARY_CHIEFS.test(text)) return 'military';
  // An indictment is cyber near hacking or interference, in its sentence or an article led by them.
  if (rule.gist === 'charges' && !CYBER_WORDS.test(text) && !CYBER_WORDS.test(leadText)) return 'prisoners';
  if (rule.category === 'prisoners' && rule.mutual && !PRISONER_CONTEXT.test(text)) return null;
  if (
    rule.category === 'diplomacy' &&
    rule.mutual === 'meet' &&
    !CALL.test(hit.text) &&
    rule.gist !== 'visits' &&
    topicOf(text) === 'arms-control'
  ) {
    return 'arms-control';
  }
  if (rule.category === 'sanctions' && /^designat/i.test(hit.text)) {
    if (/unfriendly/i.test(text)) return 'expulsion';
    if (/foreign agent/i.test(text)) return 'law';
  }
  return rule.category;
}

/** A meeting of both presidents in person that happened (not a call, a plan or an announcement). */
export function isSummit(
  hit: TriggerHit,
  parties: AgentFinding,
  text: string,
  mentions: readonly ActorMention[],
): boolean {
  // "…had been announced when Clinton met Putin": the meeting's own clause starts at "when".
  const when = text.slice(0, hit.start).lastIndexOf(' when ');
  const from = when < 0 ? 0 : when + 1;
  const around = text.slice(Math.max(from, hit.start - 60), hit.end + 20);
  const future = isFutureAt(text.slice(from), hit.start - from);
  // "spoke briefly on the sidelines of the summit": speaking in one place is no call.
  const call = CALL.test(hit.text) && !(/^(?:spoke|spoken|talked)\b/i.test(hit.text) && TOGETHER.test(text));
  if (call || future || PLAN.test(around) || parties.sides.length < 2) return false;
  const presidents = new Set(mentions.filter(isPresidentPresent).map((m) => m.side));
  // A president's visit to the other side's capital is a summit: the host receives him. A minister's visit
  // where he sees the host's president ("Kerry's visit to Sochi, where he saw Putin") is not.
  const visited = mentions.find((m) => m.role === 'place' && m.start >= hit.end)?.side;
  // "Mr. Obama's visit to Moscow": the possessive names the visitor.
  const visitor = mentions.some(
    (m) =>
      m.entry.office === 'president' &&
      m.end <= hit.start &&
      /^[^\s]*['’]s\s+(?:\p{L}+\s+)?$/u.test(text.slice(m.end - 2, hit.start)),
  );
  // The visitor is named before the visit: "a letter from President Putin" after it does not make him the visitor.
  const visiting = mentions.some((m) => isPresidentPresent(m) && m.end <= hit.start && m.side !== visited);
  if (hit.rule.gist === 'visits' && (visitor || visiting)) return true;
  return presidents.size === 2 || /\b(?:leaders|presidents)\b/i.test(text);
}

/**
 * Talks or a call whose parties are both sides' defence chiefs: the dataset files the two militaries' channel under
 * military ("Austin and Shoigu speak by phone"), as it does the hotline.
 */
export function isDefenceChiefsTalk(hit: TriggerHit, mentions: readonly ActorMention[]): boolean {
  const people = mentions.filter((m) => m.entry.kind === 'person' && m.role !== 'inactive' && m.side !== 'third');
  return (
    hit.rule.mutual === 'meet' &&
    new Set(people.map((m) => m.side)).size === 2 &&
    people.every((m) => m.entry.office === 'defence-minister')
  );
}
