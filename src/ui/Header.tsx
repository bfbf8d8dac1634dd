/**
 * The masthead, kept short so the chart is on the first screen: what this is, how much of it there is and how
 * far it is complete, where the data lives, the curator's way in (an article → events), and the theme switch.
 * Data that is not the curated dataset is named as such (its host or file) in place of the project's own
 * description.
 */
import { formatNumber } from '../data/formatNumber';
import { DataDownloadLink } from './DataDownloadLink';
import { originNotice } from './dataOrigin';
import { OpenFile } from './OpenFile';
import { useAppState } from './StoreContext';

/**
 * The heading while the data loads: the bundled dataset's title, so that when it arrives the page's largest text
 * stays as it was painted (a longer heading would be a new largest paint, seconds later on a phone).
 */
export const LOADING_TITLE = 'US–Russia relations since 1991';

export function Header() {
  const dataset = useAppState((s) => s.dataset);
  const notice = useAppState((s) => (s.dataset ? originNotice(s.origin) : null));
  const theme = useAppState((s) => s.theme);
  const setTheme = useAppState((s) => s.setTheme);
  const setMode = useAppState((s) => s.setMode);
  const events = dataset?.events ?? [];
  const first = events[0];
  const last = events[events.length - 1];
  const years =
    first && last ? `${new Date(first.startMs).getUTCFullYear()}–${new Date(last.startMs).getUTCFullYear()}` : '';
  const sources = events.reduce((n, e) => n + e.sources.length, 0);
  const nextTheme = theme === 'dark' ? 'light' : theme === 'light' ? null : 'dark';
  return (
    <header className={dataset ? 'masthead' : 'masthead pending'}>
      <div className="masthead-title">
        {notice ? (
          <p className="kicker origin-notice">{notice}</p>
        ) : (
          <p className="kicker">Chronology · sourced and citable</p>
        )}
        <h1>{dataset?.title ?? LOADING_TITLE}</h1>
      </div>
      {notice ? (
        <p className="dek">
          Its events, summaries and sources are its authors’, shown here as they wrote them; this project has not
          checked them.
        </p>
      ) : (
        <p className="dek">
          Who acted, who answered, and where it is written: each event dated as precisely as its sources allow, with
          Washington’s and Moscow’s own statements where they exist.
        </p>
      )}
      <p className="meta">
        {dataset ? (
          <>
            <span>
              {formatNumber(events.length)} events{years ? `, ${years}` : ''}
            </span>
            {dataset.through ? <span>complete through {dataset.through}</span> : null}
            <span>{formatNumber(sources)} sources</span>
            {dataset.updated ? <span>updated {dataset.updated}</span> : null}
            {dataset.license ? <span>data {dataset.license}</span> : null}
            <DataDownloadLink />
            <OpenFile />
            <button type="button" className="link-button" onClick={() => setMode('extract')}>
              From an article…
            </button>
          </>
        ) : (
          <span>Loading the data…</span>
        )}
        <button type="button" className="theme-toggle" onClick={() => setTheme(nextTheme)}>
          Theme: {theme ?? 'system'}
        </button>
      </p>
    </header>
  );
}
