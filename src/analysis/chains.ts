/**
 * Tit-for-tat chains: paths along response links (act → answer → answer to the answer …). Valid data only
 * links to earlier or same-day events, so the links form a directed acyclic graph; a loaded file may not
 * obey, so cycles are broken first (a depth-first search in date order drops each edge that closes one)
 * and the search always ends. Iterative throughout: a chain thousands of links long does not overflow.
 */
import { compareEvents, type TimelineEvent } from '../data/model';

/**
 * The window that shows a chain: from its first event's start to its last event's end, with a tenth of that
 * on each side so the end marks are not at the edge, and at least `minSpanMs` wide (centred).
 */
export function computeChainWindow(
  events: readonly Pick<TimelineEvent, 'startMs' | 'endMs'>[],
  minSpanMs: number,
): readonly [number, number] | null {
  if (events.length === 0) return null;
  const startMs = Math.min(...events.map((e) => e.startMs));
  const endMs = Math.max(...events.map((e) => e.endMs));
  const span = Math.max(minSpanMs, (endMs - startMs) * 1.2);
  const mid = (startMs + endMs) / 2;
  return [mid - span / 2, mid + span / 2];
}

/** An act and the event that answers it, both in the dataset. */
export interface LinkEnds {
  readonly act: TimelineEvent;
  readonly answer: TimelineEvent;
}

interface Graph {
  readonly nodes: TimelineEvent[];
  readonly next: Map<string, TimelineEvent[]>;
}

function buildGraph(links: readonly LinkEnds[]): Graph {
  const byId = new Map<string, TimelineEvent>();
  const next = new Map<string, TimelineEvent[]>();
  for (const { act, answer } of links) {
    byId.set(act.id, act);
    byId.set(answer.id, answer);
    const out = next.get(act.id);
    if (out) out.push(answer);
    else next.set(act.id, [answer]);
  }
  for (const out of next.values()) out.sort(compareEvents);
  return { nodes: [...byId.values()].sort(compareEvents), next };
}

/** Nodes in topological order over the edges kept (those that close no cycle), and those edges. */
function orderAcyclic(graph: Graph): { order: TimelineEvent[]; kept: Map<string, TimelineEvent[]> } {
  const state = new Map<string, 'open' | 'done'>();
  const kept = new Map<string, TimelineEvent[]>();
  const postorder: TimelineEvent[] = [];
  for (const root of graph.nodes) {
    if (state.has(root.id)) continue;
    state.set(root.id, 'open');
    const stack: { node: TimelineEvent; i: number }[] = [{ node: root, i: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: TimelineEvent; i: number };
      const out = graph.next.get(top.node.id) ?? [];
      const child = out[top.i];
      top.i += 1;
      if (!child) {
        state.set(top.node.id, 'done');
        postorder.push(top.node);
        stack.pop();
        continue;
      }
      const seen = state.get(child.id);
      if (seen === 'open') continue; // closes a cycle: dropped
      const keptOut = kept.get(top.node.id);
      if (keptOut) keptOut.push(child);
      else kept.set(top.node.id, [child]);
      if (seen === undefined) {
        state.set(child.id, 'open');
        stack.push({ node: child, i: 0 });
      }
    }
  }
  return { order: postorder.reverse(), kept };
}

/**
 * The longest chains, at most `limit`: for each event that no kept link leads on from, the longest chain
 * ending there (among equally long ones, through the most recent act). Longest first, ties by the more
 * recent last event. Each chain is its ids in date order, at least two events long.
 */
export function computeLongestChains(links: readonly LinkEnds[], limit = 5): string[][] {
  const { order, kept } = orderAcyclic(buildGraph(links));
  const length = new Map<string, number>();
  const prev = new Map<string, TimelineEvent>();
  for (const node of order) {
    const len = length.get(node.id) ?? 1;
    length.set(node.id, len);
    for (const child of kept.get(node.id) ?? []) {
      const current = length.get(child.id) ?? 1;
      const before = prev.get(child.id);
      if (len + 1 > current || (len + 1 === current && before && compareEvents(node, before) > 0)) {
        length.set(child.id, len + 1);
        prev.set(child.id, node);
      }
    }
  }
  const ends = order.filter((n) => !kept.has(n.id) && (length.get(n.id) ?? 1) >= 2);
  ends.sort((a, b) => (length.get(b.id) ?? 0) - (length.get(a.id) ?? 0) || compareEvents(b, a));
  return ends.slice(0, Math.max(0, limit)).map((end) => {
    const chain: TimelineEvent[] = [];
    for (let node: TimelineEvent | undefined = end; node; node = prev.get(node.id)) chain.push(node);
    // Reversed, the chain runs act first; a stable sort by start keeps that order within a day.
    return chain
      .reverse()
      .sort((a, b) => a.startMs - b.startMs)
      .map((e) => e.id);
  });
}
