/**
 * The researcher's, blogger's and teacher's outputs for the current view: share (permalink and embed), cite,
 * download (data and pictures), the present and print modes, and exercises made from the view. Heavy code
 * (images, CSV, citations, exercises) loads only when used.
 */
import { Suspense, useRef, useState } from 'react';
import { nameValue } from '../data/plainText';
import type { Theme } from '../state/modes';
import { useChartHandle } from './ChartContext';
import { CopyField } from './CopyField';
import { DataDownloadLink } from './DataDownloadLink';
import { Dialog } from './Dialog';
import { embedSnippet, viewUrl } from './links';
import { retryableLazy } from './retryableLazy';
import { useAppState, useStoreApi } from './StoreContext';

// Citation formats (and date-fns) load when the Cite dialog opens, the exercise maker when it opens (again, if
// they did not arrive).
const CiteBody = retryableLazy(() => import('./CiteBody').then((m) => m.CiteBody));
const MakeExercise = retryableLazy(() => import('./exercise/MakeExercise').then((m) => m.MakeExercise));

type Open = null | 'share' | 'cite' | 'exercise';

export function Outputs() {
  const store = useStoreApi();
  const chart = useChartHandle();
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const close = () => setOpen(null);

  const menu = useRef<HTMLDetailsElement>(null);
  const run = async (what: string, job: () => Promise<void>) => {
    if (menu.current) menu.current.open = false;
    setBusy(what);
    setFailure(null);
    try {
      await job();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : `The ${what} download failed.`);
    } finally {
      setBusy(null);
    }
  };
  const exportData = (format: 'json' | 'csv' | 'timelinejs') =>
    run(format, async () => {
      const { exportFilteredEvents } = await import('./exportFiles');
      await exportFilteredEvents(store, format);
    });
  const exportPicture = (format: 'svg' | 'png') =>
    run(format, async () => {
      const { exportTimelineImage } = await import('./exportImage');
      await exportTimelineImage(store, chart?.current?.svg() ?? null, format);
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
      <button type="button" onClick={() => setOpen('exercise')}>
        Make an exercise
      </button>
      {failure ? <p role="alert">{failure}</p> : null}
      <Dialog title="Share this view" open={open === 'share'} onClose={close}>
        <ShareBody />
      </Dialog>
      <Dialog title="Cite" open={open === 'cite'} onClose={close}>
        <Suspense fallback={<p>Loading…</p>}>
          <CiteBody />
        </Suspense>
      </Dialog>
      <Dialog title="Make an exercise" open={open === 'exercise'} onClose={close}>
        <Suspense fallback={<p>Loading…</p>}>
          <MakeExercise />
        </Suspense>
      </Dialog>
    </div>
  );
}

/** The look the author sees now: the chosen theme, else the system's. */
function currentLook(theme: Theme | null): Theme {
  if (theme) return theme;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** A file opened on this device cannot be linked to: say so, and offer the file instead. */
function ShareFile({ name }: { name: string }) {
  return (
    <div className="share">
      <p>
        A permalink cannot carry a file opened on this device ({nameValue(name)}): the address would open the curated
        dataset instead. Share the file itself, or publish it and open it with <code>?data=</code> and its address.
      </p>
      <p>
        <DataDownloadLink />
      </p>
    </div>
  );
}

function ShareBody() {
  const file = useAppState((s) => (s.origin.kind === 'file' ? s.origin.name : null));
  return file === null ? <ShareView /> : <ShareFile name={file} />;
}

function ShareView() {
  const theme = useAppState((s) => s.theme);
  // The embed's look is fixed in its address, so a reader in dark mode does not get a black box in a white blog.
  const [look, setLook] = useState<Theme | 'reader'>(() => currentLook(theme));
  const permalink = useAppState((s) => viewUrl(s));
  const embedUrl = useAppState((s) => viewUrl(s, 'embed', window.location, { theme: look === 'reader' ? null : look }));
  const title = useAppState((s) => s.dataset?.title ?? 'Timeline');
  return (
    <div className="share">
      <CopyField label="Permalink to this view (window, filters, open event)" value={permalink} />
      <fieldset className="seg-group">
        <legend>Look of the embed</legend>
        {(['light', 'dark', 'reader'] as const).map((v) => (
          <label key={v} className={look === v ? 'seg active' : 'seg'}>
            <input type="radio" name="embed-look" checked={look === v} onChange={() => setLook(v)} />
            {v === 'light' ? 'Light' : v === 'dark' ? 'Dark' : 'The reader’s setting'}
          </label>
        ))}
      </fieldset>
      <CopyField label="Embed code for a blog post" value={embedSnippet(embedUrl, title)} multiline />
      <p className="hint">
        The frame fits columns from 320 to 1200 px wide and reports its height to the host page (see the README for the
        few lines that size it automatically). Choose the look that matches your page: “the reader’s setting” follows
        each reader’s light or dark mode.
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
