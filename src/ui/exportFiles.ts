/** Downloads of the events on screen (filters and window applied): our JSON schema, our CSV, or TimelineJS JSON. */
import { toIsoDay } from '../data/dates';
import { toDatasetJson } from '../data/exportData';
import type { TimelineEvent } from '../data/model';
import type { AppStore } from '../state/store';
import { downloadText } from './download';
import { viewUrl } from './links';

/** `chosen`: other events than those on screen (a handout's: those dated in the period). */
export async function exportFilteredEvents(
  store: AppStore,
  format: 'json' | 'csv' | 'timelinejs',
  chosen?: readonly TimelineEvent[],
): Promise<void> {
  const s = store.getState();
  if (!s.dataset) return;
  const events = chosen ?? store.select.eventsOnScreen(s);
  const name = `us-russia-timeline-${toIsoDay(s.domain[0])}-${toIsoDay(s.domain[1] - 1)}`;
  if (format === 'json') {
    const text = toDatasetJson(s.dataset, events, { selection: viewUrl(s), sourceUrl: viewUrl(s) });
    downloadText(`${name}.json`, text, 'application/json');
    return;
  }
  if (format === 'timelinejs') {
    const { toTimelineJsJson } = await import('../data/timelinejsExport');
    const doc = toTimelineJsJson({ title: s.dataset.title, events, eras: s.dataset.eras });
    downloadText(`${name}.timelinejs.json`, `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
    return;
  }
  const { serializeOurCsv } = await import('../data/csv');
  downloadText(`${name}.csv`, serializeOurCsv(events), 'text/csv');
}
