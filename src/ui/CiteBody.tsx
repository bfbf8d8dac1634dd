/** The Cite dialog's body: the dataset or the open event, in APA and Chicago, or as BibTeX, RIS, CSL-JSON. */
import { useState } from 'react';
import { citeApa, citeChicago, toBibtex, toCslJson, toRis } from '../data/cite';
import { toIsoDay } from '../data/dates';
import { selectSelectedEvent } from '../state/queries';
import { CopyField } from './CopyField';
import { downloadText } from './download';
import { datasetUrl, viewUrl } from './links';
import { useAppState } from './StoreContext';

/** The citation files offered, each a label, a file extension, a writer and a media type. */
const CITATION_FILES = [
  { label: 'BibTeX', extension: '.bib', write: toBibtex, type: 'application/x-bibtex' },
  { label: 'RIS', extension: '.ris', write: toRis, type: 'application/x-research-info-systems' },
  { label: 'CSL-JSON', extension: '.csl.json', write: toCslJson, type: 'application/vnd.citationstyles.csl+json' },
] as const;

export function CiteBody() {
  const dataset = useAppState((s) => s.dataset);
  const event = useAppState(selectSelectedEvent);
  const eventUrl = useAppState((s) => viewUrl(s));
  const datasetHref = useAppState(datasetUrl);
  const [target, setTarget] = useState<'event' | 'dataset'>(event ? 'event' : 'dataset');
  if (!dataset) return null;
  const forEvent = target === 'event' && event ? event : undefined;
  const ctx = { dataset, url: forEvent ? eventUrl : datasetHref, accessed: toIsoDay(Date.now()) };
  const base = forEvent ? forEvent.id : 'us-russia-timeline';
  return (
    <div className="cite">
      <fieldset className="seg-group">
        <legend className="control-label">Cite</legend>
        <label className={target === 'event' ? 'seg active' : 'seg'}>
          <input
            type="radio"
            name="cite-target"
            checked={target === 'event'}
            disabled={!event}
            onChange={() => setTarget('event')}
          />
          {event ? 'This event' : 'An event (open one first)'}
        </label>
        <label className={target === 'dataset' ? 'seg active' : 'seg'}>
          <input type="radio" name="cite-target" checked={target === 'dataset'} onChange={() => setTarget('dataset')} />
          The dataset
        </label>
      </fieldset>
      <CopyField label="APA" value={citeApa(ctx, forEvent)} multiline />
      <CopyField label="Chicago" value={citeChicago(ctx, forEvent)} multiline />
      <p className="downloads">
        Download:{' '}
        {CITATION_FILES.map((f, i) => (
          <span key={f.label}>
            {i > 0 ? ' · ' : null}
            <button
              type="button"
              className="linklike"
              onClick={() => downloadText(`${base}${f.extension}`, f.write(ctx, forEvent), f.type)}
            >
              {f.label}
            </button>
          </span>
        ))}
      </p>
    </div>
  );
}
