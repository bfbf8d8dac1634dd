/**
 * Problems, always in words: a load failure (with a retry), records rejected or kept with warnings,
 * and address parameters that were ignored. Nothing here is ever rendered as HTML. However many problems
 * there are, at most PAGE_SIZE are in the page at once (paged), and the report of all of them is written in
 * pieces, so a file with half a million bad records never freezes the tab.
 */

import { useState } from 'react';
import { formatNumber } from '../data/formatNumber';
import { countIssues, type DataIssue, formatIssue } from '../data/model';
import { downloadBlob } from './download';
import { useLoader } from './LoaderContext';
import { createProblemReport } from './problemReport';
import { useAppState } from './StoreContext';

/** Problems listed before the reader asks for all of them. */
const SHOWN = 8;
/** Problems per page once the reader asks for all of them. */
export const PAGE_SIZE = 100;

const count = (n: number) => formatNumber(n);

/** The problems, the first few or a page of PAGE_SIZE, with the controls to move between pages. */
function ProblemList({ issues }: { issues: readonly DataIssue[] }) {
  // The page belongs to this list of issues: a new dataset starts again at the short list.
  const [paged, setPaged] = useState<{ issues: readonly DataIssue[]; page: number } | null>(null);
  const [writing, setWriting] = useState(false);
  const page = paged?.issues === issues ? paged.page : null;
  const lastPage = Math.max(0, Math.ceil(issues.length / PAGE_SIZE) - 1);
  const goTo = (p: number | null) => setPaged(p === null ? null : { issues, page: Math.min(lastPage, Math.max(0, p)) });
  const from = page === null ? 0 : page * PAGE_SIZE;
  const shown = issues.slice(from, from + (page === null ? SHOWN : PAGE_SIZE));
  const download = async () => {
    setWriting(true);
    try {
      downloadBlob('data-problems.txt', await createProblemReport(issues));
    } finally {
      setWriting(false);
    }
  };
  return (
    <>
      {page !== null ? (
        <p className="problems-range">
          Problems {count(from + 1)}–{count(from + shown.length)} of {count(issues.length)}
        </p>
      ) : null}
      <ul className="problems">
        {shown.map((issue, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a page is rebuilt whole when it changes
          <li key={from + n}>{formatIssue(issue)}</li>
        ))}
      </ul>
      {page !== null && lastPage > 0 ? (
        <p className="problems-pager">
          <button type="button" onClick={() => goTo(0)} disabled={page === 0}>
            First
          </button>
          <button type="button" onClick={() => goTo(page - 1)} disabled={page === 0}>
            Previous {PAGE_SIZE}
          </button>
          <button type="button" onClick={() => goTo(page + 1)} disabled={page === lastPage}>
            Next {PAGE_SIZE}
          </button>
          <button type="button" onClick={() => goTo(lastPage)} disabled={page === lastPage}>
            Last
          </button>
        </p>
      ) : null}
      <button type="button" onClick={() => void download()} disabled={writing}>
        {writing ? 'Writing the report…' : 'Download the report'}
      </button>
      {issues.length > SHOWN ? (
        <button type="button" onClick={() => goTo(page === null ? 0 : null)}>
          {page === null ? `Show all ${count(issues.length)}` : 'Show fewer'}
        </button>
      ) : null}
    </>
  );
}

export function DataAlert() {
  const { retry: onRetry } = useLoader();
  const load = useAppState((s) => s.load);
  const issues = useAppState((s) => s.issues);
  const notices = useAppState((s) => s.notices);
  const dismiss = useAppState((s) => s.dismissNotices);

  if (load.status === 'error') {
    return (
      <div role="alert" className="alert alert-error">
        <p>
          <strong>The timeline's data could not be loaded.</strong> {load.message}
        </p>
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  if (issues.length === 0 && notices.length === 0) return null;
  const { rejected: errors, warnings } = countIssues(issues);
  return (
    <div role="alert" className={errors ? 'alert alert-error' : 'alert'}>
      {issues.length ? (
        <>
          <p>
            <strong>
              {errors ? `${count(errors)} record(s) were rejected` : ''}
              {errors && warnings ? ' and ' : ''}
              {warnings ? `${count(warnings)} warning(s)` : ''} in {load.url || 'the data'}.
            </strong>{' '}
            Every valid record is still drawn.
          </p>
          <ProblemList issues={issues} />
        </>
      ) : null}
      {notices.length ? (
        <>
          <ul>
            {notices.map((n, i) => (
              // A notice can repeat (the same address read twice): its place is the key.
              // biome-ignore lint/suspicious/noArrayIndexKey: notices only grow or are dismissed together
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </>
      ) : null}
    </div>
  );
}
