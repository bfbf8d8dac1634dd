/**
 * The masthead, kept short so the chart is on the first screen: what this is, how much of it there is and how
 * far it is complete, where the data lives, the curator's way in (an article → events), and the theme switch.
 */
import { useLoader } from './LoaderContext';
import { OpenFile } from './OpenFile';
import { useAppState } from './StoreContext';

export function Header() {
  const { dataHref } = useLoader();
  const dataset = useAppState((s) => s.dataset);
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
    <header className="masthead">
      <div className="masthead-title">
        <p className="kicker">Chronology · sourced and citable</p>
        <h1>{dataset?.title ?? 'US–Russia relations'}</h1>
      </div>
      <p className="dek">
        Who acted, who answered, and where it is written: each event dated as precisely as its sources allow, with
        Washington’s and Moscow’s own statements where they exist.
      </p>
      <p className="meta">
        {dataset ? (
          <>
            <span>
              {events.length.toLocaleString('en-GB')} events{years ? `, ${years}` : ''}
            </span>
            {dataset.through ? <span>complete through {dataset.through}</span> : null}
            <span>{sources.toLocaleString('en-GB')} sources</span>
            {dataset.updated ? <span>updated {dataset.updated}</span> : null}
            {dataset.license ? <span>data {dataset.license}</span> : null}
            {dataHref ? (
              <a href={dataHref} download>
                Download the data
              </a>
            ) : null}
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
