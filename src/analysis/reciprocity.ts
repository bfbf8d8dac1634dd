/**
 * Action and reaction, over the response links (`respondsTo`) of the given events: how many, how soon
 * answered, in kind or not, by the other side or not, and the longest tit-for-tat chains.
 *
 * Which links count: those whose answering event is among the given events (the window and filters) and
 * whose act is in the dataset (`byId`), even when the act itself lies outside the given events (a reply in
 * the window to an act just before it still counts). A link to an id the dataset does not hold, or an event
 * naming itself, is counted in `unresolved` and nowhere else; a link listed twice counts once.
 */
import { DAY_MS } from '../data/dates';
import type { TimelineEvent } from '../data/model';
import { computeLongestChains, type LinkEnds } from './chains';
import { formatShare, type Ratio } from './format';

export interface ResponseLink extends LinkEnds {
  /** answer.startMs − act.startMs in days (whole days: dates start at UTC midnight). */
  readonly lagDays: number;
}

/** A bar of the lag histogram: lags from minDays to maxDays, both inclusive. */
export interface LagBin {
  readonly label: string;
  readonly minDays: number;
  readonly maxDays: number;
  readonly count: number;
}

const LAG_BINS: readonly Omit<LagBin, 'count'>[] = [
  { label: 'same day', minDays: 0, maxDays: 0 },
  { label: '1–7 days', minDays: 1, maxDays: 7 },
  { label: '8–30 days', minDays: 8, maxDays: 30 },
  { label: '31–90 days', minDays: 31, maxDays: 90 },
  { label: '91–365 days', minDays: 91, maxDays: 365 },
  { label: 'over a year', minDays: 366, maxDays: Number.POSITIVE_INFINITY },
];

export interface Reciprocity {
  readonly links: number;
  readonly unresolved: number;
  /** Median lag over all links (the mean of the middle two for an even count); null without links. */
  readonly medianLagDays: number | null;
  /**
   * Links answered in kind: both tones non-zero and of the same sign, over the links where both tones are
   * non-zero (a neutral or untoned end has no sign to match).
   */
  readonly sameSign: Ratio;
  /** Links where the answer's actors differ from the act's (RU answers a US act; a joint answer to a US act), over all links. */
  readonly otherSide: Ratio;
  readonly lagHistogram: readonly LagBin[];
  /** Links whose answer starts before its act (possible only in a loaded file): in the median, in no bar. */
  readonly answeredBeforeAct: number;
  /** The five longest chains, ids in date order (see computeLongestChains). */
  readonly chains: readonly (readonly string[])[];
}

export function computeResponseLinks(
  events: readonly TimelineEvent[],
  byId: ReadonlyMap<string, TimelineEvent>,
): { links: ResponseLink[]; unresolved: number } {
  const links: ResponseLink[] = [];
  let unresolved = 0;
  for (const answer of events) {
    if (answer.respondsTo.length === 0) continue;
    for (const actId of new Set(answer.respondsTo)) {
      const act = byId.get(actId);
      if (!act || act.id === answer.id) unresolved += 1;
      else links.push({ act, answer, lagDays: Math.round((answer.startMs - act.startMs) / DAY_MS) });
    }
  }
  return { links, unresolved };
}

function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = Math.floor(n / 2);
  return n % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function sameActors(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.actors.length === b.actors.length && a.actors.every((x) => b.actors.includes(x));
}

export function computeReciprocity(
  events: readonly TimelineEvent[],
  byId: ReadonlyMap<string, TimelineEvent>,
  chainLimit = 5,
): Reciprocity {
  const { links, unresolved } = computeResponseLinks(events, byId);
  const counts = LAG_BINS.map(() => 0);
  let signed = 0;
  let inKind = 0;
  let other = 0;
  let answeredBeforeAct = 0;
  for (const { act, answer, lagDays } of links) {
    const bin = LAG_BINS.findIndex((b) => lagDays >= b.minDays && lagDays <= b.maxDays);
    if (bin < 0) answeredBeforeAct += 1;
    else counts[bin] = (counts[bin] ?? 0) + 1;
    if (act.tone && answer.tone) {
      signed += 1;
      if (Math.sign(act.tone) === Math.sign(answer.tone)) inKind += 1;
    }
    if (!sameActors(act, answer)) other += 1;
  }
  return {
    links: links.length,
    unresolved,
    medianLagDays: median(links.map((l) => l.lagDays).sort((a, b) => a - b)),
    sameSign: { count: inKind, of: signed },
    otherSide: { count: other, of: links.length },
    lagHistogram: LAG_BINS.map((b, i) => ({ ...b, count: counts[i] ?? 0 })),
    answeredBeforeAct,
    chains: computeLongestChains(links, chainLimit),
  };
}

/** The figures as the DOM contract writes them (data-links, data-median-lag-days, data-same-sign, data-other-side). */
export function formatReciprocity(r: Reciprocity): {
  links: string;
  medianLagDays: string;
  sameSign: string;
  otherSide: string;
} {
  return {
    links: String(r.links),
    medianLagDays: r.medianLagDays === null ? '' : String(r.medianLagDays),
    sameSign: formatShare(r.sameSign),
    otherSide: formatShare(r.otherSide),
  };
}
