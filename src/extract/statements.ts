/**
 * Reactions and reported speech, kept apart from the acts they are about: "Moscow denied involvement" is a
 * statement by Russia, never a reason to make Russia the actor of the sanctions it answers. Only strong
 * reactions count (a denial, a condemnation, a threat or promise of a response, an accusation), and only in
 * the words around the speech verb; "declined to comment" and plain explanations do not.
 */
import type { Actor } from '../data/categories';
import type { ActorMention } from './actors';
import { isObject } from './agents';
import type { RawCandidate, SentenceAnalysis } from './candidates';
import { type DateMention, isFutureAt } from './dates';
import { FIRST_PERSON } from './issuer';

const SPEECH =
  /\b(?:(?:hit|hits|hitting|fired|fires|shot|shoots|lashed|lashes|struck|strikes|pushed|pushes) (?:back|out)|made (?:the|his|her|these|those) (?:comments?|remarks?)|said|says|say|told|stated|added|declared|warned|warns|vowed|vows|pledged|promised|threatened|threatens|denied|denies|deny|dismissed|dismisses|condemned|condemns|denounced|denounces|critici[sz]ed|critici[sz]es|accused|accuses|blamed|blames|called|calls|described|branded|labell?ed|insisted|protested|slammed|decried|responded|responds|retorted|replied|answered|wrote|posted|urged|voiced|expressed|saying|not(?:ed|es) with (?:deep |serious |great )?(?:regret|concern|alarm|dismay|disappointment)|(?<=\bused\s[^.;]{0,80}\bto\s)(?:warn|criticize|criticise|condemn|urge)|welcomed|welcomes|praised|praises|hailed|hails|applauded|applauds|congratulated|congratulates|(?:issued|released|put out|published) (?:a |an )?(?:joint |written )?(?:statement|commentary|communiqu[eé])|reject(?:ed|s)? (?:[\p{L}.'’-]+ ){0,4}?(?:accusations?|allegations?|claims?|charges?|criticism|demands?|assertions?))\b/giu;
const STRONG =
  /\b(?:hit back|fired back|shot back|lashed out|struck back|made (?:the|his|her|these|those) (?:comments?|remarks?)|war criminal|hypocri|unworthy|unforgivable|urg(?:e|ed|es|ing)|den(?:y|ies|ied|ying|ial)|reject|dismiss|condemn|denounc|protest|slam|decri|retaliat|respon(?:d|se)|reciprocal|mirror|countermeasure|absurd|illegal|unlawful|unacceptable|hostile|aggressi|rebuff|unfriendly|groundless|baseless|unfounded|provocat|russophob|blackmail|hysteria|fabricat|unanswered|killer|violat|accus|blame|warn(?!ing\s+(?:system|lights?|shots?|signs?|labels?))|vow|threat|regret|destroy(?!er)|demand|called on|retort|mockery|sham|counterproductive|unjustified|destructive|mistake|unfortunate|regrettabl|unjust|unsafe|unprofessional|reckless|irresponsib|disproportionate|politically motivated|flagrant|breach|outrage|deplor|insist|pushed back|at war with)\w*/i;
const DAY_AFTER_VERB =
  /^\s+(?:on\s+(?:social media\s+on\s+)?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?\s+\d)/u;
const OTHER_SIDE =
  /\b(?:Russia|Russian|Moscow|Kremlin|United States|U\.S\.|US|American|Americans|Washington|White House|Pentagon|State Department|Trump|Putin|Biden|Obama|NATO)\b/;
/** Words given on an occasion of their own: "told a security conference", "in a speech in Munich", "addressing the Duma". */
const OCCASION =
  /\b(?:told|telling|addressed|addressing)\s+(?:a|an|the|his|her|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:conference|forum|session|audience|parliament|Congress|lawmakers|assembly|gathering|rally|Council|Duma|legislators|graduates|cadets|summit)\b|\bin\s+(?:a|an|his|her|the|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:speech|address|interview|op-ed|article)\b/iu;
/** Approval and concern are milder: they make a statement of their own only when the sentence dates it. */
const MILD =
  /\b(?:welcom|congratulat|prais|hail|applaud|commend|grateful|concern|troubl|alarm|worr|disappoint|dismay|fuel to the fire|tension|escalat)\w*/i;
/** Words that make speech a standing position: "has consistently denied", "Russia repeatedly called on". */
const HABITUAL = /\b(?:consistently|always|repeatedly|routinely|regularly|often|frequently|long|never)\s+$/i;
const PRESENT_SPEECH = /^(?:says|denies|rejects?|insists|maintains|accuses|blames)\b/i;
/** What joins a second speech verb to the first, so that both have one speaker: ", and warned", "and added". */
const JOINED_SPEECH = /(?:,\s*|\s)and\s+(?:then\s+|also\s+)?$/;
/** Words about the other side's words: "took note of the president's remarks", "against Trump's assertion". */
const REPLY =
  /\b(?:[\p{Lu}][\p{L}-]+['’]s?|(?:the|his|her|their) (?:president|leader|minister|secretary)['’]s)\s+(?:[\p{L}-]+\s+)?(?:remarks|comments|words|assertions?|statements?|claims?|ultimatums?|posts?|speech|threats?)\b/u;
/** Whether these words answer someone's words. */
export function isReply(words: string): boolean {
  return REPLY.test(words);
}

const TRIVIAL =
  /\b(?:declined to comment|no immediate comment|did not (?:immediately )?respond|could not be reached|not immediately available)\b/i;
const NEGATIVE_TONE =
  /\b(?:den|reject|dismiss|condemn|denounc|protest|slam|decri|retaliat|absurd|illegal|unlawful|unacceptable|hostile|aggressi|groundless|baseless|unfounded|provocat|russophob|blackmail|hysteria|fabricat|killer|violat|accus|blame|warn|threat|regret|disappoint|dismay|destroy(?!er)|mockery|sham|counterproductive|unjustified|destructive|mistake|unfortunate|regrettabl|unjust|unsafe|unprofessional|reckless|irresponsib|disproportionate|politically motivated|flagrant|breach|outrage|deplor)/i;

/** Approval: a statement with none of it, nor blame, only comments. */
const POSITIVE_TONE =
  /\b(?:welcom|congratulat|prais|hail|applaud|commend|grateful|thank|support|constructive|positive|progress|success|agree)/i;

/** The speaking side nearest the speech verb: before it ("Peskov said"), or just after ("said Peskov"). */
function speakerAt(
  text: string,
  mentions: readonly ActorMention[],
  verbStart: number,
  verbEnd: number,
): ActorMention | null {
  const acting = mentions.filter((m) => m.role === 'agent');
  // "Biden, asked whether …, replied": the subject before the aside speaks, not a name inside it.
  if (/,\s*$/.test(text.slice(0, verbStart))) {
    const subject = acting.find((m) => m.end <= verbStart && /^\s*,/.test(text.slice(m.end)));
    if (subject) return subject.side === 'third' ? null : subject;
  }
  const before = [...acting].reverse().find((m) => m.end <= verbStart && verbStart - m.end <= 70 && !isObject(text, m));
  // "said Peskov", "said the Kremlin's spokesman": only a verb of saying puts its speaker after it; after
  // "accused", "called in" or "urged" the name is who is spoken to or about.
  const plain = /^(?:said|says|say|told|stated|added|declared|wrote|posted|insisted|replied|answered|responded)$/i;
  const after = plain.test(text.slice(verbStart, verbEnd))
    ? acting.find((m) => m.start >= verbEnd && m.start - verbEnd <= 45)
    : undefined;
  // "the foreign ministers of the United States, Britain and France said": one of ours in a list of speakers speaks.
  const listed = before?.side === 'third' ? ourInList(text, acting, before) : null;
  const speaker = listed ?? before ?? after ?? null;
  return speaker && speaker.side !== 'third' ? speaker : null;
}

/** The first of our sides in the list of names that ends with `last` ("the United States, Britain and France"). */
function ourInList(text: string, mentions: readonly ActorMention[], last: ActorMention): ActorMention | null {
  let at = mentions.indexOf(last);
  while (at > 0) {
    const prev = mentions[at - 1] as ActorMention;
    const current = mentions[at] as ActorMention;
    if (!/^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$/.test(text.slice(prev.end, current.start))) break;
    if (prev.side !== 'third') return prev;
    at -= 1;
  }
  return null;
}

/**
 * Whether the sentence gives the speech verb a day of its own, right after it ("said on Tuesday", "told
 * reporters on Friday", "said in a statement released on Friday"), and names no act of its own: "said on Friday
 * that Russia would not expel…" is about the expulsion. An act word between the verb and its day ("released")
 * tells of the statement itself.
 */
function dayOfVerb(a: SentenceAnalysis, end: number): boolean {
  const text = a.sentence.text;
  if (DAY_AFTER_VERB.test(text.slice(end, end + 30))) return a.hits.length === 0;
  const day = a.dates.find(
    (d) =>
      d.anchor &&
      d.precision === 'day' &&
      d.start >= end &&
      d.start - end <= 45 &&
      !/[,;]|\b(?:that|after|before|when|since)\b/.test(text.slice(end, d.start)),
  );
  return day !== undefined && a.hits.every((h) => h.start >= end && h.end <= day.start);
}

function nearestDate(dates: readonly DateMention[], at: number): DateMention | null {
  return [...dates].filter((d) => d.anchor).sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0] ?? null;
}

/** A statement by one government in this sentence, unless the same side acts in it (it is then explaining its act). */
export function findStatement(
  a: SentenceAnalysis,
  acts: readonly RawCandidate[],
  previousPerson: Actor | null = null,
): RawCandidate | null {
  const text = a.sentence.text;
  if (TRIVIAL.test(text)) return null;
  // "Americans denied entry" is a ban, not a denial.
  const verbs = [...text.matchAll(SPEECH)].filter(
    (m) => !/^\s+(?:entry|visas?|access|permission|a visa)\b/i.test(text.slice((m.index ?? 0) + m[0].length)),
  );
  for (const [i, m] of verbs.entries()) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // "Tillerson called Mr. Lavrov": a verb that is an act's own word ("called" a call) is not speech.
    if (acts.some((c) => c.trigger.start <= start && end <= c.trigger.end)) continue;
    // "had been warned" is not speech; "has said", "has long insisted" is a standing position, not a dated statement.
    // "had said last September that …", "late on Tuesday … had called the sanctions a hostile move": words of an
    // earlier day, told in the past perfect, are dated and are a statement.
    const auxiliary = /\b(been|be|was|were|has|have|had)\s+(?:\p{L}+ly\s+|long\s+)?$/iu.exec(
      text.slice(Math.max(0, start - 25), start),
    );
    if (auxiliary && !(auxiliary[1]?.toLowerCase() === 'had' && a.dates.some((d) => d.anchor))) continue;
    // "has consistently denied", "repeatedly called on": a position held over time, not words said on a day.
    if (HABITUAL.test(text.slice(Math.max(0, start - 25), start))) continue;
    // "Moscow rejects the accusation and says …": the present tense with no day is the side's standing position.
    if (PRESENT_SPEECH.test(m[0]) && !a.dates.some((d) => d.anchor)) continue;
    // "has rejected the accusations, saying …": a participle shares its main verb's tense, here a standing position.
    if (
      /^saying$/i.test(m[0]) &&
      /\b(?:has|have|had)\s+(?:\p{L}+ly\s+|long\s+)?\p{L}+(?:ed|en|wn)\b[^.;]*,\s*$/iu.test(text.slice(0, start))
    )
      continue;
    // "in what the command described as reckless": an aside on an act, not a statement of its own.
    if (/\bwhat\s+[^,;]{0,50}$/i.test(text.slice(Math.max(0, start - 60), start))) continue;
    // The words this verb introduces: up to the next speech verb.
    // A second verb joined to this one shares its speaker: "said on Sunday that …, and warned that …".
    const next = verbs.slice(i + 1).find((v) => !JOINED_SPEECH.test(text.slice(0, v.index ?? 0)));
    const clause = text.slice(Math.max(0, start - 40), next?.index ?? text.length);
    // A reply with no strong word counts only when dated: undated, it is colour around the act.
    const dated = a.dates.some((d) => d.anchor);
    // "wrote on Oct. 30 that …", "said on Monday that …": words given their own day, about the other side, are a statement.
    // Only where the sentence names no act: "said on Friday that Russia had expelled…" reports the expulsion.
    const aboutOther = OTHER_SIDE.test(clause);
    const ownDay = (dayOfVerb(a, end) || OCCASION.test(clause)) && aboutOther;
    // Approval or concern counts only about the other side: "praised the country's economic progress" in
    // Kazakhstan is not about Russia.
    const mild = MILD.test(clause) && aboutOther;
    if (!STRONG.test(clause) && !((REPLY.test(clause) || mild || ownDay) && dated)) continue;
    // "he said Trump was…": a pronoun before the verb is the speaker, the last official named.
    // Only a pronoun that opens a clause: "charges he denied" is an aside.
    const pronoun = /(?:^|[,;:]\s*|\b(?:and|but)\s+)["“]?\s*(?:[Hh]e|[Ss]he)\s+(?:also\s+|later\s+|then\s+)?$/.test(
      text.slice(0, start),
    );
    if (pronoun) {
      // "Huntsman said …, and he urged …": one of ours named as a subject earlier in the sentence is "he".
      const within = a.mentions.filter((x) => x.end <= start && x.role === 'agent' && x.entry.kind === 'person');
      const own = within.length > 0 && within.every((x) => x.side === within[0]?.side) ? within[0] : undefined;
      const who = own ? (own.side === 'third' ? null : (own.side as Actor)) : previousPerson;
      if (!who) continue;
      const found = statementAt(a, acts, who, [], clause, m[0], start, end);
      return found && { ...found, how: 'anaphora' };
    }
    const speaker = speakerAt(text, a.mentions, start, end);
    if (!speaker) continue;
    // "a trial that the White House called a sham" describes the trial; the words were said on another occasion.
    if (/\b(?:that|which|whom)\s+[^,;]{0,40}$/i.test(text.slice(Math.max(0, speaker.start - 50), speaker.start)))
      continue;
    const names = speaker.entry.kind === 'person' || speaker.entry.kind === 'body' ? [speaker.entry.label] : [];
    return statementAt(a, acts, speaker.side as Actor, names, clause, m[0], start, end);
  }
  return null;
}

/** Words named by their speaker and dated: "Mr. Putin's speech on Saturday", "Trump's remarks, posted on Tuesday". */
const SPOKEN_WORDS =
  /['’]s\s+(?:[\p{L}-]+\s+)?(?:speech|remarks|address|statement|comments|post|interview|op-ed|article)\b/giu;

/**
 * A statement given by its noun: a speaker's dated words, the date within a few words after the noun
 * (a participle may come between: "remarks, posted on his platform on Tuesday").
 */
export function findSpokenWords(a: SentenceAnalysis, acts: readonly RawCandidate[]): RawCandidate | null {
  const text = a.sentence.text;
  for (const m of text.matchAll(SPOKEN_WORDS)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const speaker = a.mentions.find((x) => x.end >= at && x.end <= at + 2 && x.side !== 'third');
    const date = a.dates.find(
      (d) =>
        d.anchor &&
        d.start >= end &&
        d.start - end <= 60 &&
        !/[.;]|\b(?:said|says|that)\b/.test(text.slice(end, d.start)),
    );
    if (!speaker || !date) continue;
    const names = speaker.entry.kind === 'person' || speaker.entry.kind === 'body' ? [speaker.entry.label] : [];
    const found = statementAt(a, acts, speaker.side as Actor, names, text, m[0], speaker.start, end);
    return found && { ...found, date };
  }
  return null;
}

/** A statement in the first person by a document's issuer: "I condemn the decision announced today…". */
export function findFirstPerson(
  a: SentenceAnalysis,
  acts: readonly RawCandidate[],
  issuer: Actor | null,
): RawCandidate | null {
  const m = issuer ? FIRST_PERSON.exec(a.sentence.text) : null;
  if (!m || !issuer) return null;
  const start = (m.index ?? 0) + m[0].search(/\b(?:I|We)\b/);
  const end = (m.index ?? 0) + m[0].length;
  return statementAt(a, acts, issuer, [], a.sentence.text, m[0].slice(start - (m.index ?? 0)), start, end);
}

/** The statement by `side` whose speech verb is at `start`, unless that side acts in the sentence. */
function statementAt(
  a: SentenceAnalysis,
  acts: readonly RawCandidate[],
  side: Actor,
  names: readonly string[],
  clause: string,
  verb: string,
  start: number,
  end: number,
): RawCandidate | null {
  if (acts.some((c) => c.actors.length === 1 && c.actors.includes(side))) return null;
  const denies = /\bden(?:y|ies|ied|ying)|reject/i.test(verb);
  const rule = {
    category: 'statement' as const,
    re: SPEECH,
    tone: -1,
    form: 'verb' as const,
    mutual: false as const,
    gist: 'says',
  };
  return {
    category: 'statement',
    actors: [side],
    tone: NEGATIVE_TONE.test(clause) ? -1 : POSITIVE_TONE.test(clause) ? 1 : 0,
    gist: denies ? 'denies' : 'condemns',
    statement: true,
    analysis: a,
    trigger: { rule, start, end, text: verb },
    date: nearestDate(a.dates, start),
    how: 'subject',
    names,
    future: isFutureAt(a.sentence.text, start),
  };
}

/** A document that is itself its issuer's words on something: "Comment on the notification by the United States…",
 * "Commentary regarding the US sanctions", "Statement in connection with the extradition of…". */
const COMMENT_HEADING =
  /\b(?:Comment(?:ary)?\s+(?:on|regarding|concerning|in connection with|by)|Statement\s+(?:in connection with|regarding|concerning)|Statement by the President on)\b/i;

/**
 * The issuer's statement that a comment or statement is, dated by its own date line: a Foreign Ministry comment
 * on an American step is Russia's statement of that day. None when the document reports an act of the issuer's
 * on its day: it then announces that act.
 */
export function findDocumentStatement(
  headings: readonly SentenceAnalysis[],
  side: Actor,
  day: DateMention,
  acts: readonly RawCandidate[],
  body: string,
): RawCandidate | null {
  // An act or words of the issuer's own that day: the document announces them, it is not a comment beside them.
  if (acts.some((c) => c.actors.includes(side) && c.date?.date === day.date)) return null;
  for (const a of headings) {
    const m = COMMENT_HEADING.exec(a.sentence.text);
    if (!m) continue;
    const start = m.index;
    const found = statementAt(a, [], side, [], body, m[0], start, start + m[0].length);
    return found && { ...found, date: day, how: 'named' };
  }
  return null;
}
