/**
 * The fields a curator edits on a candidate (date, title, summary, actors, category, tone), checked as the
 * dataset's validation checks them: the event with the new fields goes through validateDataset, and each
 * error or warning on an edited field is reported under that field. A curator's event has neither.
 */
import type { Actor } from '../../data/categories';
import type { RawEvent } from '../../data/schema';
import { validateDataset } from '../../data/validate';
import { slugId } from '../../extract/draft';

export interface EventFields {
  readonly date: string;
  readonly title: string;
  readonly summary: string;
  readonly actors: readonly Actor[];
  readonly category: string;
  /** "-2" … "2", or "" for none (which validation refuses). */
  readonly tone: string;
}

export type EventField = keyof EventFields;

export const EVENT_FIELD_LABELS: Record<EventField, string> = {
  date: 'Date',
  title: 'Title',
  summary: 'Summary',
  actors: 'Actors',
  category: 'Category',
  tone: 'Tone',
};

export type EventProblems = Partial<Record<EventField, string>>;

export type EditResult =
  | { readonly ok: true; readonly event: RawEvent }
  | { readonly ok: false; readonly problems: EventProblems };

export function fieldsOfEvent(e: RawEvent): EventFields {
  return {
    date: e.date,
    title: e.title,
    summary: e.summary,
    actors: [...e.actors],
    category: e.category,
    tone: String(e.tone),
  };
}

function isEventField(name: string): name is EventField {
  return Object.hasOwn(EVENT_FIELD_LABELS, name);
}

/**
 * The event with the fields applied, or the problems by field. A new date or title gives a new id drafted as
 * the engine drafts one, unlike every id in `taken`.
 */
export function applyEventFields(e: RawEvent, f: EventFields, taken: ReadonlySet<string>): EditResult {
  const { tone: _tone, ...rest } = e;
  const next = {
    ...rest,
    date: f.date.trim(),
    title: f.title.trim(),
    summary: f.summary.trim(),
    actors: [...f.actors],
    category: f.category,
    ...(f.tone.trim() === '' ? {} : { tone: Number(f.tone) }),
  };
  const problems: EventProblems = {};
  for (const issue of validateDataset({ events: [next] }).issues) {
    const field = issue.field.split(/[.[]/)[0] ?? '';
    if (isEventField(field)) problems[field] ??= `${EVENT_FIELD_LABELS[field]}: ${issue.message}.`;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const renamed = next.date !== e.date || next.title !== e.title;
  const id = renamed ? slugId(next.date, next.title, new Set(taken)) : e.id;
  return { ok: true, event: { ...(next as RawEvent), id } };
}
