/**
 * Problems, always in words: a load failure (with a retry), records rejected or kept with warnings,
 * and address parameters that were ignored. Nothing here is ever rendered as HTML.
 */
import { useState } from 'react';
import { countIssues, formatIssue } from '../data/model';
import { downloadText } from './download';
import { useLoader } from './LoaderContext';
import { useAppState } from './StoreContext';

const SHOWN = 8;

export function DataAlert() {
  const { retry: onRetry } = useLoader();
  const load = useAppState((s) => s.load);
  const issues = useAppState((s) => s.issues);
  const notices = useAppState((s) => s.notices);
  const dismiss = useAppState((s) => s.dismissNotices);
  const [expanded, setExpanded] = useState(false);

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
  const list = expanded ? issues : issues.slice(0, SHOWN);
  return (
    <div role="alert" className={errors ? 'alert alert-error' : 'alert'}>
      {issues.length ? (
        <>
          <p>
            <strong>
              {errors ? `${errors} record(s) were rejected` : ''}
              {errors && warnings ? ' and ' : ''}
              {warnings ? `${warnings} warning(s)` : ''} in {load.url || 'the data'}.
            </strong>{' '}
            Every valid record is still drawn.
          </p>
          <ul>
            {list.map((i, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole for each dataset
              <li key={n}>{formatIssue(i)}</li>
            ))}
          </ul>
          <button
            type="button"
            onClick={() => downloadText('data-problems.txt', `${issues.map(formatIssue).join('\n')}\n`, 'text/plain')}
          >
            Download the report
          </button>
          {issues.length > SHOWN ? (
            <button type="button" onClick={() => setExpanded(!expanded)}>
              {expanded ? 'Show fewer' : `Show all ${issues.length}`}
            </button>
          ) : null}
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
