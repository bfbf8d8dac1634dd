/**
 * Who did it: the side that acts in a clause, found by where the governments are named around the
 * trigger. The nearest acting name before the verb is its subject ("Washington expelled…"); a passive
 * verb looks for "by …", else the act was done to the side named before it ("Russian diplomats were
 * expelled": the US acted); with no subject the target gives the actor away ("sanctioned 32 Russian
 * entities"). Third parties (the EU, Ukraine) are named so that their acts are not taken for ours.
 */
import type { Actor } from '../data/categories';
import type { ActorMention } from './actors';
import { clauseBefore } from './clauses';
import type { Side } from './gazetteer';

export type AgentHow = 'subject' | 'by' | 'patient' | 'target' | 'place' | 'mutual' | 'anaphora' | 'accuser';

export interface AgentFinding {
  readonly sides: readonly Side[];
  readonly how: AgentHow;
  readonly mentions: readonly ActorMention[];
}

const OBJECT_GAP = /^\s+(?:(?:the|a|an|its|their|\d[\d,]*|[a-z]+)\s+){0,3}$/;
const JOINED = /^\s*(?:,|and|along with|together with|alongside|as well as|joined by)\s*(?:the\s+)?$/i;

export function other(side: Actor): Actor {
  return side === 'US' ? 'RU' : 'US';
}

/** The acting name nearest before `at` in its clause; a third party joined to one of ours gives way to it. */
export function subjectBefore(
  mentions: readonly ActorMention[],
  sentence: string,
  at: number,
  verbEnds: readonly number[] = [],
): ActorMention | null {
  const clauseStart = at - clauseBefore(sentence, at).length;
  // A name just after another act's verb is that verb's object ("expelled 10 Russian diplomats and imposed…").
  const isObject = (m: ActorMention) =>
    verbEnds.some((e) => e <= m.start && OBJECT_GAP.test(sentence.slice(e, m.start)));
  const left = mentions.filter((m) => m.end <= at && m.start >= clauseStart && m.role === 'agent' && !isObject(m));
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

function opposite(side: Side): Side {
  return side === 'third' ? 'third' : other(side);
}

/** The actor of a one-sided act whose trigger spans [start, end). */
export function findAgent(
  mentions: readonly ActorMention[],
  sentence: string,
  start: number,
  end: number,
  passive: boolean,
  verbEnds: readonly number[] = [],
): AgentFinding | null {
  if (passive) {
    const by = mentions.find((m) => m.start >= end && m.start - end < 80 && m.role === 'passive-agent');
    if (by) return { sides: [by.side], how: 'by', mentions: [by] };
    const patient = [...mentions].reverse().find((m) => m.end <= start && m.role !== 'place' && m.role !== 'inactive');
    if (patient) return { sides: [opposite(patient.side)], how: 'patient', mentions: [] };
  } else {
    const subject = subjectBefore(mentions, sentence, start, verbEnds);
    if (subject) return { sides: [subject.side], how: 'subject', mentions: [subject] };
  }
  // No subject named: a third party named anywhere before makes the act theirs, not ours.
  if (mentions.some((m) => m.end <= start && m.side === 'third' && m.role === 'agent')) return null;
  const target = mentions.find((m) => m.start >= end && (m.role === 'target' || m.role === 'agent'));
  if (target && target.side !== 'third') return { sides: [opposite(target.side)], how: 'target', mentions: [] };
  const place = mentions.find((m) => m.role === 'place' && m.side !== 'third');
  if (place) return { sides: [place.side], how: 'place', mentions: [] };
  return null;
}

/** The sides taking part in a two-sided act: every acting, partnering or hosting side named in the sentence. */
export function findParties(mentions: readonly ActorMention[]): AgentFinding {
  const involved = mentions.filter(
    (m) =>
      m.side !== 'third' &&
      (m.role === 'agent' || m.role === 'partner' || m.role === 'place' || m.role === 'passive-agent'),
  );
  const sides = [...new Set(involved.map((m) => m.side))];
  return { sides, how: 'mutual', mentions: involved.filter((m) => m.role !== 'place') };
}
