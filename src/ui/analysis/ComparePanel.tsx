/**
 * Two periods side by side: the window (as its address names it, whole days) and the period of `compare=`,
 * each with its events by category and acting side, mean tone and landmarks, the filters applied, then both
 * drawn aligned at their start. A preset from the eras compares one presidency with the one before it.
 * Every figure is computePeriodSummary's; the landmark rank is the timeline's (passed in, as src/analysis
 * may not import src/timeline).
 */
import { type FormEvent, useId, useMemo, useState } from 'react';
import { type ComparePreset, comparePresets, serializeCompareCsv } from '../../analysis/compare';
import { type Domain, parseComparePeriod, serializeComparePeriod } from '../../analysis/period';
import { downloadText } from '../download';
import { useAppState, useSelector, useStoreApi } from '../StoreContext';
import { AlignedPeriods } from './AlignedPeriods';
import { PeriodBlock } from './PeriodBlock';
import { presetWindow, useComparison } from './useComparison';
import './analysis.css';

export function ComparePanel({ id, onClose }: { id: string; onClose: () => void }) {
  const store = useStoreApi();
  const dataset = useAppState((s) => s.dataset);
  const comparing = useAppState((s) => s.compare !== null);
  const events = useSelector('filteredEvents');
  const presets = useMemo(() => comparePresets(dataset?.eras ?? []), [dataset]);
  const comparison = useComparison();

  const choosePreset = (p: ComparePreset | undefined) => {
    if (p) store.getState().setCompare(p.b.domain, presetWindow(p, store.getState().fullDomain));
  };
  const end = () => {
    store.getState().setCompare(null);
    onClose();
  };

  return (
    <section id={id} className="analysis-panel compare" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Two periods side by side
      </h2>
      <div className="compare-controls">
        <label>
          Presidencies{' '}
          <select value="" onChange={(ev) => choosePreset(presets.find((p) => p.id === ev.target.value))}>
            <option value="">Choose two in a row…</option>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <PeriodForm onPeriod={(d) => store.getState().setCompare(d)} />
        <button type="button" onClick={end}>
          {comparing ? 'End the comparison' : 'Close'}
        </button>
      </div>
      {comparison ? (
        <>
          <p className="hint">
            Events counted in the period their date starts in, with the filters applied; the window counts its whole
            days.
          </p>
          <div data-testid="compare" className="compare-blocks">
            <PeriodBlock summary={comparison.a} label={comparison.labels[0]} byId={dataset?.byId} />
            <PeriodBlock summary={comparison.b} label={comparison.labels[1]} byId={dataset?.byId} />
          </div>
          <AlignedPeriods
            periods={[
              { key: 'a', label: comparison.labels[0], domain: comparison.a.domain, events },
              { key: 'b', label: comparison.labels[1], domain: comparison.b.domain, events },
            ]}
          />
          <button
            type="button"
            onClick={() =>
              downloadText(
                `compare-${serializeComparePeriod(comparison.a.domain)}-with-${serializeComparePeriod(comparison.b.domain)}.csv`,
                serializeCompareCsv(comparison.a, comparison.b),
                'text/csv',
              )
            }
          >
            Comparison (CSV)
          </button>
        </>
      ) : (
        <p className="hint">
          Choose two presidencies, or give a period to compare with the window (the window is what the timeline shows).
        </p>
      )}
    </section>
  );
}

/** A period typed as FROM..TO; a bad one is said beside the field, naming the value and the fix. */
function PeriodForm({ onPeriod }: { onPeriod: (d: Domain) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    const r = parseComparePeriod(text);
    setError(r.ok ? null : r.error);
    if (r.ok) onPeriod(r.domain);
  };
  return (
    <form className="period-form" onSubmit={submit}>
      <label>
        Compare the window with{' '}
        <input
          type="text"
          value={text}
          placeholder="2014..2016-06"
          onChange={(ev) => setText(ev.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          size={16}
        />
      </label>{' '}
      <button type="submit">Compare</button>
      <p id={errorId} className="field-error" aria-live="polite">
        {error}
      </p>
    </form>
  );
}
