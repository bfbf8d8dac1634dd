/**
 * Cycles in `respondsTo` (a answers b, b answers a): each is a mistake in the data, since an event can only
 * answer one before it. Found with Tarjan's strongly connected components, iteratively (a chain of 100,000
 * responses must not overflow the stack); each component of two or more events holds at least one cycle,
 * and one of them is named, from the component's first event in the dataset's order.
 */
import type { TimelineEvent } from './model';
import { quoteValue } from './plainText';

/** The links to follow: each event's respondsTo targets that exist, without itself (reported apart). */
function targetsOf(events: readonly TimelineEvent[], indexOf: ReadonlyMap<string, number>): number[][] {
  return events.map((e, i) =>
    e.respondsTo.flatMap((t) => {
      const j = indexOf.get(t);
      return j === undefined || j === i ? [] : [j];
    }),
  );
}

/** Strongly connected components with two or more members, each as indices in ascending order. */
function components(targets: readonly (readonly number[])[]): number[][] {
  const n = targets.length;
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const found: number[][] = [];
  let counter = 0;
  for (let root = 0; root < n; root += 1) {
    if (order[root] !== -1) continue;
    // Each frame: a node and how many of its targets have been visited.
    const frames: [number, number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as [number, number];
      const [v, next] = frame;
      const out = targets[v] ?? [];
      if (next < out.length) {
        frame[1] += 1;
        const w = out[next] as number;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          frames.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, order[w] as number);
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
      if (low[v] !== order[v]) continue;
      const members: number[] = [];
      let w: number;
      do {
        w = stack.pop() as number;
        onStack[w] = false;
        members.push(w);
      } while (w !== v);
      if (members.length > 1) found.push(members.sort((a, b) => a - b));
    }
  }
  return found.sort((a, b) => (a[0] as number) - (b[0] as number));
}

/** The shortest way from `start` back to itself inside `members` (breadth first): [start, …, start]. */
function cycleThrough(start: number, members: ReadonlySet<number>, targets: readonly (readonly number[])[]): number[] {
  const previous = new Map<number, number>();
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const v = queue[head] as number;
    for (const w of targets[v] ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let at: number | undefined = v; at !== undefined && at !== start; at = previous.get(at)) path.push(at);
        path.push(start);
        return path.reverse();
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

/** One cycle of responses per group of events that answer one another, as ids: [a, c, b, a] (a answers c, …). */
export function findResponseCycles(events: readonly TimelineEvent[]): string[][] {
  const indexOf = new Map(events.map((e, i) => [e.id, i]));
  const targets = targetsOf(events, indexOf);
  return components(targets).map((members) => {
    const path = cycleThrough(members[0] as number, new Set(members), targets);
    return path.map((i) => events[i]?.id ?? '');
  });
}

/** An event that lists itself in respondsTo. Cycles through other events are found over all events. */
export function selfAnswer(record: Record<string, unknown>, id: string | null): string | null {
  const answers = Array.isArray(record.respondsTo) ? record.respondsTo : [];
  return id !== null && answers.includes(id)
    ? `names the event itself: an event cannot answer itself; remove ${quoteValue(id)}`
    : null;
}

/** "a" answers "c", which answers "b", which answers "a"; a long cycle is cut after a few steps. */
export function describeCycle(path: readonly string[]): string {
  const SHOWN = 6;
  const first = quoteValue(path[0] ?? '');
  const steps = path.slice(1, SHOWN + 1).map((id) => quoteValue(id));
  const more = path.length - 1 > SHOWN ? `, … and back to ${first} (${path.length - 1} events)` : '';
  return `is in a cycle of responses: ${first} answers ${steps.join(', which answers ')}${more}; an event can only answer earlier ones`;
}
