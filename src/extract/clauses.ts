/**
 * Where a trigger stands in its sentence: negated ("did not expel"), a reason or an earlier act ("over
 * election interference", "in response to the sanctions"), inside a denial ("denied interfering") or an
 * accusation ("accused Moscow of hacking"), passive ("were expelled"), or a noun made to happen by a verb
 * ("imposed sanctions", "talks were held"). Offsets are into the sentence.
 */
const W = "[\\p{L}\\d.'’-]+";

/** The part of the sentence before `at`, back to the last clause break (";", " but ", a dash). */
export function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  const cut = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf(' but '),
    before.lastIndexOf(' — '),
    before.lastIndexOf(' while '),
  );
  return cut < 0 ? before : before.slice(cut + 1);
}

/** "would not, after all, deploy": an aside set off by commas does not end the negation. */
const NEGATED =
  /\b(?:not|n['’]t|never|no|no plans to|refused to|declined to|without|rather than|instead of|no longer)(?:,\s+(?:after all|in the end|for now|in fact|however),)?\s+(?:[\p{L}-]+\s+){0,2}$/iu;
export function isNegated(sentence: string, at: number): boolean {
  return NEGATED.test(sentence.slice(Math.max(0, at - 40), at));
}

const HYPOTHETICAL =
  /\b(?:ready to|willing to|prepared to|proposed|suggested|recommended|considered|considering|mulled|threatened|threatening|could|might|would (?:be ready|allow|consider)|if|unless|until|threatened to|threatens to|warned (?:it|they|that it) (?:would|could)|must|has to|have to|needs? to|yet to)\s+(?:(?!(?:when|after|before|while|because)\s)[\p{L}-]+\s+){0,3}$/iu;
/** An act someone works towards or asks of another: "work urgently to complete…", "called on Washington to declare…". */
const AIMED =
  /\b(?:plans?|planning|aims?|aiming|seeks?|seeking|work|working|wants?|hopes?|intends?|expects?|try|tries|trying|agreed|agree|agrees|push(?:es|ing)?|urg(?:e|ed|es|ing)|ask(?:s|ed|ing)?|call(?:s|ed|ing)? on|demand(?:s|ed|ing)?)\s+(?:[\p{L}.'’-]+\s+){0,6}?to\s+(?:[\p{L}-]+\s+){0,4}$/iu;
/** The modal "may", in lower case: "In May they signed" is the month. */
const MAY_MODAL = /\bmay\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** Acts only offered, threatened, owed or made possible ("ready to extend", "could expel", "has yet to ratify"). */
export function isHypothetical(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 50), at);
  return HYPOTHETICAL.test(before) || MAY_MODAL.test(before) || AIMED.test(sentence.slice(Math.max(0, at - 90), at));
}

/** Words that give a reason ("for hacking", "in response to"); "for the first time" and "for now" give none. */
const REASON = new RegExp(
  `\\b(?:over|for(?!\\s+(?:the\\s+(?:first|second|third|fourth|last|\\p{L}+th)\\s+time|now|the moment|(?:[\\p{L}\\d-]+\\s+)?(?:years|decades|months|weeks|days|hours|minutes))\\b)|after|following|in (?:response|retaliation|reply|answer) to|amid|because(?: of)?|against|since|despite|about|in connection with|related to|linked to|involving|punish(?:ing)?|behind|(?:assessment|conclusion|finding|allegations?|accusations?|claims?|reports?|suspicions?|evidence) that)\\s+(?:${W},?\\s+){0,7}$`,
  'iu',
);
const OF_CHARGE =
  /\b(?:accused|accuses|accusing|suspected|convicted|guilty|charged|suspicion|allegations?|claims?|accusations?)\s+(?:[\p{L}.'’-]+\s+){0,3}?of\s+$/iu;
/** "The law bars…", "The measures target…": what a document says, not another act. */
const DOCUMENT_SUBJECT =
  /(?:^|[,;]\s*|\b(?:and|but)\s+)(?:that|this|the|its|the new)\s+(?:\p{L}+\s+)?(?:law|act|bill|decree|order|measures?|treaty|agreement|accord|legislation|list|package|rules?)\s+(?:also\s+|would\s+|will\s+)?$/iu;
export function isDescribed(sentence: string, at: number): boolean {
  return DOCUMENT_SUBJECT.test(sentence.slice(Math.max(0, at - 60), at));
}

/** A trigger that gives the reason for another act, or names an earlier one, rather than reporting a new one. */
export function isReason(sentence: string, at: number): boolean {
  const near = sentence.slice(Math.max(0, at - 60), at);
  const cut = Math.max(near.lastIndexOf(','), near.lastIndexOf(';'));
  return REASON.test(cut < 0 ? near : near.slice(cut + 1)) || OF_CHARGE.test(near);
}

const DENIAL = /\b(?:den(?:y|ies|ied|ying)|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed)\b/iu;
export function isDenied(sentence: string, at: number): boolean {
  return DENIAL.test(clauseBefore(sentence, at).slice(-90));
}

const ACCUSATION =
  /\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|attribut(?:ed|es|ing)|held\s+(?:\S+\s+){0,3}responsible|alleg(?:ed|es|ing)|said\s+(?:\S+\s+){0,4}(?:was|were|is|are)\s+behind|concluded|named\s+(?:\S+\s+){0,8}as\s+(?:the\s+)?(?:perpetrator|culprit|source|author)s?|(?:found|declared|determined)\s+(?:\S+\s+){1,3}(?:to\s+be\s+)?in\s+(?:material\s+)?(?=$))/giu;
/** The offset of the accusation verb whose object the trigger is, or -1. */
export function accusationAt(sentence: string, at: number): number {
  const clause = clauseBefore(sentence, at);
  const offset = at - clause.length;
  let found = -1;
  for (const m of clause.slice(-120).matchAll(ACCUSATION))
    found = offset + Math.max(0, clause.length - 120) + (m.index ?? 0);
  return found;
}

const PASSIVE = /\b(?:was|were|been|being|be|is|are|got|get|gets)\s+(?:\p{L}+ly\s+)?$/iu;
/** "was arrested in Washington on Sunday and charged with": a participle joined to a passive one. */
const JOINED_PASSIVE =
  /\b(?:was|were|been|being|is|are)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn)\b[^.;,:]{0,70}?\band\s+(?:later\s+|then\s+|also\s+)?$/iu;
/** After the participle, a preposition or the clause's end, not an object: "charged with", not "expelled ten". */
const NO_OBJECT = /^\s*(?:with|for|to|in|on|by|from|over|at|as|under|after|,|\.|;|$)/i;
export function isPassive(sentence: string, at: number, end = at): boolean {
  if (PASSIVE.test(sentence.slice(Math.max(0, at - 30), at))) return true;
  return (
    end > at && NO_OBJECT.test(sentence.slice(end)) && JOINED_PASSIVE.test(sentence.slice(Math.max(0, at - 110), at))
  );
}

const LIGHT_BEFORE = new RegExp(
  // Whole verb forms: a stem like "host" would also match "hostility". "Ended" only with a length ("ended two days
  // of talks"): alone it may be breaking talks off. A parenthesis of means may stand between the verb and its
  // noun ("completed yesterday, by an exchange of notes, the extension").
  `\\b(?:impos(?:e|ed|es|ing)|announc(?:e|ed|es|ing)|unveil(?:ed|s|ing)?|introduc(?:e|ed|es|ing)|slap(?:s|ped|ping)?|levie[sd]|levy|expand(?:ed|s|ing)?|widen(?:ed|s|ing)?|tighten(?:ed|s|ing)?|broaden(?:ed|s|ing)?|order(?:ed|s|ing)?|hold(?:s|ing)?|held|begin(?:s|ning)?|began|start(?:ed|s|ing)?|open(?:ed|s|ing)?|conduct(?:ed|s|ing)?|launch(?:ed|es|ing)?|reach(?:ed|es|ing)?|issu(?:e|ed|es|ing)|approv(?:e|ed|es|ing)|adopt(?:ed|s|ing)?|complet(?:e|ed|es|ing)|carr(?:y|ied|ies|ying) out|took|take[sn]?|taking|hit|hits|add(?:ed|s|ing)?|wrap(?:ped|s)? up|conclud(?:e|ed|es|ing)|resum(?:e|ed|es|ing)|host(?:ed|s|ing)?|conven(?:e|ed|es|ing)|arrang(?:e|ed|es|ing)|agreed to|decid(?:e|ed|es|ing) to|voted for|sign(?:ed|s|ing)?|order|plac(?:e|ed|es|ing) on|return(?:ed|s)|unseal(?:ed|s)|br(?:ing|ings|ought))\\s+(?:(?:[^,.;]{1,25},\\s*)?(?:by|through|via|with)\\s[^,.;]{1,60},\\s+)?(?:${W}\\s+){0,6}["“]?$|\\b(?:had|has|have|having)\\s+(?:an?|the|their|his|her|its)\\s+(?:${W}\\s+){0,2}$|\\bend(?:ed|s|ing)?\\s+(?:${W}\\s+){0,2}?(?:days?|weeks?|hours?|rounds?|sessions?)\\s+of\\s+(?:${W}\\s+){0,2}$|\\b(?:an?|one|two|three|four|five|six|several|\\d+)\\s+(?:${W}\\s+)?(?:days?|hours?|rounds?)\\s+of\\s+$`,
  'iu',
);
const LIGHT_AFTER =
  /^[^.;]{0,60}?\b(?:took place|(?:was|were|are|is|will be) (?:held|imposed|announced|signed|concluded|completed|expanded)|began|opened|ended|concluded|lasted|announced by|imposed by|take effect|took effect|takes effect|came into force|targets?|targeted|hit|freeze|bar|ban|include|affect)\b/iu;
/** A bare participle right after the noun, with where, when or who: "a telephone conversation held at the request of…", "talks conducted in Geneva". */
const HELD_AFTER = /^,?\s+(?:held|conducted)\s+(?:at|in|on|by|with|between|over|via|last|earlier|yesterday|today)\b/i;
/** A break between clauses of one sentence: ";", ", and", ", but", ", while". */
export const CLAUSE_BREAK = /;|,\s+(?:and|but|while)\b/;
/** Whether a break between clauses lies in `text`. */
export const breaksClause = (text: string): boolean => CLAUSE_BREAK.test(text);
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK, 'g');
/** The span of the clause that holds [start, end): from the break before it to the break after it. */
export function clauseSpan(text: string, start: number, end: number): readonly [number, number] {
  const breaks = [...text.matchAll(CLAUSE_BREAKS)].map((m) => m.index ?? 0);
  return [Math.max(0, ...breaks.filter((b) => b < start)), Math.min(text.length, ...breaks.filter((b) => b >= end))];
}
/** How far apart two offsets of a sentence read: their characters, and 80 more across a break between clauses. */
export const readingDistance = (text: string, from: number, to: number): number =>
  to - from + (breaksClause(text.slice(from, to)) ? 80 : 0);

/** Past forms that enact a measure named before them: "(the sanctions) Washington imposed". */
export const ENACTING_PAST = '(?:imposed|introduced|announced|adopted|ordered|declared|placed|levied)';
/** A relative clause whose government enacted the noun: "the embargo the United States imposed on Crimea". */
const ENACTED_AFTER = new RegExp(
  `^\\s+(?:(?:that|which)\\s+)?(?:the\\s+)?(?:United States|U\\.S\\.|Washington|Russia|Moscow|Kremlin|White House|Treasury|(?:Obama|Bush|Trump|Biden|Clinton) administration)\\s+(?:had\\s+)?${ENACTING_PAST}\\b`,
  'u',
);
/** A relative clause whose named subject held the talks: "the talks that Deputy Secretary Wendy Sherman held with…". */
const HELD_BY_NAMED_AFTER =
  /^\s+(?:that|which)\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*\s+){1,6}?(?:had\s+)?(?:held|conducted|hosted|began|opened|completed)\b/u;
const POSSESSIVE_BEFORE = /(?:['’]s|\b(?:its|their|his|her))\s+(?:\p{L}+\s+){0,2}$/iu;

/** Whether a noun trigger reports an act here rather than naming one. */
export function isEnacted(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 80), start);
  const after = sentence.slice(end);
  return (
    LIGHT_BEFORE.test(before) ||
    LIGHT_AFTER.test(after) ||
    HELD_AFTER.test(after) ||
    ENACTED_AFTER.test(after) ||
    HELD_BY_NAMED_AFTER.test(after) ||
    POSSESSIVE_BEFORE.test(before)
  );
}

/** A clause that starts with a pronoun or a generic body stands for the last named actor. */
export const ANAPHORIC_START =
  /^(?:["“]?\s*)(?:It|He|She|They|The (?:ministry|department|embassy|agency|administration|government|spokes(?:man|woman|person)|envoy|minister|president|official|officials|statement|move|measures)|Officials|Both|The two)\b/;
