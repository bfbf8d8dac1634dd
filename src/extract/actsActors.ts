/**
 * Who did an act a trigger reports: a meeting's parties, a joint act's subjects, or one side's subject, with
 * "his Russian counterpart", "the two leaders", a passive's agent, an anaphora and an issuing government.
 */
import type { Actor } from '../data/categories';
import type { ActorMention } from './actors';
import { type AgentFinding, findAgent, findJointParties, findMeetingParties, subjectBefore } from './agents';
import { backgroundParties } from './background';
import type { SentenceAnalysis, SentenceContext } from './candidates';
import { ANAPHORIC_START, clauseBefore, clauseSpan, isPassive } from './clauses';
import { firstNational } from './detainees';
import type { TriggerHit } from './triggers';

const COUNTERPART =
  /\b(?:his|her|their|its)\s+((?:Russian|American|U\.S\.|US)\s+)counterparts?\b|\b(Russia['’]s|America['’]s)\s+(?:\p{L}+\s+){0,3}counterparts?\b/iu;
const BOTH_SIDES =
  /\b(?:the two (?:leaders|presidents|men|sides|countries|nations|governments|powers|militaries|armies|navies|(?:[\p{L}-]+\s+)?(?:chiefs|ministers|diplomats|negotiators|envoys|counterparts))|both (?:leaders|presidents|sides|countries|governments)|the leaders of the two countries|the two countries['’]|the (?:presidents|leaders|(?:foreign )?ministers)['’](?=\s)|the (?:presidents|leaders)(?=\s+(?:had\s+)?(?:met|spoke|talked|held|agreed|signed|issued)\b))/iu;

