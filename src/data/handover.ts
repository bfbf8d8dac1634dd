/**
 * The load worker's result, handed to the page in pieces. Posting a whole Dataset is one structured-clone
 * copy that the page must read in a single task: about a second for 100,000 events and over six for
 * 500,000, during which no click (Cancel included) is answered. In pieces of EVENTS_PER_MESSAGE events each
 * message is a short task, so the page answers between them; the page rebuilds the Dataset as they arrive.
 *
 * Messages, in order: `events` pieces (in the dataset's order), `issues` pieces, then one `end` with the rest
 * of the Dataset (or the failure). Object identity is kept where it matters: byId points at the same event
 * objects as events.
 */
import type { LoadResult } from './load';
import type { DataIssue, Dataset, TimelineEvent } from './model';

/** Short enough that reading one message takes a few tens of milliseconds on a slow machine. */
export const EVENTS_PER_MESSAGE = 500;
export const ISSUES_PER_MESSAGE = 5000;

type DatasetRest = Omit<Dataset, 'events' | 'byId' | 'answeredBy'> & {
  readonly answeredBy: readonly (readonly [string, readonly string[]])[];
};

export type HandoverMessage =
  | { readonly type: 'events'; readonly events: readonly TimelineEvent[] }
  | { readonly type: 'issues'; readonly issues: readonly DataIssue[] }
  | {
      readonly type: 'end';
      readonly result:
        | { readonly ok: true; readonly rest: DatasetRest }
        | { readonly ok: false; readonly message: string };
    };

function* pieces<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The messages that carry `result`, in the order the page must receive them. */
export function* splitLoadResult(result: LoadResult): Generator<HandoverMessage> {
  if (!result.ok) {
    yield { type: 'end', result };
    return;
  }
  const { events, byId: _byId, answeredBy, ...rest } = result.dataset;
  for (const chunk of pieces(events, EVENTS_PER_MESSAGE)) yield { type: 'events', events: chunk };
  for (const chunk of pieces(result.issues, ISSUES_PER_MESSAGE)) yield { type: 'issues', issues: chunk };
  yield { type: 'end', result: { ok: true, rest: { ...rest, answeredBy: [...answeredBy] } } };
}

/**
 * Collects the messages of one handover; returns the LoadResult at `end`, null before. Work per message is
 * proportional to its piece, so no step of the rebuild is long.
 */
export function createHandoverReceiver(): (message: HandoverMessage) => LoadResult | null {
  const events: TimelineEvent[] = [];
  const byId = new Map<string, TimelineEvent>();
  const issues: DataIssue[] = [];
  return (message) => {
    if (message.type === 'events') {
      for (const e of message.events) {
        events.push(e);
        byId.set(e.id, e);
      }
      return null;
    }
    if (message.type === 'issues') {
      for (const issue of message.issues) issues.push(issue);
      return null;
    }
    if (!message.result.ok) return message.result;
    const { answeredBy, ...rest } = message.result.rest;
    return { ok: true, dataset: { ...rest, events, byId, answeredBy: new Map(answeredBy) }, issues };
  };
}
