/**
 * Who did it: the side that acts in a clause, found by where the governments are named around the
 * trigger. The nearest acting name before the verb is its subject ("Washington expelled…"); a passive
 * verb looks for "by …", else the act was done to the side named before it ("Russian diplomats were
 * expelled": the US acted); with no subject the target gives the actor away ("sanctioned 32 Russian
 * entities"). Third parties (the EU, Ukraine) are named so that their acts are not taken for ours.
 */
import type { Actor } from '../data/categories';
import type { ActorMention } from './actors';
import { clauseBefore, ENACTING_PAST } from './clauses';
import type { Side } from './gazetteer';
import { findLeaver } from './leavers';

export type AgentHow = 'subject' | 'by' | 'patient' | 'target' | 'place' | 'mutual' | 'anaphora' | 'accuser' | 'named';

export interface AgentFinding {
  readonly sides: readonly Side[];
  readonly how: AgentHow;
  readonly mentions: readonly ActorMention[];
}

/** What joins two names of one subject; titles and given names may come between ("Obama and President Dmitri A. Medvedev"). */
const JOINED =
  /^(?:,?\s+(?:3d|Jr\.|Sr\.|III?))?\s*(?:,|and|along with|together with|alongside|as well as|joined by)\s*(?:(?:the|his|their)\s+)?(?:(?:(?:foreign|defen[cs]e|finance|prime)\s+)?(?:ministers?|presidents?|leaders?|counterparts?|envoys?|delegations?)\s+(?:of|from)\s+(?:the\s+)?)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** Words after which a name is an object: "ordered Russia to…", "expelled 10 Russian diplomats" ("United" is no verb). */
const OBJECT_BEFORE =
  /\b(?:(?!United\b)\p{L}+ed|told|asked|urged|ordered|forced|let|made|gave|sent|met|meets|received|hosted|called|phoned|hits|slaps|expels|sanctions|blacklists|bans|bars|punishes|targets|accuses|blames|warns|tells|urges|asks|orders|hands|gives|sends|summons|rebukes|snubs|confronts|pressures|presses|rebuffs)\s+(?:(?:the|a|an|its|their|\d[\d,]*|[a-z]+)\s+){0,2}$/iu;
const BENEFICIARY_BEFORE = /\b(?:spying|spied|working|worked|agents?|acting|spy)\s+for\s+(?:the\s+)?$/i;

export function other(side: Actor): Actor {
  return side === 'US' ? 'RU' : 'US';
}

function opposite(side: Side): Side {
  return side === 'third' ? 'third' : other(side);
}

/** A name that is some verb's object rather than a subject. */
export function isObject(sentence: string, m: ActorMention, verbEnds: readonly number[] = []): boolean {
  const gap = (e: number) =>
    e <= m.start && /^\s+(?:(?:the|a|an|its|their|\d[\d,]*|[a-z]+)\s+){0,3}$/.test(sentence.slice(e, m.start));
  return OBJECT_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start)) || verbEnds.some(gap);
}

/** The acting name nearest before `at` in its clause; a third party joined to one of ours gives way to it. */
export function subjectBefore(
  mentions: readonly ActorMention[],
  sentence: string,
  at: number,
  verbEnds: readonly number[] = [],
): ActorMention | null {
  const clauseStart = at - clauseBefore(sentence, at).length;
  const left = mentions.filter(
    (m) => m.end <= at && m.start >= clauseStart && m.role === 'agent' && !isObject(sentence, m, verbEnds),
  );
  const nearest = left[left.length - 1];
  if (!nearest) return null;
  const prev = left[left.length - 2];
  if (
    nearest.side === 'third' &&
    prev &&
    prev.side !== 'third' &&
    JOINED.test(sentence.slice(prev.end, nearest.start))
  ) {
    return prev;
  }
  return nearest;
}

