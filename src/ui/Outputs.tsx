/**
 * The researcher's and blogger's outputs for the current view: share (permalink and embed), cite, download
 * (data and pictures), and the present and print modes. Heavy code (images, CSV) loads only when used.
 */
import { useRef, useState } from 'react';
import { citeApa, citeChicago, toBibtex, toCslJson, toRis } from '../data/cite';
import { toIsoDay } from '../data/dates';
import { selectSelectedEvent } from '../state/selectors';
import { CopyField } from './CopyField';
import { Dialog } from './Dialog';
import { downloadText } from './download';
import { datasetUrl, embedSnippet, viewUrl } from './links';
import { useAppState, useStoreApi } from './StoreContext';

type Open = null | 'share' | 'cite';

export function Outputs() {
  const store = useStoreApi();
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const close = () => setOpen(null);

  const menu = useRef<HTMLDetailsElement>(null);
  const run = async (what: string, job: () => Promise<void>) => {
    if (menu.current) menu.current.open = false;
    setBusy(what);
    try {
      await job();
    } finally {
      setBusy(null);
    }
  };
  const exportData = (format: 'json' | 'csv' | 'timelinejs') =>
    run(format, async () => {
      const { exportFilteredEvents } = await import('./exportFiles');
      await exportFilteredEvents(store.getState(), format);
    });
  const exportPicture = (format: 'svg' | 'png') =>
    run(format, async () => {
      const { exportTimelineImage } = await import('./exportImage');
      await exportTimelineImage(store.getState(), format);
    });

  return (
    <div className="outputs" role="toolbar" aria-label="Share, cite, download">
      <button type="button" onClick={() => setOpen('share')}>
        Share &amp; embed
      </button>
      <button type="button" onClick={() => setOpen('cite')}>
        Cite
      </button>
      <details className="menu" ref={menu}>
        <summary>Download</summary>
        <ul>
          <li>
            <button type="button" onClick={() => void exportData('csv')} disabled={busy !== null}>
              Events in view as CSV
            </button>
          </li>
          <li>
            <button type="button" onClick={() => void exportData('json')} disabled={busy !== null}>
              Events in view as JSON
            </button>
          </li>
          <li>
            <button type="button" onClick={() => void exportData('timelinejs')} disabled={busy !== null}>
              Events in view for TimelineJS (JSON)
            </button>
          </li>
          <li>
            <button type="button" onClick={() => void exportPicture('svg')} disabled={busy !== null}>
              Picture as SVG
            </button>
          </li>
          <li>
            <button type="button" onClick={() => void exportPicture('png')} disabled={busy !== null}>
              Picture as PNG
            </button>
          </li>
        </ul>
      </details>
      <button type="button" onClick={() => store.getState().setMode('present')}>
        Present
      </button>
      <button type="button" onClick={() => store.getState().setMode('print')}>
        Print handout
      </button>
      <Dialog title="Share this view" open={open === 'share'} onClose={close}>
        <ShareBody />
      </Dialog>
      <Dialog title="Cite" open={open === 'cite'} onClose={close}>
        <CiteBody />
      </Dialog>
    </div>
  );
}

function ShareBody() {
  const permalink = useAppState((s) => viewUrl(s));
  const embedUrl = useAppState((s) => viewUrl(s, 'embed'));
  const title = useAppState((s) => s.dataset?.title ?? 'Timeline');
  return (
    <div className="share">
      <CopyField label="Permalink to this view (window, filters, open event)" value={permalink} />
      <CopyField label="Embed code for a blog post" value={embedSnippet(embedUrl, title)} multiline />
      <p className="hint">
        The frame fits columns from 320 to 1200 px wide, follows the <code>theme</code> parameter, and reports its
        height to the host page (see the README for the three lines that size it automatically).
      </p>
      <p className="preview-label">Preview</p>
      <iframe
        className="embed-preview"
        src={embedUrl}
        title={`Preview: ${title}`}
        width="100%"
        height="360"
        loading="lazy"
      />
    </div>
  );
}

function CiteBody() {
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
        <button
          type="button"
          className="linklike"
          onClick={() => downloadText(`${base}.bib`, toBibtex(ctx, forEvent), 'application/x-bibtex')}
        >
          BibTeX
        </button>{' '}
        ·{' '}
        <button
          type="button"
          className="linklike"
          onClick={() => downloadText(`${base}.ris`, toRis(ctx, forEvent), 'application/x-research-info-systems')}
        >
          RIS
        </button>{' '}
        ·{' '}
        <button
          type="button"
          className="linklike"
          onClick={() =>
            downloadText(`${base}.csl.json`, toCslJson(ctx, forEvent), 'application/vnd.citationstyles.csl+json')
          }
        >
          CSL-JSON
        </button>
      </p>
    </div>
  );
}
