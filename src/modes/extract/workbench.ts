/**
 * The curator's work on one article, as plain data: the article as the engine read it, each candidate with
 * the curator's version of it and a decision, and which candidate is selected. A pure reducer changes it, so
 * the view only dispatches and draws.
 */
import type { RawEvent, RawSource } from '../../data/schema';
import type { Article, CandidateEvent, Evidence, ExtractResult } from '../../extract/extract';

/** pending: not decided; accepted: a new event; source: the article is added as a source to the matched event. */
export type Decision = 'pending' | 'accepted' | 'source' | 'rejected';

/** Colours of the highlights and cards (CSS classes hl-0 … hl-7), reused in turn. */
export const HIGHLIGHT_COLOURS = 8;

export interface WorkItem {
  /** The id the engine drafted: stable while the curator edits the event (and its id). */
  readonly key: string;
  readonly colour: number;
  readonly candidate: CandidateEvent;
  /** The curator's version in the dataset schema: the candidate's fields until edited. */
  readonly event: RawEvent;
  readonly edited: boolean;
  readonly decision: Decision;
}

export interface Workbench {
  /** The article as the engine read it (evidence offsets point into its text); null before a run. */
  readonly article: Article | null;
  readonly items: readonly WorkItem[];
  readonly warnings: readonly string[];
  /** Why the article could not be read at all, in the engine's words. */
  readonly problem: string | null;
  readonly selected: string | null;
}

export type WorkbenchAction =
  | { readonly type: 'extracted'; readonly article: Article; readonly result: ExtractResult }
  | { readonly type: 'select'; readonly key: string | null }
  | { readonly type: 'decide'; readonly key: string; readonly decision: Decision }
  | { readonly type: 'edit'; readonly key: string; readonly event: RawEvent };

export const EMPTY_WORKBENCH: Workbench = { article: null, items: [], warnings: [], problem: null, selected: null };

/** A candidate's fields in the dataset schema, without what only the curator needs (confidence, evidence…). */
export function toSchemaEvent(c: CandidateEvent): RawEvent {
  const { confidence, evidence, alsoIn, dateExpression, match, ...event } = c;
  return event;
}

/** Every sentence that reports the candidate: the main one first. */
export function evidenceOf(c: CandidateEvent): readonly Evidence[] {
  return [c.evidence, ...c.alsoIn];
}

function update(wb: Workbench, key: string, change: (item: WorkItem) => WorkItem): Workbench {
  return { ...wb, items: wb.items.map((item) => (item.key === key ? change(item) : item)) };
}

export function reduceWorkbench(wb: Workbench, action: WorkbenchAction): Workbench {
  switch (action.type) {
    case 'extracted':
      return {
        article: action.article,
        items: action.result.events.map((c, i) => ({
          key: c.id,
          colour: i % HIGHLIGHT_COLOURS,
          candidate: c,
          event: toSchemaEvent(c),
          edited: false,
          decision: 'pending',
        })),
        warnings: action.result.warnings,
        problem: action.result.problem,
        selected: null,
      };
    case 'select':
      return wb.selected === action.key ? wb : { ...wb, selected: action.key };
    case 'decide':
      // A source addition needs an event to add to.
      return update(wb, action.key, (item) =>
        action.decision === 'source' && !item.candidate.match ? item : { ...item, decision: action.decision },
      );
    case 'edit':
      return update(wb, action.key, (item) => ({ ...item, event: action.event, edited: true }));
  }
}

/** The accepted new events, in the dataset schema, in the article's order. */
export function selectAcceptedEvents(wb: Workbench): RawEvent[] {
  return wb.items.filter((i) => i.decision === 'accepted').map((i) => i.event);
}

/** The article as another source of an event the dataset already has. */
export interface SourceAddition {
  /** The id of the dataset's event. */
  readonly event: string;
  readonly source: RawSource;
  /** The sentence that reports it, for the curator who adds the source. */
  readonly evidence: string;
}

export function selectSourceAdditions(wb: Workbench): SourceAddition[] {
  return wb.items.flatMap((i) => {
    const source = i.event.sources[0];
    if (i.decision !== 'source' || !i.candidate.match || !source) return [];
    return [{ event: i.candidate.match, source, evidence: i.candidate.evidence.sentence }];
  });
}

export function countDecisions(wb: Workbench): Record<Decision, number> {
  const counts: Record<Decision, number> = { pending: 0, accepted: 0, source: 0, rejected: 0 };
  for (const item of wb.items) counts[item.decision] += 1;
  return counts;
}

/** The ids other items use now: an edited event's new id must not take one of them. */
export function selectTakenIds(wb: Workbench, except: string): Set<string> {
  return new Set(wb.items.filter((i) => i.key !== except).map((i) => i.event.id));
}
