/** While a dataset loads: what is happening, how far it is, and a way to stop it. */

import { useLoader } from './LoaderContext';
import { useAppState } from './StoreContext';

const PHASES = { download: 'Downloading', read: 'Reading', parse: 'Checking' } as const;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function LoadingPanel() {
  const load = useAppState((s) => s.load);
  const { cancel } = useLoader();
  if (load.status !== 'loading') return null;
  const p = load.progress;
  const fraction = p?.total ? Math.min(1, p.loaded / p.total) : null;
  return (
    <div className="loading" role="status" aria-live="polite">
      <p>
        {p ? PHASES[p.phase] : 'Loading'} {load.url}
        {p && p.phase === 'download' ? ` — ${mb(p.loaded)}${p.total ? ` of ${mb(p.total)}` : ''}` : ''}
        {p?.phase === 'parse' ? ' — checking every record' : ''}…
      </p>
      <progress
        max={1}
        value={p?.phase === 'parse' ? undefined : (fraction ?? undefined)}
        aria-label="Loading progress"
      />
      <button type="button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
