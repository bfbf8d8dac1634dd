/** The masthead: what this is, how much of it there is, where the data lives, and the theme switch. */
import { useLoader } from './LoaderContext';
import { OpenFile } from './OpenFile';
import { useAppState } from './StoreContext';

export function Header() {
  const { dataHref } = useLoader();
  const dataset = useAppState((s) => s.dataset);
  const theme = useAppState((s) => s.theme);
  const setTheme = useAppState((s) => s.setTheme);
  const events = dataset?.events ?? [];
  const first = events[0];
  const last = events[events.length - 1];
  const years =
    first && last ? `${new Date(first.startMs).getUTCFullYear()}–${new Date(last.startMs).getUTCFullYear()}` : '';
  const sources = events.reduce((n, e) => n + e.sources.length, 0);
  const nextTheme = theme === 'dark' ? 'light' : theme === 'light' ? null : 'dark';
  return (
    <header className="masthead">
      <p className="kicker">Chronology · sourced and citable</p>
      <h1>{dataset?.title ?? 'US–Russia relations'}</h1>
      <p className="dek">
        Who acted, who answered, and where it is written: each event dated as precisely as its sources allow, with
        Washington’s and Moscow’s own statements where they exist.
      </p>
      <p className="meta">
        {dataset ? (
          <>
            <span>
              {events.length} events{years ? `, ${years}` : ''}
            </span>
            <span>{sources} sources</span>
            {dataset.updated ? <span>Updated {dataset.updated}</span> : null}
            {dataset.license ? <span>Data licence {dataset.license}</span> : null}
            {dataHref ? (
              <a href={dataHref} download>
                Download the data
              </a>
            ) : null}
            <OpenFile />
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
