/**
 * Whether a trigger word reports an act done, here: not negated, hypothetical or conditional, not averted or only
 * threatened, not the terms of a treaty, not a participle describing a document or a status, and a noun for an act
 * only when something enacts it.
 */
import { clauseBefore, isEnacted, isHypothetical, isNegated } from './clauses';
import { isFutureAt } from './dates';
import type { FigureMention } from './figures';
import type { TriggerHit } from './triggers';

/**
 * Words before a participle that make it describe a noun: "the deployed", "1,550 deployed warheads", "of dismantled";
 * not a day's number ("on July 28 ordered").
 */
const DETERMINER_BEFORE =
  /(?:\b(?:the|a|an|these|those|this|that|its|their|his|her|any|such|further|new|recent|latest|of)|(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+)\b(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?)\s+$/i;
const NOMINAL_BEFORE = /\b(?:decision|move|plans?|attempt|efforts?|threat|bid|order|vote)\s+to\s+$/i;

/** A noun for an act not (yet) done: "future talks", "possible sanctions". */
const UNREAL_BEFORE =
  /\b(?:future|possible|potential|prospective|further|new round of|eventual)\s+(?:[\p{L}-]+\s+)?$/iu;
/** A status, not an act: "regards him as wrongfully detained", "designated as detained". */
const STATUS_BEFORE = /\bas\s+(?:\p{L}+ly\s+)?$/iu;
/** A condition opens the clause: "can be lifted only if Moscow gives…", "unless Washington agrees…". */
const CONDITION = /(?:^|[,;(]\s*|\s)(?:only if|if|unless|provided(?: that)?|as long as|on condition that)\s/i;

export function isConditional(text: string, at: number): boolean {
  const before = clauseBefore(text, at);
  const cut = before.lastIndexOf(',');
  return CONDITION.test(cut < 0 ? before : before.slice(cut));
}

/** A participle after a document describes the document: "a statement released on Friday", "the list published". */
const DOCUMENT_BEFORE =
  /\b(?:statement|report|video|footage|decree|document|readout|transcript|data|figures|images|photos|letter|list|study|memo|note|record|recording|communiqu[eé]),?\s+$/i;

/** An act averted or only threatened: "averting the military strike that Obama had threatened". */
const AVERTED_BEFORE =
  /\b(?:avert(?:s|ed|ing)?|prevent(?:s|ed|ing)?|forestall(?:s|ed|ing)?|avoid(?:s|ed|ing)?|head(?:s|ed|ing)? off|ward(?:s|ed|ing)? off|stave(?:s|d)? off|staving off)\s+(?:[\p{L}-]+\s+){0,6}$/iu;
const THREATENED_AFTER =
  /^[\p{L}\s-]{0,30}?\b(?:that|which)\s+(?:[\p{L}.]+\s+){0,3}(?:had\s+)?(?:threatened|proposed|planned|considered|weighed)\b/iu;

/** A month's first three or four letters: "Feb", "Sept". */
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
/**
 * A day right after a meeting's noun, its length between: "talks on Friday", "a call of an hour on Saturday"; or
 * the day it is named by: "the telephone call of March 20", "their conversation of 12 February".
 */
const DATED_AFTER = new RegExp(
  String.raw`^(?:(?:\s+(?:of|lasting)\s+[^.,;]{0,30}?)?\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|${MONTH}\p{L}*\.?\s+\d)|today\b|yesterday\b)|\s+of\s+(?:${MONTH}\p{L}*\.?\s+\d|\d{1,2}\s+${MONTH}))`,
  'u',
);

/**
 * A meeting's noun with its parties or place and a past month or year: "the summit between Mr. Putin and Mr. Trump
 * in Alaska in August", "their meeting in Bratislava in February", "the summit in Helsinki last July".
 */
const PLACED_AND_DATED_AFTER =
  /^(?:\s+(?:between|of|with)\s+(?:[^.;:]|(?<=\b(?:Mr|Mrs|Ms|Dr|St))\.){0,60}?)?(?:,?\s+(?:in|at)\s+(?:\p{Lu}[\p{L}.'’-]*,?\s*){1,3}?)\s*(?:in|last|early|late)\s+(?:(?:early|late|mid-)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b/u;
/** A meeting's noun with its two parties, its place and a recent week or month: "the meeting between Putin and Trump in Osaka last week". */
const PARTIES_PLACED_RECENT =
  /^\s+(?:between|with)\s+(?:[^.;:]|(?<=\b(?:Mr|Mrs|Ms|Dr|St))\.){1,80}?\s+(?:in|at)\s+\p{Lu}[\p{L}.'’-]*,?\s+(?:last|earlier this)\s+(?:week|month)\b/u;
/** A meeting not (yet) held, or one of many countries': "the planned summit", "agreed to hold their first meeting", "the Group of Eight summit". */
const UNHELD_BEFORE =
  /\b(?:(?:planned|proposed|upcoming|next|future|possible|expected|scheduled|prospective|new)\s+(?:[\p{L}-]+\s+)?|(?:agreed?|plans?|planned|hoped?|wanted?|expected?|intend(?:s|ed)?)\s+to\s+(?:hold|have|arrange)\s+(?:[\p{L}'’-]+\s+){0,3}|(?:Group of (?:\p{L}+|\d+)|G-?\d+|NATO|APEC|Asia-Pacific|EU|European Union|OSCE|UN|BRICS|Arab League|ASEAN|East Asia)\s+)$/iu;

/** A meeting within one government: "a cabinet meeting", "a Security Council session", "a press conference". */
const INTERNAL_BEFORE =
  /\b(?:cabinet|staff|party|board|Security Council|press|news|campaign|town[- ]hall|closed-door|internal)\s+$/i;

/**
 * A meeting's noun as the setting of the clause, with its other party or its place: "On August 10, in a
 * telephone conversation with Pompeo, Lavrov stated…", "During the talks in Washington on 24 June, the
 * Presidents noted…": the meeting took place.
 */
const SETTING_BEFORE =
  /(?:^|[,;]\s*|\d\s+|\b(?:began|begun|started|agreed|said|announced)\s+)(?:in|during)\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+)?$/iu;
const PARTY_OR_PLACE_AFTER = /^\s+(?:with|between)\s+(?:the\s+)?\p{Lu}|^\s+in\s+\p{Lu}/u;

/**
 * The sentence reads a length of talks or a call (figures.ts) right before the meeting's noun ("their 90-minute
 * meeting", "a two-hour telephone call") or right after it ("a telephone call of 62 minutes", "talks lasting about
 * two hours").
 */
function toldWithLength(hit: TriggerHit, figures: readonly FigureMention[]): boolean {
  return figures.some(
    (f) =>
      /^(?:hours?|minutes?) of\b/.test(f.what) &&
      ((f.end <= hit.start && hit.start - f.end <= 25) || (f.start >= hit.end && f.start - hit.end <= 30)),
  );
}
/** A meeting said to be still to come: "… is planned in Berlin". */
const PLANNED_AFTER = /^[^.;]{0,80}?\b(?:is|are)\s+(?:planned|scheduled|expected|proposed|to be held)\b/i;
/** "meeting" as a participle opening a clause: "In June, meeting George W. Bush at the summit, he offered…". */
const PARTICIPLE_OPENS = /(?:^|[,;]\s*)(?:(?:after|while|when)\s+)?$/i;
const PERSON_AFTER =
  /^\s+(?:(?:President|Prime Minister|Secretary(?: of State)?|Foreign Minister|Minister|Ambassador|Chancellor|Mr\.|Ms\.|Mrs\.|Dr\.)\s+)?\p{Lu}\p{Ll}/u;

const TERMS = /^["“]?\s*Under (?:the|its|this|that|their|a)\b/i;
/** "the first anniversary of Russia's invasion": an act remembered on its day, not done on it. */
const ANNIVERSARY_BEFORE = /\banniversary\s+of\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

/** Whether this hit reports an act at all here; `figures` are the sentence's (a meeting's length says it was held). */
export function reportsAct(hit: TriggerHit, text: string, figures: readonly FigureMention[]): boolean {
  if (isNegated(text, hit.start) || isHypothetical(text, hit.start) || isConditional(text, hit.start)) return false;
  if (AVERTED_BEFORE.test(text.slice(Math.max(0, hit.start - 70), hit.start))) return false;
  if (ANNIVERSARY_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start))) return false;
  // "Under the treaty …, each side will cut…": the terms of an agreement, not an act.
  if (TERMS.test(text) && isFutureAt(text, hit.start)) return false;
  if (THREATENED_AFTER.test(text.slice(hit.end, hit.end + 80))) return false;
  if (
    hit.rule.form === 'verb' &&
    /ed$|en$/i.test(hit.text.split(/\s/)[0] ?? '') &&
    DOCUMENT_BEFORE.test(text.slice(0, hit.start))
  )
    return false;
  if (STATUS_BEFORE.test(text.slice(Math.max(0, hit.start - 25), hit.start))) return false;
  const before = text.slice(Math.max(0, hit.start - 25), hit.start);
  if (hit.rule.form === 'noun' && UNREAL_BEFORE.test(before)) return false;
  // "the arrests", "its decision to expel": a verb form used as a noun names an act unless something enacts it.
  const noun = hit.rule.form === 'noun' || DETERMINER_BEFORE.test(before) || NOMINAL_BEFORE.test(before);
  if (!noun) return true;
  // "in a telephone conversation of more than an hour on Saturday": a meeting given its own day took place.
  if (
    hit.rule.mutual === 'meet' &&
    DATED_AFTER.test(text.slice(hit.end, hit.end + 50)) &&
    !INTERNAL_BEFORE.test(before)
  )
    return true;
  // A meeting told with its parties or place and a time, or as the setting of what was said, was held, unless it
  // was only planned, internal or still to come.
  if (hit.rule.mutual === 'meet') {
    const after = text.slice(hit.end, hit.end + 120);
    // Or told with its length ("their 90-minute meeting", "a call of 62 minutes"), or by a participle with the
    // other party ("meeting George W. Bush for about an hour, he offered…").
    const told =
      PLACED_AND_DATED_AFTER.test(after) ||
      PARTIES_PLACED_RECENT.test(after) ||
      (SETTING_BEFORE.test(text.slice(Math.max(0, hit.start - 40), hit.start)) &&
        PARTY_OR_PLACE_AFTER.test(after.slice(0, 40))) ||
      (toldWithLength(hit, figures) && !PLANNED_AFTER.test(after)) ||
      (hit.text === 'meeting' &&
        PARTICIPLE_OPENS.test(text.slice(Math.max(0, hit.start - 12), hit.start)) &&
        PERSON_AFTER.test(after));
    if (
      told &&
      !UNHELD_BEFORE.test(text.slice(Math.max(0, hit.start - 60), hit.start)) &&
      !INTERNAL_BEFORE.test(before) &&
      !isFutureAt(text, hit.start)
    )
      return true;
  }
  // "its decision to expel" names an act unless a verb before or after enacts it; the possessive alone does not.
  return NOMINAL_BEFORE.test(before)
    ? isEnacted(
        text.replace(/['’]s\b|\b(?:its|their|his|her)\b/gi, (m) => ' '.repeat(m.length)),
        hit.start,
        hit.end,
      )
    : isEnacted(text, hit.start, hit.end);
}
