/**
 * One act reported in several sentences is one candidate: sentences with the same category and actors and
 * compatible dates (equal, one within the other, or one undated) are merged, keeping every piece of
 * evidence and the most precise date. Figures go to the act they count ("10 diplomats" to the expulsion,
 * "32 entities" to the sanctions) when a sentence reports two acts.
 */
import type { CategoryId } from '../data/categories';
import type { RawCandidate } from './candidates';
import { readingDistance } from './clauses';
import type { DateMention } from './dates';
import type { FigureMention } from './figures';
import type { Sentence } from './text';
import { combineTotals } from './totals';

export interface MergedFigure extends FigureMention {
  /** Offset of the figure's sentence in the main text. */
  readonly sentenceStart: number;
}

export interface MergedCandidate {
  readonly parts: readonly RawCandidate[];
  readonly date: DateMention | null;
  readonly dateSentence: Sentence | null;
  readonly figures: readonly MergedFigure[];
}

const TALKS = 'talks|negotiations|discussions?|consultations';
const LENGTH = new RegExp(`^(?:hours?|minutes?|days?) of (?:${TALKS}|the \\p{L}+)$`, 'u');
/** The length of talks or a call, not of a halt: "an hour of the call". */
const TALK_LENGTH = new RegExp(`^(?:hours?|minutes?) of (?:${TALKS}|the (?:call|meeting|conversation))$`, 'u');

const AFFINITY: Partial<Record<CategoryId, RegExp>> = {
  // Who is sent away, and the time they are given to go.
  expulsion: /diplomat|personnel|staff|embassy|consulate|mission|employees|given to (?:leave|go|depart)/i,
  sanctions:
    /entit|individual|compan|bank|firm|oligarch|official|people|person|vessel|tanker|subsidiar|Americans|lawmakers|dollars|enterprises|organi[sz]ations|institutes|targets/i,
  // Terms, and fines or damages in any currency.
  prisoners:
    /years|months|prisoner|detainee|people|Americans|Russians|citizen|agents|men|women|suspects|defendants|rubles|roubles|dollars|euros/i,
  // What a treaty limits, its terms, its ratification votes, and the notice before a withdrawal takes effect.
  'arms-control': /warhead|missile|launcher|inspection|years|votes|senators|deputies|tons|tonnes|takes effect|notice/i,
  // What a joint programme moves or pays for (material by weight, warheads, money), and the votes on a joint resolution.
  cooperation: /tons|tonnes|uranium|plutonium|warhead|missile|dollars|scientists|experts|votes|abstentions/i,
  law: /votes|senators|deputies|lawmakers|children/i,
  // What an incident counts (craft, people, the distance of a close pass), and the length of the defence chiefs' talks.
  military: new RegExp(
    `missile|drone|jet|troop|aircraft|soldier|ship|submarine|feet|metres|meters|yards|passes|service members|sailors|${TALK_LENGTH.source}`,
    'iu',
  ),
  cyber: /domain|account|hacker|officer|Russians|people|entities/i,
  economy: /dollars|barrel|percent|per cent|tons|euros/i,
  // The length of the talks.
  summit: LENGTH,
  // The length of the talks or the call, and a vote on a resolution.
  diplomacy: new RegExp(`${LENGTH.source}|^(?:votes|abstentions)\\b`, 'u'),
};

/**
 * The tone of an act told in several sentences: a statement's strongest words (its most hostile, else its warmest),
 * since a comment that calls a step "a serious blow" in one sentence and "calls on" in another is a criticism; any
 * other act's first reading.
 */
export function toneOf(c: MergedCandidate): number {
  const first = c.parts[0];
  if (!first) return 0;
  if (!first.statement) return first.tone;
  const tones = c.parts.filter((p) => p.statement).map((p) => p.tone);
  const hostile = Math.min(...tones);
  return hostile < 0 ? hostile : Math.max(...tones);
}