/** Every side named with the subject: "the United States and Russia", "Biden and Putin". */
export function subjectGroup(
  mentions: readonly ActorMention[],
  sentence: string,
  subject: ActorMention,
): ActorMention[] {
  const group = [subject];
  let i = mentions.indexOf(subject);
  while (i > 0) {
    const prev = mentions[i - 1] as ActorMention;
    if (!JOINED.test(sentence.slice(prev.end, (mentions[i] as ActorMention).start))) break;
    group.unshift(prev);
    i -= 1;
  }
  return group;
}

/** A participle and "by" after an act's noun: "imposed by", "newly introduced by the". */
const ENACTED_BY = /^\s+(?:[\p{L}-]+ly\s+)?\p{L}+(?:ed|en)\s+by\s+(?:the\s+)?$/u;
const DATED_NEXT = /^\s+(?:on|in|last|earlier this|this)\s+(?:\d|\p{Lu}|week|month|year)/u;

/** The verb of a relative clause that enacts the noun before it: "(the embargo) the United States imposed". */
const RELATIVE_ENACTS = new RegExp(`^\\s+(?:had\\s+)?${ENACTING_PAST}\\b`);

/** The actor of a one-sided act whose trigger spans [start, end). */
export function findAgent(
  mentions: readonly ActorMention[],
  sentence: string,
  start: number,
  end: number,
  passive: boolean,
  verbEnds: readonly number[] = [],
): AgentFinding | null {
  const leaving = findLeaver(mentions, sentence, start, end);
  if (leaving) return leaving;
  // "the American-led invasion", "a NATO-led operation": who led it did it, whoever the sentence's subject is.
  const leader = mentions.find(
    (m) => m.end <= start && /^-led\s+(?:[\p{L}-]+\s+){0,2}$/u.test(sentence.slice(m.end, start)),
  );
  if (leader) return leader.side === 'third' ? null : { sides: [leader.side], how: 'subject', mentions: [leader] };
  // "the decision announced by the Russian government to expel…": who decided acts in the infinitive.
  const decider = mentions.find(
    (m) =>
      m.role === 'passive-agent' &&
      m.side !== 'third' &&
      m.end <= start &&
      (/^(?:\s+[\p{L}-]+){0,2}\s+to\s+$/u.test(sentence.slice(m.end, start)) ||
        // …or with its time between: "the decision taken by Washington at the beginning of October to suspend…".
        /^,?\s+(?:at|in|on|early|late|last|earlier)\b(?:\s+[\p{L}\d-]+){0,5},?\s+to\s+$/u.test(
          sentence.slice(m.end, start),
        )),
  );
  if (decider) return { sides: [decider.side], how: 'by', mentions: [decider] };
  // "the four freed by Moscow", "were expelled by Russia", "the sanctions imposed by Washington on 12 September"
  // (a noun, the participle that says who enacted it, and when: without a time of its own it is background).
  const by = mentions.find(
    (m) =>
      m.start >= end &&
      m.role === 'passive-agent' &&
      (m.start - end < (passive ? 80 : 12) ||
        (ENACTED_BY.test(sentence.slice(end, m.start)) && DATED_NEXT.test(sentence.slice(m.end, m.end + 24)))),
  );
  if (by) return { sides: [by.side], how: 'by', mentions: [by] };
  // "the sanctions the United States imposed": the subject of the relative clause that enacts the noun acts.
  const relativeSubject = mentions.find(
    (m) =>
      m.start >= end &&
      m.side !== 'third' &&
      /^\s+(?:(?:that|which)\s+)?(?:the\s+)?$/.test(sentence.slice(end, m.start)) &&
      RELATIVE_ENACTS.test(sentence.slice(m.end, m.end + 30)),
  );
  if (relativeSubject) return { sides: [relativeSubject.side], how: 'subject', mentions: [relativeSubject] };
  // "extradited to the United States": the side that asked for the prisoner and took him acts.
  if (/^extradit/i.test(sentence.slice(start, end))) {
    const to = mentions.find(
      (m) => m.start >= end && m.side !== 'third' && /^\s+to\s+(?:the\s+)?$/.test(sentence.slice(end, m.start)),
    );
    if (to) return { sides: [to.side], how: 'by', mentions: [to] };
  }
  // "arrested … for spying for Moscow": the arrest is by the other side.
  const beneficiary = mentions.find((m) => BENEFICIARY_BEFORE.test(sentence.slice(Math.max(0, m.start - 30), m.start)));
  if (beneficiary && beneficiary.side !== 'third')
    return { sides: [opposite(beneficiary.side)], how: 'patient', mentions: [] };
  // "officers who were indicted": the relative pronoun stands for a noun we cannot place; look no further back.
  const relative = /\b(?:who|which|that)\s+(?:\S+\s+){0,2}$/i.test(sentence.slice(Math.max(0, start - 30), start));
  if (passive) {
    const patient = relative
      ? undefined
      : [...mentions].reverse().find((m) => m.end <= start && (m.role === 'agent' || m.role === 'target'));
    if (patient) return { sides: [opposite(patient.side)], how: 'patient', mentions: [] };
    // "was ordered on Friday to leave the United States": the country to be left gave the order.
    const left = mentions.find(
      (m) => m.start >= end && m.side !== 'third' && /\bleave\s+(?:the\s+)?$/i.test(sentence.slice(start, m.start)),
    );
    if (left) return { sides: [left.side], how: 'patient', mentions: [] };
  } else {
    // "Russia, which joined the World Trade Organization in August": the name the relative pronoun follows.
    const antecedent = mentions.find(
      (m) =>
        m.end <= start &&
        m.side !== 'third' &&
        /^,?\s+(?:which|who)\s+(?:(?:had|has|have|also|then|later)\s+)?$/.test(sentence.slice(m.end, start)),
    );
    if (antecedent) return { sides: [antecedent.side], how: 'subject', mentions: [antecedent] };
    // "a Russian vehicle struck…", "two Russian Su-24 bombers made…": the name whose noun phrase ends at the verb.
    // A perfect auxiliary belongs to the verb: "a Russian Su-35 fighter had intercepted…".
    // So does a day between subject and verb: "a Russian frigate on Sunday passed…".
    const gap = (m: ActorMention) =>
      sentence
        .slice(m.end, start)
        .replace(/\s(?:has|had|have)\s+$/i, ' ')
        .replace(/\s(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+$/, ' ');
    const adjacent = [...mentions]
      .reverse()
      .find(
        (m) =>
          m.end <= start &&
          m.entry.kind === 'adjective' &&
          /^(?:\s+[\p{L}\d-]+){1,3}\s+$/u.test(gap(m)) &&
          !/\b(?:and|or|of|to|with|by|on|in|at|for|that|who|which|was|were|is|are|has|have|had)\b/i.test(gap(m)) &&
          !isObject(sentence, m, verbEnds),
      );
    if (adjacent && adjacent.side !== 'third') {
      // "A Russian destroyer and an American cruiser passed within…": both noun phrases are the subject.
      const partner = mentions.find(
        (m) =>
          m.end <= adjacent.start &&
          m.entry.kind === 'adjective' &&
          m.side !== 'third' &&
          m.side !== adjacent.side &&
          /^(?:\s+[\p{L}\d-]+){1,3}\s+and\s+(?:an?\s+|the\s+)?$/iu.test(sentence.slice(m.end, adjacent.start)),
      );
      if (partner) return { sides: [partner.side, adjacent.side], how: 'mutual', mentions: [partner, adjacent] };
      return { sides: [adjacent.side], how: 'subject', mentions: [adjacent] };
    }
    const subject = subjectBefore(mentions, sentence, start, verbEnds);
    if (subject) {
      // "The United States and Russia will each cut…": a subject of both sides makes the act both sides'.
      const group = subjectGroup(mentions, sentence, subject).filter((m) => m.side !== 'third');
      const sides = [...new Set(group.map((m) => m.side))];
      if (sides.length === 2) return { sides, how: 'mutual', mentions: group };
      return { sides: [subject.side], how: 'subject', mentions: [subject] };
    }
  }
  // "A court in the Russian port of Vladivostok sentenced…": an authority named by where it sits is that side's.
  const seat = /\b(?:court|judge|tribunal|prosecutors?|police|authorities|investigators)\s+in\s+(?:the\s+|a\s+)?$/i;
  const placed = mentions.find(
    (m) =>
      m.end <= start &&
      m.side !== 'third' &&
      seat.test(sentence.slice(Math.max(0, m.start - 40), m.start)) &&
      !/[,;]/.test(sentence.slice(m.end, start)),
  );
  if (placed) return { sides: [placed.side], how: 'place', mentions: [] };
  // No subject named: a third party named anywhere before makes the act theirs, not ours.
  if (mentions.some((m) => m.end <= start && m.side === 'third' && m.role === 'agent')) return null;
  // The one the act falls on: named after the trigger, or inside its words after the verb ("called in Russian
  // Ambassador Yuri Ushakov").
  const target = mentions.find(
    (m) => (m.start >= end && m.role === 'target') || (m.start > start && m.end <= end && m.side !== 'third'),
  );
  if (target && target.side !== 'third') return { sides: [opposite(target.side)], how: 'target', mentions: [] };
  const place = mentions.find((m) => m.role === 'place' && m.side !== 'third');
  if (place) return { sides: [place.side], how: 'place', mentions: [] };
  // Last resort: the one government acting anywhere in the sentence ("…after a Moscow court convicted him").
  const acting = new Set(mentions.filter((m) => m.role === 'agent').map((m) => m.side));
  const [only] = [...acting];
  if (acting.size === 1 && only && only !== 'third') return { sides: [only], how: 'named', mentions: [] };
  return null;
}

/** The sides of a meeting, call or exchange: every acting, partnering or hosting side named in the sentence. */
export function findMeetingParties(mentions: readonly ActorMention[]): AgentFinding {
  const involved = mentions.filter(
    (m) =>
      m.side !== 'third' &&
      (m.role === 'agent' || m.role === 'partner' || m.role === 'place' || m.role === 'passive-agent'),
  );
  const sides = [...new Set(involved.map((m) => m.side))];
  return { sides, how: 'mutual', mentions: involved.filter((m) => m.role !== 'place') };
}

/** The sides of a joint act (signing, extending, agreeing): the subject with those joined to it, and partners. */
export function findJointParties(
  mentions: readonly ActorMention[],
  sentence: string,
  start: number,
): AgentFinding | null {
  const subject = subjectBefore(mentions, sentence, start);
  const group = subject ? subjectGroup(mentions, sentence, subject) : [];
  // "signed an agreement with Russia": a partner close after the verb, in the same clause.
  const partners = mentions.filter(
    (m) =>
      m.role === 'partner' && m.start > start && m.start - start < 70 && !/[,;]/.test(sentence.slice(start, m.start)),
  );
  // A passive's parties: "The cease-fire was agreed by Kerry and Lavrov" (after "by"), "An arrangement between
  // Washington and Moscow was reached" (in its subject).
  const passive = /\b(?:was|were|been)\s+$/.test(sentence.slice(Math.max(0, start - 16), start));
  const by = passive
    ? mentions.filter(
        (m) =>
          (m.role === 'agent' &&
            m.start > start &&
            m.start - start < 90 &&
            /\bby\s/.test(sentence.slice(start, m.start)) &&
            !/[;]|,\s+(?:and|but)\s/.test(sentence.slice(start, m.start))) ||
          (m.role === 'partner' && m.end < start && start - m.end < 90 && !/[,;]/.test(sentence.slice(m.end, start))),
      )
    : [];
  const all = [...group, ...partners, ...by].filter((m) => m.side !== 'third');
  if (all.length === 0) return null;
  return { sides: [...new Set(all.map((m) => m.side))], how: all.length > 1 ? 'mutual' : 'subject', mentions: all };
}
