/**
 * A treaty given as dated background: "The treaty, signed in 2010 and extended in 2021, limited…", "The agreement
 * was signed in Moscow in May". The participle names no parties; they are the two sides the passage is about, when
 * it names both (in the sentence or the two before it). A contract or a deal with a third country is not ours.
 */
import type { Actor } from '../data/categories';
import type { AgentFinding } from './agents';
import type { TriggerHit } from './triggers';

const BACKGROUND_BEFORE =
  /\b(?:treaty|agreement|accord|pact|convention|START)\b,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|had been|has been)\s+)?(?:(?:signed|extended|ratified)\s+[^.;]{0,40}?\s+and\s+)?$/i;
const PARTICIPLE = /^(?:signed|extended|ratified)$/i;

/** Both sides as the parties of a treaty the sentence mentions in passing, or null. */
export function backgroundParties(hit: TriggerHit, text: string, nearSides: readonly Actor[]): AgentFinding | null {
  if (!PARTICIPLE.test(hit.text) || !BACKGROUND_BEFORE.test(text.slice(Math.max(0, hit.start - 90), hit.start)))
    return null;
  if (!nearSides.includes('US') || !nearSides.includes('RU')) return null;
  return { sides: ['US', 'RU'], how: 'mutual', mentions: [] };
}
