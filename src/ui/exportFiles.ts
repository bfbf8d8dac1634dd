/** Downloads of the events on screen (filters and window applied), in our JSON schema or our CSV. */
import { toIsoDay } from '../data/dates';
import { toDatasetJson } from '../data/exportData';
import { selectFilteredEvents } from '../state/selectors';
import type { AppState } from '../state/store';
import { downloadText } from './download';
import { viewUrl } from './links';

export function selectExportEvents(s: AppState) {
  return selectFilteredEvents(s).filter((e) => e.endMs > s.domain[0] && e.startMs < s.domain[1]);
}

export async function exportFilteredEvents(s: AppState, format: 'json' | 'csv'): Promise<void> {
  if (!s.dataset) return;
  const events = selectExportEvents(s);
  const name = `us-russia-timeline-${toIsoDay(s.domain[0])}-${toIsoDay(s.domain[1] - 1)}`;
  if (format === 'json') {
    const text = toDatasetJson(s.dataset, events, { selection: viewUrl(s), sourceUrl: viewUrl(s) });
    downloadText(`${name}.json`, text, 'application/json');
    return;
  }
  const { serializeOurCsv } = await import('../data/csv');
  downloadText(`${name}.csv`, serializeOurCsv(events), 'text/csv');
}
