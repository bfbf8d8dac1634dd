/** Downloads of the events on screen (filters and window applied): our JSON schema, our CSV, or TimelineJS JSON. */
import { toIsoDay } from '../data/dates';
import { toDatasetJson } from '../data/exportData';
import { selectFilteredEvents } from '../state/selectors';
import type { AppState } from '../state/store';
import { downloadText } from './download';
import { viewUrl } from './links';

export function selectExportEvents(s: AppState) {
  return selectFilteredEvents(s).filter((e) => e.endMs > s.domain[0] && e.startMs < s.domain[1]);
}

export async function exportFilteredEvents(s: AppState, format: 'json' | 'csv' | 'timelinejs'): Promise<void> {
  if (!s.dataset) return;
  const events = selectExportEvents(s);
  const name = `us-russia-timeline-${toIsoDay(s.domain[0])}-${toIsoDay(s.domain[1] - 1)}`;
  if (format === 'json') {
    const text = toDatasetJson(s.dataset, events, { selection: viewUrl(s), sourceUrl: viewUrl(s) });
    downloadText(`${name}.json`, text, 'application/json');
    return;
  }
  if (format === 'timelinejs') {
    const { toTimelineJsJson } = await import('../data/timelinejs');
    const doc = toTimelineJsJson({ title: s.dataset.title, events, eras: s.dataset.eras });
    downloadText(`${name}.timelinejs.json`, `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
    return;
  }
  const { serializeOurCsv } = await import('../data/csv');
  downloadText(`${name}.csv`, serializeOurCsv(events), 'text/csv');
}
