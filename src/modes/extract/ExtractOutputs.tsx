/**
 * What the curator takes away: the accepted events as our JSON (a dataset file; source additions in its
 * `sourceAdditions` field) or our CSV (new events only), or opened in the explorer as a dataset. Everything is
 * made in the browser; nothing is sent anywhere.
 */
import { useMemo } from 'react';
import { serializeOurCsv } from '../../data/csv';
import { toIsoDay } from '../../data/dates';
import { formatIssue } from '../../data/model';
import { downloadText } from '../../ui/download';
import { useLoader } from '../../ui/LoaderContext';
import { useAppState, useStoreApi } from '../../ui/StoreContext';
import { computeExtractedEvents, extractedFileName, serializeExtractedJson } from './extractedFiles';
import { countDecisions, type Workbench } from './workbench';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function ExtractOutputs({ workbench }: { workbench: Workbench }) {
  const store = useStoreApi();
  const loader = useLoader();
  const license = useAppState((s) => s.dataset?.license) || 'CC BY 4.0';
  const extracted = useMemo(() => computeExtractedEvents(workbench), [workbench]);
  const counts = countDecisions(workbench);
  const name = extractedFileName(workbench.article);
  const json = () => serializeExtractedJson(extracted, workbench.article, { license, updated: toIsoDay(Date.now()) });
  const newEvents = extracted.events.length;
  const anything = newEvents + extracted.sourceAdditions.length > 0;

  const openInExplorer = () => {
    const s = store.getState();
    // The mode first, while the data is ready: the address records it as a new entry (Back returns here); an
    // address written during the load would only replace the current one.
    s.setMode('explore');
    // The new events all show: no filter or selection of the previous dataset hides them.
    s.clearFilters();
    s.select(null);
    // Opened as a file made here: the page names it as not the curated dataset and offers it for download.
    loader.openFile(new File([json()], `${name}.json`, { type: 'application/json' }));
  };

  return (
    <section className="extract-outputs" aria-labelledby="extract-outputs-title">
      <h2 id="extract-outputs-title">Take them away</h2>
      <p role="status">
        Accepted: {plural(counts.accepted, 'new event', 'new events')} and{' '}
        {plural(counts.source, 'source addition', 'source additions')}. Rejected: {counts.rejected}. Not decided:{' '}
        {counts.pending}.
      </p>
      {extracted.issues.length > 0 ? (
        <ul role="alert" className="editor-problems">
          {extracted.issues.map((i) => (
            <li key={`${i.index}-${i.field}-${i.message}`}>{formatIssue(i)}</li>
          ))}
        </ul>
      ) : null}
      <div className="output-buttons">
        <button
          type="button"
          disabled={!anything}
          onClick={() => downloadText(`${name}.json`, json(), 'application/json')}
        >
          Download JSON
        </button>
        <button
          type="button"
          disabled={newEvents === 0}
          onClick={() => downloadText(`${name}.csv`, serializeOurCsv(extracted.events), 'text/csv')}
        >
          Download CSV
        </button>
        <button type="button" disabled={newEvents === 0} onClick={openInExplorer}>
          Open in the explorer
        </button>
      </div>
      <p className="hint">
        The JSON file is a dataset in our schema with the new events; the articles to add as sources of events the
        dataset already has are in its <code>sourceAdditions</code> field. The CSV file holds the new events only. The
        explorer opens the new events as a dataset of their own.
      </p>
    </section>
  );
}
