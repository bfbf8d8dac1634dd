/** The page's foot: the licences, and what the project vouches for, which is only its own dataset. */
import { describeOrigin } from './dataOrigin';
import { useAppState } from './StoreContext';

export function Colophon() {
  const from = useAppState((s) => (s.dataset ? describeOrigin(s.origin) : null));
  const license = useAppState((s) => s.dataset?.license ?? '');
  return (
    <footer className="colophon">
      {from ? (
        <p>
          Shown here: {from}. Its events, summaries and sources are its authors’, under{' '}
          {license ? `their licence (${license})` : 'a licence it does not state'}; this project has not checked them.
          The app’s code is under the MIT licence.
        </p>
      ) : (
        <p>
          Code under the MIT licence; data under CC BY 4.0. Every event links to its sources; summaries are our own
          words. Russian state-affiliated media are labelled as such.
        </p>
      )}
    </footer>
  );
}
