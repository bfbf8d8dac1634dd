/**
 * The researcher's, blogger's and teacher's outputs for the current view: share (permalink and embed), cite,
 * download (data and pictures), the present and print modes, and exercises made from the view. Heavy code
 * (images, CSV, citations, exercises) loads only when used.
 */
import { Suspense, useRef, useState } from 'react';
import { useChartHandle } from './ChartContext';
import { Dialog } from './Dialog';
import { retryableLazy } from './retryableLazy';
import { useStoreApi } from './StoreContext';

// Each dialog's body loads when it opens (again, if it did not arrive): the share dialog's, the citation formats
// (and date-fns), the exercise maker.
const ShareBody = retryableLazy(
  () => import('./ShareBody'),
  (m) => m.ShareBody,
);
const CiteBody = retryableLazy(
  () => import('./CiteBody'),
  (m) => m.CiteBody,
);
const MakeExercise = retryableLazy(
  () => import('./exercise/MakeExercise'),
  (m) => m.MakeExercise,
);

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
        <Suspense fallback={<p>Loading…</p>}>
          <ShareBody />
        </Suspense>
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
