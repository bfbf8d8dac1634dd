/**
 * The handout's analysis: the tone series of the window (the filters applied), every interval computed, and
 * the comparison when the address asks for one. The same functions as the screen and the CSV files.
 */
import { useMemo } from 'react';
import { formatFixed2 } from '../../analysis/format';
import { chooseBinUnit, computeToneBins, type ToneBin } from '../../analysis/tone';
import { categoryLabel } from '../../data/categories';
import { useAppState, useSelector } from '../StoreContext';
import { describePeriod, formatTone } from './PeriodBlock';
import { TONE_RUBRIC } from './toneRubric';
import './printAnalysis.css';
import { type Comparison, useComparison } from './useComparison';

/** The width the handout's bins are chosen for: an A4 or Letter page's text column. */
const PAGE_WIDTH_PX = 680;
const signed = (x: number | null) => formatFixed2(x).replace('-', '−');

export function PrintAnalysis() {
  const domain = useAppState((s) => s.domain);
  const events = useSelector('filteredEvents');
  const unit = chooseBinUnit(domain[1] - domain[0], PAGE_WIDTH_PX);
  const bins = useMemo(() => computeToneBins(events, domain, unit), [events, domain, unit]);
  const comparison = useComparison();
  return (
    <section className="print-analysis">
      <ToneTable bins={bins} unit={unit} />
      {comparison ? <CompareTable c={comparison} /> : null}
    </section>
  );
}

function ToneTable({ bins, unit }: { bins: readonly ToneBin[]; unit: string }) {
  const scale = TONE_RUBRIC.map((r) => `${r.tone} ${r.meaning}`).join(', ');
  return (
    <table className="print-table" data-testid="print-tone">
      <caption>
        Tone by {unit}: the mean tone of the events whose date starts in each {unit} (an editorial judgement per event:{' '}
        {scale}; the data’s README gives the rubric), with a 90% bootstrap interval. No mean under 3 events.
      </caption>
      <thead>
        <tr>
          <th scope="col">From</th>
          <th scope="col">To</th>
          <th scope="col">Events</th>
          <th scope="col">Mean tone</th>
          <th scope="col">90% interval</th>
        </tr>
      </thead>
      <tbody>
        {bins.map((b) => (
          <tr key={b.from}>
            <td>{b.from}</td>
            <td>{b.to}</td>
            <td className="num">{b.n}</td>
            <td className="num">{b.mean === null ? '–' : signed(b.mean)}</td>
            <td className="num">{b.ciLow === null ? '–' : `${signed(b.ciLow)} to ${signed(b.ciHigh)}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CompareTable({ c }: { c: Comparison }) {
  const { a, b } = c;
  const byId = useAppState((s) => s.dataset?.byId);
  const countIn = (s: typeof a, category: string) => s.byCategory.find((x) => x.category === category)?.count ?? 0;
  const categories = [...new Set([...a.byCategory, ...b.byCategory].map((x) => x.category))]
    .map((category) => ({ category, a: countIn(a, category), b: countIn(b, category) }))
    .filter((x) => x.a > 0 || x.b > 0);
  const titles = (ids: readonly string[]) => ids.map((id) => byId?.get(id)?.title ?? id).join('; ');
  const row = (label: string, x: string | number, y: string | number) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td className="num">{x}</td>
      <td className="num">{y}</td>
    </tr>
  );
  return (
    <table className="print-table" data-testid="print-compare">
      <caption>Two periods side by side (events counted in the period their date starts in, filters applied)</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">
            {c.labels[0]}, {describePeriod(a)}
          </th>
          <th scope="col">
            {c.labels[1]}, {describePeriod(b)}
          </th>
        </tr>
      </thead>
      <tbody>
        {row('Events', a.events, b.events)}
        {row('Tone', formatTone(a), formatTone(b))}
        {row('US acted', a.byActor.US, b.byActor.US)}
        {row('Russia acted', a.byActor.RU, b.byActor.RU)}
        {row('Joint', a.byActor.joint, b.byActor.joint)}
        {categories.map((x) => row(categoryLabel(x.category), x.a, x.b))}
        {row('Landmarks', titles(a.landmarkIds), titles(b.landmarkIds))}
      </tbody>
    </table>
  );
}
