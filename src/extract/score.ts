/**
 * How sure the extractor is of a candidate, 0…1: a verb with a named subject and a date in the same
 * sentence scores high; a noun, an actor inferred from the target, a missing date or a date after the
 * publication day (in the past tense) lower it.
 */
import { isAfterPublication } from './dates';
import type { MergedCandidate } from './merge';

export function scoreConfidence(c: MergedCandidate, published: string): number {
  const first = c.parts[0];
  if (!first) return 0;
  let score = 0.45;
  if (first.trigger.rule.form === 'verb') score += 0.1;
  if (first.how === 'subject' || first.how === 'by' || first.how === 'mutual' || first.how === 'accuser') score += 0.1;
  else score -= 0.05;
  if (!c.date) score -= 0.2;
  else score += c.date.relative ? 0.15 : 0.2;
  // An incident of arms is told with its day; undated, "a military course", "the campaign in Syria" characterise.
  if (!c.date && first.category === 'military') score -= 0.15;
  if (c.date && !first.future && isAfterPublication(c.date.date, published)) score -= 0.25;
  if (first.analysis.sentence.index < 2) score += 0.05;
  score += Math.min(0.1, (c.parts.length - 1) * 0.05);
  if (first.statement) score -= 0.1;
  return Math.round(Math.min(0.95, Math.max(0.05, score)) * 100) / 100;
}
