/**
 * Under the explorer's chart: what the tone strip shows and what tone is (with the rubric), the strip's
 * switch and its CSV, and the two analysis panels, action and reaction and two periods side by side. The
 * panels' code loads when one is opened (or when the address asks for a comparison), never with the first page.
 */
import { Suspense, useEffect, useState } from 'react';
import { useChartHandle } from '../ChartContext';
import { downloadText } from '../download';
import { retryableLazy } from '../retryableLazy';
import { useAppState, useStoreApi } from '../StoreContext';
import './analysisBar.css';

const ToneRubric = retryableLazy(
  () => import('./ToneRubric'),
  (m) => m.ToneRubric,
);
const ReciprocityPanel = retryableLazy(
  () => import('./ReciprocityPanel'),
  (m) => m.ReciprocityPanel,
);
const ComparePanel = retryableLazy(
  () => import('./ComparePanel'),
  (m) => m.ComparePanel,
);

type Panel = 'rubric' | 'reciprocity' | 'compare';
const RUBRIC_ID = 'tone-rubric';
const PANEL_IDS: Record<Panel, string> = {
  rubric: RUBRIC_ID,
  reciprocity: 'reciprocity-panel',
  compare: 'compare-panel',
};

function withPanel(open: ReadonlySet<Panel>, p: Panel, on: boolean): ReadonlySet<Panel> {
  if (open.has(p) === on) return open;
  const next = new Set(open);
  if (on) next.add(p);
  else next.delete(p);
  return next;
}

export function AnalysisBar({ tone, onToneChange }: { tone: boolean; onToneChange: (on: boolean) => void }) {
  const store = useStoreApi();
  const chart = useChartHandle();
  const comparing = useAppState((s) => s.compare !== null);
  const [open, setOpen] = useState<ReadonlySet<Panel>>(() => new Set());
  const isOpen = (p: Panel) => open.has(p) || (p === 'compare' && comparing);
  const toggle = (p: Panel, on = !isOpen(p)) => {
    // A comparison keeps its panel open: closing it ends the comparison.
    if (p === 'compare' && !on && comparing) store.getState().setCompare(null);
    setOpen((before) => withPanel(before, p, on));
  };
  // An address that links to the rubric (#tone-rubric) opens it; so does the link (its click loads the rubric).
  useEffect(() => {
    const follow = () => {
      if (window.location.hash === `#${RUBRIC_ID}`) setOpen((before) => withPanel(before, 'rubric', true));
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const downloadTone = async () => {
    const bins = chart?.current?.toneBins?.();
    if (!bins?.length) return;
    const { serializeToneCsv } = await import('../../analysis/tone');
    const first = bins[0]?.from ?? '';
    const last = bins[bins.length - 1]?.to ?? '';
    downloadText(`tone-${first}-to-${last}.csv`, serializeToneCsv(bins), 'text/csv');
  };
  const switchButton = (p: Panel, label: string) => (
    <button
      type="button"
      aria-expanded={isOpen(p)}
      aria-controls={isOpen(p) ? PANEL_IDS[p] : undefined}
      onClick={() => toggle(p)}
    >
      {label}
    </button>
  );

  return (
    <section className="analysis" aria-label="Analysis">
      <p className="tone-note">
        <strong>Tone</strong>: our editorial judgement of each event on a documented scale, from −2 (a hostile act) to
        +2 (cooperation achieved); see{' '}
        <a href={`#${RUBRIC_ID}`} onClick={() => toggle('rubric', true)}>
          the tone rubric
        </a>
        .{' '}
        {tone
          ? 'The strip above the axis gives each period’s mean tone, its 90% interval and its number of events (shaded: under 3 events, no mean); click a period to show it.'
          : 'The Tone button draws its mean over time above the axis.'}
      </p>
      <div className="analysis-buttons">
        <button type="button" aria-pressed={tone} onClick={() => onToneChange(!tone)}>
          Tone
        </button>
        {tone ? (
          <button type="button" onClick={() => void downloadTone()}>
            Strip as CSV
          </button>
        ) : null}
        {switchButton('reciprocity', 'Action and reaction')}
        {switchButton('compare', 'Compare periods')}
      </div>
      <Suspense fallback={<p className="analysis-loading">Loading…</p>}>
        {isOpen('rubric') ? <ToneRubric id={RUBRIC_ID} onClose={() => toggle('rubric', false)} /> : null}
        {isOpen('reciprocity') ? <ReciprocityPanel id={PANEL_IDS.reciprocity} /> : null}
        {isOpen('compare') ? <ComparePanel id={PANEL_IDS.compare} onClose={() => toggle('compare', false)} /> : null}
      </Suspense>
    </section>
  );
}
