/**
 * The tone strip between the bands and the axis, in px: for each calendar bin, the mean tone drawn as a bar
 * from the zero line (up for cooperation, down for conflict) with its interval as a whisker, and the number of
 * events written under it. A bin of fewer than three events has no mean: it is drawn as an empty, shaded cell
 * that says so. The bins (src/analysis/tone.ts) are computed by the caller; this only places them.
 */
import { formatFixed2 } from '../analysis/format';
import type { BinUnit, ToneBin } from '../analysis/tone';
import { describeBin } from './modelParts';
import type { TimeScale } from './scale';

export interface ToneStripInput {
  readonly unit: BinUnit;
  /** Null while the bins are not computed yet (their code loads after the first paint): the strip is empty. */
  readonly bins: readonly ToneBin[] | null;
}

export interface ToneBinModel {
  /** The bin's first day, keys the join. */
  readonly key: string;
  readonly fromMs: number;
  readonly toMs: number;
  /** First and last day, inclusive (the DOM contract's data-from and data-to). */
  readonly from: string;
  readonly to: string;
  readonly n: number;
  /** The mean with two decimals (data-mean), null when the bin has too few events for one. */
  readonly meanText: string | null;
  readonly x0Px: number;
  readonly x1Px: number;
  /** The bar between the zero line and the mean; height 0 without a mean. */
  readonly barYPx: number;
  readonly barHeightPx: number;
  readonly sign: 'conflict' | 'cooperation' | 'neutral' | 'too-few';
  /** The interval's whisker at the bin's centre, null without a mean or while it is computed. */
  readonly ci: { readonly xPx: number; readonly y0Px: number; readonly y1Px: number } | null;
  /** The count written under the bar, when the bin is wide enough for it. */
  readonly countLabel: string | null;
  readonly ariaLabel: string;
}

export interface ToneStripModel {
  readonly widthPx: number;
  readonly yPx: number;
  readonly heightPx: number;
  readonly zeroYPx: number;
  /** y of +2 and −2, the scale's ends. */
  readonly topYPx: number;
  readonly bottomYPx: number;
  /** The baseline of the counts' row. */
  readonly countYPx: number;
  readonly unit: BinUnit;
  readonly bins: readonly ToneBinModel[];
  readonly loading: boolean;
  readonly ariaLabel: string;
}

/** The strip's height: 4 px above +2, 32 px for the scale (8 px a tone step), 12 px for the counts. */
export const TONE_STRIP_PX = 48;
const SCALE_TOP_PX = 4;
const SCALE_PX = 32;
const MAX_TONE = 2;
/** Narrower bins leave their count to the label and tooltip. */
const MIN_COUNT_LABEL_PX = 18;

/** "−1.25": the two decimals of the contract, with a true minus sign for reading. */
const signed = (x: number) => formatFixed2(x).replace('-', '−');

const UNIT_WORD: Record<BinUnit, string> = { year: 'year', quarter: 'quarter', month: 'month' };

function describeToneBin(bin: ToneBin, unit: BinUnit): string {
  const when = describeBin(bin.fromMs, bin.toMs, unit);
  const events = `${bin.n} ${bin.n === 1 ? 'event' : 'events'} with a tone`;
  const coarse = bin.coarseIds.length ? `, ${bin.coarseIds.length} of them dated only to a longer period` : '';
  if (bin.mean === null)
    return `${when}: ${events}${coarse}, too few for a mean (3 needed). Activate to show this period.`;
  const ci =
    bin.ciLow !== null && bin.ciHigh !== null ? ` (90% interval ${signed(bin.ciLow)} to ${signed(bin.ciHigh)})` : '';
  return `${when}: mean tone ${signed(bin.mean)}${ci} over ${events}${coarse}. Activate to show this period.`;
}

export function computeToneModel(input: ToneStripInput, scale: TimeScale, yPx: number): ToneStripModel {
  const topYPx = yPx + SCALE_TOP_PX;
  const zeroYPx = topYPx + SCALE_PX / 2;
  const yOf = (tone: number) => zeroYPx - (tone / MAX_TONE) * (SCALE_PX / 2);
  const bins = (input.bins ?? []).map((bin): ToneBinModel => {
    const x0Px = scale(bin.fromMs);
    const x1Px = scale(bin.toMs);
    const meanY = bin.mean === null ? zeroYPx : yOf(bin.mean);
    const sign = bin.mean === null ? 'too-few' : bin.mean > 0 ? 'cooperation' : bin.mean < 0 ? 'conflict' : 'neutral';
    return {
      key: bin.from,
      fromMs: bin.fromMs,
      toMs: bin.toMs,
      from: bin.from,
      to: bin.to,
      n: bin.n,
      meanText: bin.mean === null ? null : formatFixed2(bin.mean),
      x0Px,
      x1Px,
      barYPx: Math.min(meanY, zeroYPx),
      barHeightPx: Math.abs(meanY - zeroYPx),
      sign,
      ci:
        bin.ciLow !== null && bin.ciHigh !== null
          ? { xPx: (x0Px + x1Px) / 2, y0Px: yOf(bin.ciHigh), y1Px: yOf(bin.ciLow) }
          : null,
      countLabel: x1Px - x0Px >= MIN_COUNT_LABEL_PX && bin.n > 0 ? String(bin.n) : null,
      ariaLabel: describeToneBin(bin, input.unit),
    };
  });
  return {
    widthPx: scale.range[1],
    yPx,
    heightPx: TONE_STRIP_PX,
    zeroYPx,
    topYPx,
    bottomYPx: topYPx + SCALE_PX,
    countYPx: topYPx + SCALE_PX + 10,
    unit: input.unit,
    bins,
    loading: input.bins === null,
    ariaLabel: `Tone by ${UNIT_WORD[input.unit]}: the mean tone of the events in each ${UNIT_WORD[input.unit]}, from −2 (hostile act) to +2 (cooperation achieved), with its 90% interval and the number of events.`,
  };
}
