/**
 * Who leaves, after a noun of leaving ("withdrawal", "exit", "pull-out", "departure"): the side named as its
 * adjective or after "of", or the side whose notice of it is given. Not whom it struck.
 */
import type { ActorMention } from './actors';
import type { AgentFinding } from './agents';

/** A notice given of the giver's own withdrawal: "gave Russia formal notice of its withdrawal". */
const NOTICE_OF_ITS =
  /\b(?:gave|given|give[sn]?|giving|served|delivered|sent)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:(?:formal|written|official)\s+)?notice\s+of\s+(?:its|their)\s+$/iu;

/** The side that leaves, when the trigger spanning [start, end) is a noun of leaving; else null. */
export function findLeaver(
  mentions: readonly ActorMention[],
  sentence: string,
  start: number,
  end: number,
): AgentFinding | null {
  if (!/^(?:withdrawal|exit|pull-?out|departure)$/i.test(sentence.slice(start, end))) return null;
  // "the American withdrawal".
  const adjective = mentions.find(
    (m) =>
      m.side !== 'third' &&
      m.end <= start &&
      /^\s+$/.test(sentence.slice(m.end, start)) &&
      /^(?:American|Russian|U\.S\.|US)$/.test(sentence.slice(m.start, m.end)),
  );
  if (adjective) return { sides: [adjective.side], how: 'subject', mentions: [adjective] };
  // "the withdrawal of the United States".
  const leaver = mentions.find(
    (m) => m.start >= end && m.side !== 'third' && /^\s+of\s+(?:the\s+)?$/i.test(sentence.slice(end, m.start)),
  );
  if (leaver) return { sides: [leaver.side], how: 'subject', mentions: [leaver] };
  // "had given Russia formal notice of its withdrawal": the side whose notice it is, named before the verb.
  const from = Math.max(0, start - 90);
  const notice = NOTICE_OF_ITS.exec(sentence.slice(from, start));
  const giver =
    notice &&
    [...mentions].reverse().find((m) => m.end <= from + notice.index && m.side !== 'third' && m.role === 'agent');
  return giver ? { sides: [giver.side], how: 'subject', mentions: [giver] } : null;
}
