/**
 * The Cite dialog's body: the dataset or the open event, in APA and Chicago, or as BibTeX, RIS, CSL-JSON. The
 * curated dataset is credited to the project; data from a `data=` address to its host, with its own address;
 * a file opened on this device to nobody known, with no address (a permalink cannot carry it).
 */
import { useState } from 'react';
import { type CiteContext, citeApa, citeChicago, toBibtex, toCslJson, toRis } from '../data/cite';
import { toIsoDay } from '../data/dates';
import { nameValue } from '../data/plainText';
import { selectSelectedEvent } from '../state/queries';
import type { DataOrigin } from '../state/slices/data';
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

/** Whom a citation credits, and the address it gives, by where the data came from (see CiteContext). */
function creditOf(origin: DataOrigin, license: string, forEvent: boolean): Partial<CiteContext> {
  if (origin.kind === 'bundled') return {};
  if (origin.kind === 'file') return { author: null, license: license || null, url: '' };
  return { author: origin.host, license: license || null, ...(forEvent ? {} : { url: origin.url }) };
}

export function CiteBody() {
  const dataset = useAppState((s) => s.dataset);
  const event = useAppState(selectSelectedEvent);
  const eventUrl = useAppState((s) => viewUrl(s));
  const datasetHref = useAppState(datasetUrl);
  const origin = useAppState((s) => s.origin);
  const [target, setTarget] = useState<'event' | 'dataset'>(event ? 'event' : 'dataset');
  if (!dataset) return null;
  const forEvent = target === 'event' && event ? event : undefined;
  const ctx: CiteContext = {
    dataset,
    url: forEvent ? eventUrl : datasetHref,
    accessed: toIsoDay(Date.now()),
    ...creditOf(origin, dataset.license, forEvent !== undefined),
  };
  const base = forEvent ? forEvent.id : origin.kind === 'bundled' ? 'us-russia-timeline' : 'dataset';
  return (
    <div className="cite">
      {origin.kind === 'file' ? (
        <p className="hint">
          This data was opened from your file {nameValue(origin.name)}: these citations name no address. Cite the place
          where the file is published.
        </p>
      ) : null}
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
