/** Small event lists for the analysis and exercise tests, built through validateDataset like real data. */
import type { Dataset, TimelineEvent } from '../../../src/data/model';
import { dataset, rawEvent } from '../fixtures';

/** One raw event: id, date and tone given; other fields overridable. */
export function ev(id: string, date: string, tone: number | null, over: Record<string, unknown> = {}) {
  return rawEvent({ id, date, tone: tone ?? undefined, ...over });
}

export function events(raw: Record<string, unknown>[]): readonly TimelineEvent[] {
  return dataset(raw).events;
}

export function data(raw: Record<string, unknown>[], extra: Record<string, unknown> = {}): Dataset {
  return dataset(raw, extra);
}
