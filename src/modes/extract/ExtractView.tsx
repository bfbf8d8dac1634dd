/**
 * The curator's workbench (mode=extract): an article's text, address and date in; the events it reports out,
 * each beside its evidence, to accept, edit or reject; the accepted ones downloaded in our schema or opened
 * in the explorer. The extraction runs in the browser: the text is never sent anywhere.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { RawEvent } from '../../data/schema';
import { type Article, extractEvents } from '../../extract/extract';
import { useAppState, useStoreApi } from '../../ui/StoreContext';
import { ArticleForm } from './ArticleForm';
import { ArticleText } from './ArticleText';
import type { ArticleFields } from './articleInput';
import { CandidateList } from './CandidateList';
import { ExtractOutputs } from './ExtractOutputs';
import { type Decision, reduceWorkbench } from './workbench';
import { recallWork, rememberWork } from './workMemory';
import './extract.css';
import './candidates.css';

export function ExtractView() {
  const store = useStoreApi();
  const dataset = useAppState((s) => s.dataset);
  const [fields, setFields] = useState<ArticleFields>(() => recallWork().fields);
  const [workbench, dispatch] = useReducer(reduceWorkbench, undefined, () => recallWork().workbench);
  const [focusRequest, setFocusRequest] = useState<{ key: string; n: number } | null>(null);
  useEffect(() => rememberWork({ fields, workbench }), [fields, workbench]);

  const onFieldsChange = useCallback((change: (f: ArticleFields) => ArticleFields) => setFields(change), []);
  const results = useRef<HTMLDivElement>(null);
  const [runs, setRuns] = useState(0);
  const run = (article: Article) => {
    dispatch({ type: 'extracted', article, result: extractEvents(article, dataset) });
    setRuns((n) => n + 1);
  };
  // Each run brings its results into view and gives the focus to what it found (or to why it found nothing),
  // so that a screen reader says it and the form does not hide it below the fold.
  useEffect(() => {
    if (runs === 0) return;
    const target = results.current?.querySelector<HTMLElement>('[role="alert"], #extract-candidates-title');
    results.current?.scrollIntoView?.({ block: 'start' });
    target?.focus({ preventScroll: true });
  }, [runs]);
  const select = (key: string) => dispatch({ type: 'select', key });
  const pick = (key: string) => {
    select(key);
    setFocusRequest((r) => ({ key, n: (r?.n ?? 0) + 1 }));
  };
  const decide = (key: string, decision: Decision) => dispatch({ type: 'decide', key, decision });
  const edit = (key: string, event: RawEvent) => dispatch({ type: 'edit', key, event });
  const { article, problem, warnings } = workbench;

  return (
    <div className="page extract-page">
      <header className="extract-head">
        <div>
          <p className="kicker">Curator’s workbench</p>
          <h1>From an article to events</h1>
          <p className="dek">
            Find the events a news article reports, check each against the words it came from, and take away the ones
            you accept. The text stays in this browser: nothing is uploaded.
          </p>
        </div>
        <button type="button" className="back-button" onClick={() => store.getState().setMode('explore')}>
          Back to the explorer
        </button>
      </header>
      <main>
        <ArticleForm fields={fields} onFieldsChange={onFieldsChange} onRun={run} />
        <div ref={results} className="extract-results">
          {problem ? (
            <p role="alert" className="extract-problem" tabIndex={-1}>
              The article was not read: {problem}
            </p>
          ) : null}
          {article && !problem ? (
            <>
              {warnings.length > 0 ? (
                <ul className="extract-warnings" aria-label="Notes from the extraction">
                  {warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              ) : null}
              <div className="extract-grid">
                <ArticleText text={article.text} items={workbench.items} selected={workbench.selected} onPick={pick} />
                <CandidateList
                  workbench={workbench}
                  dataset={dataset}
                  focusRequest={focusRequest}
                  onSelect={select}
                  onDecide={decide}
                  onEdit={edit}
                />
              </div>
              <ExtractOutputs workbench={workbench} />
            </>
          ) : null}
        </div>
      </main>
    </div>
  );
}