/** A figure that counts what acts of the category count: "diplomats" for an expulsion, "hours of talks" for a meeting. */
export function fitsCategory(category: CategoryId, what: string): boolean {
  return AFFINITY[category]?.test(what) ?? false;
}

function compatible(a: DateMention | null, b: DateMention | null): boolean {
  if (!a || !b) return true;
  // The day an act was reported may be a day or more after it: the same month will do.
  if (a.reported || b.reported) return a.date.slice(0, 7) === b.date.slice(0, 7);
  return a.date.startsWith(b.date) || b.date.startsWith(a.date);
}

/** Same act: same category and actors; an undated one-sided mention also joins a two-sided act ("freed by Moscow" in a swap). */
function sameParties(a: RawCandidate, b: RawCandidate): boolean {
  if (a.category !== b.category) return false;
  if (a.actors.join() === b.actors.join()) return true;
  const [wide, narrow] = a.actors.length > b.actors.length ? [a, b] : [b, a];
  return narrow.date === null && narrow.actors.every((s) => wide.actors.includes(s));
}

const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;

export function better(a: DateMention | null, b: DateMention | null): boolean {
  if (!b) return false;
  if (!a) return true;
  // A date of the act itself wins over the day it was reported, whatever their precision.
  if (a.reported !== b.reported) return a.reported === true;
  return PRECISION_RANK[b.precision] > PRECISION_RANK[a.precision];
}

/** The candidate of the sentence each figure belongs to. */
function figureOwner(fig: FigureMention, rivals: readonly RawCandidate[]): RawCandidate | undefined {
  const fits = rivals.filter((c) => AFFINITY[c.category]?.test(fig.what));
  const pool = fits.length > 0 ? fits : rivals;
  // The nearest act's words, a break between clauses (";", ", and") counting as far: "received Witkoff in the Kremlin
  // for talks that lasted about five hours, and on 20 December Dmitriev held talks" gives the hours to the first.
  const text = pool[0]?.analysis.sentence.text ?? '';
  const gap = (c: RawCandidate) =>
    fig.start >= c.trigger.end
      ? readingDistance(text, c.trigger.end, fig.start)
      : c.trigger.start >= fig.end
        ? readingDistance(text, fig.end, c.trigger.start)
        : 0;
  return [...pool].sort((x, y) => gap(x) - gap(y))[0];
}

export function mergeCandidates(raws: readonly RawCandidate[]): MergedCandidate[] {
  const groups: RawCandidate[][] = [];
  for (const c of raws) {
    const fitting = groups.filter((g) => g.every((p) => sameParties(p, c) && compatible(p.date, c.date)));
    const values = new Set(c.analysis.figures.map((f) => f.value));
    const group = fitting.find((g) => g.some((p) => p.analysis.figures.some((f) => values.has(f.value)))) ?? fitting[0];
    if (group) group.push(c);
    else groups.push([c]);
  }
  return groups.map((unordered) => {
    // The widest reading of the actors leads: a two-sided exchange, not one side's "freed".
    const parts = [...unordered].sort((x, y) => y.actors.length - x.actors.length);
    let date: DateMention | null = null;
    let dateSentence: Sentence | null = null;
    for (const p of parts) {
      if (better(date, p.date)) {
        date = p.date;
        dateSentence = p.analysis.sentence;
      }
    }
    const figures: MergedFigure[] = [];
    for (const p of parts) {
      const rivals = raws.filter((r) => r.analysis === p.analysis);
      const fitting = (p.borrowed ?? []).filter((f) => fitsCategory(p.category, f.what));
      for (const f of [...p.analysis.figures, ...fitting]) {
        if (p.analysis.figures.includes(f) && figureOwner(f, rivals) !== p) continue;
        if (figures.some((g) => g.value === f.value && g.what === f.what)) continue;
        figures.push({ ...f, sentenceStart: p.analysis.sentence.start });
      }
    }
    // A total in one sentence and its parts in the next ("32 … . The Treasury designated 16 … and 16 …").
    return { parts, date, dateSentence, figures: combineTotals(figures) as MergedFigure[] };
  });
}
