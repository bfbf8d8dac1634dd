import { describe, expect, it } from 'vitest';
import { createHandoverReceiver, EVENTS_PER_MESSAGE, splitLoadResult } from '../../../src/data/handover';
import type { LoadResult } from '../../../src/data/load';
import type { DataIssue } from '../../../src/data/model';
import { dataset, rawEvent } from '../fixtures';

/** Through structuredClone, as postMessage copies each message. */
function handOver(result: LoadResult) {
  const messages = [...splitLoadResult(result)].map((m) => structuredClone(m));
  const receive = createHandoverReceiver();
  const results = messages.map(receive);
  return { messages, results, received: results.at(-1) };
}

describe('splitLoadResult and createHandoverReceiver', () => {
  const count = EVENTS_PER_MESSAGE * 2 + 3;
  const d = dataset(
    Array.from({ length: count }, (_, i) =>
      rawEvent({ id: `e${i}`, date: `2021-04-${String(1 + (i % 28)).padStart(2, '0')}`, respondsTo: i ? ['e0'] : [] }),
    ),
  );
  const issues: DataIssue[] = [{ level: 'warning', index: 3, id: 'e3', field: 'category', message: 'is odd' }];

  it('hands a dataset over in pieces and rebuilds the same dataset, with byId pointing at its events', () => {
    const { messages, results, received } = handOver({ ok: true, dataset: d, issues });
    expect(messages.map((m) => m.type)).toEqual(['events', 'events', 'events', 'issues', 'end']);
    expect(results.slice(0, -1)).toEqual([null, null, null, null]);
    if (!received?.ok) throw new Error('expected a dataset');
    expect(received.dataset).toEqual(d);
    expect(received.issues).toEqual(issues);
    const first = received.dataset.events[0];
    expect(first && received.dataset.byId.get(first.id)).toBe(first);
    expect(received.dataset.answeredBy.get('e0')).toHaveLength(count - 1);
  });

  it('passes a failure through as one message', () => {
    const { messages, received } = handOver({ ok: false, message: 'x.json is empty.' });
    expect(messages).toHaveLength(1);
    expect(received).toEqual({ ok: false, message: 'x.json is empty.' });
  });
});
