/** A candidate's date and confidence in words, as its card shows them. */
import { TONE_LABELS } from '../../data/categories';
import { formatDateSpec, PRECISION_LABEL, parseDateSpec } from '../../data/dates';
import type { Dataset } from '../../data/model';
import type { CandidateEvent } from '../../extract/extract';

export interface DateWords {
  /** "2 August 2019", "February 2019". */
  readonly date: string;
  /** "exact day", "month known, day not". */
  readonly precision: string;
  /** Where the date came from. */
  readonly origin: string;
}

export function describeDate(date: string, c: CandidateEvent, published: string): DateWords {
  const span = parseDateSpec(date);
  const origin =
    date !== c.date
      ? 'as you edited it'
      : c.dateExpression
        ? `from the words “${c.dateExpression}”`
        : `not in the text: the month of publication (${published}) stands in`;
  return {
    date: span ? formatDateSpec(span) : date,
    precision: span ? PRECISION_LABEL[span.precision] : 'not a date',
    origin,
  };
}

/** "high (0.90)": the engine's score, 0…1, with a word for it (its cut-off for showing a candidate is 0.35). */
export function describeConfidence(confidence: number): string {
  const word = confidence >= 0.75 ? 'high' : confidence >= 0.55 ? 'medium' : 'low';
  return `${word} (${confidence.toFixed(2)})`;
}

/** "−2: hostile act": the tone with a true minus sign and the rubric's words. */
export function describeTone(tone: number): string {
  const sign = tone > 0 ? '+' : tone < 0 ? '−' : '';
  return `${sign}${Math.abs(tone)}: ${TONE_LABELS[String(tone)] ?? 'not on the rubric'}`;
}

/** The matched event in words: "‹title› (2 August 2019)", or its id when this dataset does not have it. */
export function describeMatch(id: string, dataset: Dataset | null): { title: string; date: string | null } {
  const event = dataset?.byId.get(id);
  return event ? { title: event.title, date: formatDateSpec(event.span) } : { title: id, date: null };
}