/** "The two" opening a sentence with no noun after it: the pair the sentence before named ("The two spoke…"). */
const THE_TWO =
  /^["“]?The two\s+(?:(?:last|had|have|first|also|then|later)\s+)?(?:spoke|talked|met|held|agreed|signed|discussed|exchanged)\b/;

/** Two officials of the two sides, unnamed: "The two ministers had not met since…", "the two presidents". */
const THE_TWO_WORDS = String.raw`\b[Tt]he two\s+(?:foreign\s+|defen[cs]e\s+)?`;
const TWO_NOUNS = 'presidents|leaders|ministers|secretaries|envoys|delegations';
const TWO_OFFICIALS = new RegExp(`${THE_TWO_WORDS}(?:${TWO_NOUNS})\\b`);
/** The two as the subject of the verb that follows: "the two men had only a brief conversation". */
const TWO_SUBJECT = new RegExp(
  `${THE_TWO_WORDS}(?:${TWO_NOUNS}|men)\\s+(?:(?:only|also|then|later|last|first|had|have|briefly)\\s+){0,2}$`,
);

/** A body named by its common noun as the subject of the verb that follows: "the department expanded". */
const GENERIC_SUBJECT =
  /\b[Tt]he\s+(?:department|ministry|agency|administration|government|embassy|office|treasury|bureau|service)\s+(?:(?:also|then|later|had|has|have|formally|quietly)\s+)?$/;

/** A court, a judge, a jury or the police as the subject of the clause. */
const COURT_SUBJECT =
  /\b(?:court|judge|jury|tribunal|magistrate|police|investigators|prosecutors|border guards|customs officers)\b[^,;]{0,60}$/i;

/** The mentions in the trigger's own clause, between the breaks (";", ", and", ", but") around it. */
function mentionsInClause(mentions: readonly ActorMention[], text: string, hit: TriggerHit): ActorMention[] {
  const [from, to] = clauseSpan(text, hit.start, hit.end);
  return mentions.filter((m) => m.start >= from && m.end <= to);
}

/** A visit names its place right after the verb: "visited Moscow", "visiting the Kremlin". */
export function visitsPlace(hit: TriggerHit, a: SentenceAnalysis): boolean {
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

/**
 * The issuer as the subject of the verb that follows, in a government's document: "I have ordered", "we also
 * imposed", "Today the President signed…" (its head).
 */
const ISSUER_WORDS = String.raw`(?:\b(?:I|[Ww]e)|\b[Tt]he President)\s+`;
const ISSUER_SUBJECT = new RegExp(
  String.raw`${ISSUER_WORDS}(?:\p{L}+ly\s+)?(?:(?:have|has|had|also|then)\s+){0,2}$`,
  'u',
);

/** A second verb joined by "and" to one the issuer is the subject of: "the President signed an order and imposed…". */
const ISSUER_JOINED = new RegExp(
  String.raw`${ISSUER_WORDS}(?:(?:have|has|had|also|then)\s+){0,2}\p{L}+ed\b[^.;,:]{0,90}?\band\s+(?:(?:also|then|later)\s+)?(?:\p{L}+ed\s+)?$`,
  'u',
);

/** A time that opens the sentence, then "he" or "she" as the subject of the verb that follows. */
const TIME_OPENS = String.raw`^["“]?\s*(?:(?:On|In|Last|Earlier|Later|That|This|The next|The following|Then|Two|Three|A)\b[^,;.:"“”]{0,30}?,?\s+)`;
const ADVERB = String.raw`(?:(?:also|then|later|again|quickly|formally|personally|had|has)\s+)?$`;
const TIMED_PRONOUN = new RegExp(String.raw`${TIME_OPENS}(?:he|she)\s+${ADVERB}`, 'u');
/** "In March it banned President Biden…": "it" after an opening time is the side that acted last. */
const TIMED_IT = new RegExp(String.raw`${TIME_OPENS}it\s+${ADVERB}`, 'u');

/** A possessive's decision just before the verb: "Obama's decision last month to …", "Moscow's move to …". */
const DECIDER = /['’]s\s+(?:decision|move|order|choice|bid)\s+(?:[\p{L}\d,.-]+\s+){0,3}?to\s+$/u;

/** A subject told by another to act: "were ordered to leave" (the trigger's words), "was told to close" (before them). */
const TOLD = '(?:was|were|is|are|been|being)\\s+(?:\\p{L}+ly\\s+)?(?:ordered|told|instructed|directed|forced|required)';
const ORDERED = new RegExp(`^${TOLD}\\b`, 'iu');
const ORDERED_TO = new RegExp(`\\b${TOLD}\\s+(?:[^.;,]{0,25}\\s)?to\\s+$`, 'iu');

/** Who did it, by the kind of act: a meeting's parties, a joint act's subjects, or one side's subject. */
export function findActors(hit: TriggerHit, a: SentenceAnalysis, context: SentenceContext): AgentFinding | null {
  const text = a.sentence.text;
  const background = backgroundParties(hit, text, context.nearSides ?? []);
  if (background) return background;
  // "I have sanctioned nine entities", "the President signed" in a government's document: the issuer acted.
  if (
    context.issuer &&
    hit.rule.mutual !== 'meet' &&
    (ISSUER_SUBJECT.test(text.slice(Math.max(0, hit.start - 30), hit.start)) ||
      ISSUER_JOINED.test(clauseBefore(text, hit.start).slice(-140)))
  )
    return { sides: [context.issuer], how: 'named', mentions: [] };
  const passive =
    /\bsummoned$/.test(hit.text) ||
    // "sixty diplomats were ordered to leave", "Russia was ordered to close its consulate": the subject is told to act.
    ORDERED.test(hit.text) ||
    ORDERED_TO.test(text.slice(Math.max(0, hit.start - 50), hit.start)) ||
    (hit.rule.form === 'verb' &&
      isPassive(text, hit.start, hit.end) &&
      /(?:ed|en|wn|ld|ck|ot|ut)$/i.test(hit.text.split(/\s/)[0] ?? '')) ||
    // "U.S. soldier sentenced to four years": these verbs take their object first, so a preposition next is passive;
    // not after a government named as their subject ("the officer whom the FBI arrested with his wife").
    (/^(?:sentenced|detained|arrested|jailed|convicted|imprisoned|expelled|charged|indicted)\s+(?:to|in|for|on|at|over|from|with|as)\b/i.test(
      text.slice(hit.start),
    ) &&
      !a.mentions.some(
        (m) => m.role === 'agent' && m.entry.kind === 'body' && /^\s*$/.test(text.slice(m.end, hit.start)),
      ));
  // "He"/"She" is the last official named; "It", "They", "The ministry" the last side that acted.
  // So is "he" after a time that opens the sentence: "Last week he signed a decree", "On Friday she said".
  const pronoun = TIMED_PRONOUN.test(text.slice(0, hit.start));
  const person =
    (/^(?:["“]?\s*)(?:He|She)\b/.test(text) || pronoun) && context.previousPerson ? [context.previousPerson] : null;
  const antecedent = person ?? context.previous;
  const anaphoric = (ANAPHORIC_START.test(text) || (pronoun && person !== null)) && antecedent !== null;
  if (hit.rule.mutual === 'meet') {
    // "met Ukraine's president": a meeting of one of ours with a third party is not ours.
    const parties = findMeetingParties(a.mentions);
    const third = a.mentions.some((m) => m.side === 'third' && m.role !== 'place' && m.role !== 'inactive');
    if (third && parties.sides.length < 2 && !COUNTERPART.test(text) && !BOTH_SIDES.test(text) && !THE_TWO.test(text))
      return null;
  }
  if (hit.rule.mutual) {
    // A meeting told in a clause of its own that names both sides is theirs alone: "…, and on 20 December Dmitriev
    // held talks with the American representatives in Miami" is not Putin's and Witkoff's.
    const own = hit.rule.mutual === 'meet' ? findMeetingParties(mentionsInClause(a.mentions, text, hit)) : null;
    const found =
      hit.rule.mutual === 'meet'
        ? own && own.sides.length === 2
          ? own
          : findMeetingParties(a.mentions)
        : findJointParties(a.mentions, text, hit.start);
    const sides = new Set(found?.sides ?? []);
    if (BOTH_SIDES.test(text)) for (const s of ['US', 'RU'] as const) sides.add(s);
    // "spoke with his Russian counterpart": the counterpart is the other side of whoever spoke.
    const counterpart = COUNTERPART.exec(text);
    if (counterpart) {
      sides.add(/^(?:Russian|Russia['’]s)/i.test(counterpart[1] ?? counterpart[2] ?? '') ? 'RU' : 'US');
      if (sides.size === 1) sides.add([...sides][0] === 'RU' ? 'US' : 'RU');
    }
    if (anaphoric && sides.size > 0) for (const s of antecedent ?? []) sides.add(s);
    // "The two spoke briefly", naming no one: the officials of both sides the sentence before named, or the act before's.
    // "In May they signed a treaty", "…, when they held talks in Geneva": "they" are the two named before, or
    // "the two presidents" of the sentence.
    const they = /\bthey\s+(?:(?:also|then|later|again|first|had|have|jointly)\s+)?$/i.test(
      text.slice(Math.max(0, hit.start - 30), hit.start),
    );
    // "On Friday the two men had only a brief conversation": the two as the subject just before the verb.
    const twoBefore = TWO_SUBJECT.test(text.slice(Math.max(0, hit.start - 40), hit.start));
    if ((sides.size === 0 && (THE_TWO.test(text) || they)) || (sides.size < 2 && twoBefore)) {
      const pair = context.previousPeople?.length === 2 ? context.previousPeople : context.previous;
      if (pair?.length === 2) for (const s of pair) sides.add(s);
      else if (TWO_OFFICIALS.test(text.slice(0, hit.start)) || twoBefore)
        for (const s of ['US', 'RU'] as const) sides.add(s);
    }
    // "in their previous conversation": the two who met in the act before.
    const theirs = /\btheir\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(Math.max(0, hit.start - 30), hit.start));
    if (theirs && context.previous?.length === 2) for (const s of context.previous) sides.add(s);
    // "Clinton spent an hour taking his measure", "met him": the one met is the official of the sentence before.
    const him = /^[^.;]{0,40}?\b(?:him|his|her)\b/.test(text.slice(hit.end));
    const other = context.previousPerson;
    if (hit.rule.mutual === 'meet' && him && sides.size === 1 && other && !sides.has(other)) sides.add(other);
    if (sides.size >= 2) return { sides: [...sides], how: 'mutual', mentions: found?.mentions ?? [] };
  }
  // "Last month he signed a law barring Americans…": the pronoun is the subject, whoever else the clause names.
  if (pronoun && person) return { sides: person, how: 'anaphora', mentions: [] };
  if (TIMED_IT.test(text.slice(0, hit.start)) && context.previous?.length === 1)
    return { sides: context.previous, how: 'anaphora', mentions: [] };
  const verbEnds = a.hits.filter((h) => h !== hit && h.rule.form === 'verb').map((h) => h.end);
  // "President Obama's decision last month to scrap the plan": the one whose decision it was did it.
  const from = Math.max(0, hit.start - 80);
  const decider = DECIDER.exec(text.slice(from, hit.start));
  // The possessive's mention ends at its "'s", where the match begins two characters earlier.
  const who = decider && a.mentions.find((m) => m.end === from + decider.index + 2 && m.side !== 'third');
  if (who) return { sides: [who.side as Actor], how: 'subject', mentions: [who] };
  const one = findAgent(a.mentions, text, hit.start, hit.end, passive, verbEnds);
  // "Mr. Reed, who had come to Moscow to study, was detained": a citizen of one side held with no agent named is
  // held by the other side, whatever other names the sentence holds.
  const held =
    passive && hit.rule.category === 'prisoners' && one?.how !== 'by'
      ? firstNational(text.slice(0, hit.start), context.nationals)
      : null;
  if (held) return { sides: [held === 'US' ? 'RU' : 'US'], how: 'patient', mentions: [] };
  // "Judge Anna Sotnikova of the Khimki city court convicted Ms. Griner", "a federal jury convicted Bout": a court
  // or the police, of no side named, holding one side's citizen are the other side's.
  const court =
    !passive &&
    hit.rule.category === 'prisoners' &&
    (!one || one.how === 'target' || one.how === 'place') &&
    COURT_SUBJECT.test(clauseBefore(text, hit.start).slice(-90))
      ? (firstNational(text.slice(hit.end), context.nationals) ??
        // "Police detained him": the one the sentence before named.
        (/^\s+(?:him|her)\b/.test(text.slice(hit.end)) ? firstNational(context.previousText, context.nationals) : null))
      : null;
  if (court) return { sides: [court === 'US' ? 'RU' : 'US'], how: 'patient', mentions: [] };
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
