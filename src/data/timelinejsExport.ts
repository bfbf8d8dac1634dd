/** Our events as TimelineJS JSON, for people who present them with TimelineJS. */
import { escapeHtml } from './htmlText';
import type { Era, TimelineEvent } from './model';

interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  unique_id?: string;
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
}

export interface TimelineJsDocument {
  title?: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
  eras?: { start_date?: TimelineJsDate; end_date?: TimelineJsDate; text: { headline: string; text: string } }[];
}

/** What toTimelineJsJson reads: a Dataset fits, and so does anything with these fields. */
export interface TimelineJsExportable {
  readonly title?: string;
  readonly events: readonly Pick<TimelineEvent, 'id' | 'date' | 'end' | 'title' | 'summary' | 'category'>[];
  readonly eras?: readonly Pick<Era, 'title' | 'start' | 'end'>[];
}

function toTimelineJsDate(date: string | null): TimelineJsDate | undefined {
  const m = date === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  return {
    year: Number(m[1]),
    ...(m[2] === undefined ? {} : { month: Number(m[2]) }),
    ...(m[3] === undefined ? {} : { day: Number(m[3]) }),
  };
}

function dates(start: string, end: string | null): Pick<TimelineJsSlide, 'start_date' | 'end_date'> {
  const start_date = toTimelineJsDate(start);
  const end_date = toTimelineJsDate(end);
  return { ...(start_date ? { start_date } : {}), ...(end_date ? { end_date } : {}) };
}

/** TimelineJS JSON of our events: text is our plain text, HTML-escaped, so TimelineJS shows it as written. */
export function toTimelineJsJson(data: TimelineJsExportable): TimelineJsDocument {
  const events = data.events.map(
    (e): TimelineJsSlide => ({
      unique_id: e.id,
      ...dates(e.date, e.end),
      text: { headline: escapeHtml(e.title), text: escapeHtml(e.summary) },
      group: e.category,
    }),
  );
  const eras = (data.eras ?? []).map((era) => ({
    ...dates(era.start, era.end),
    text: { headline: escapeHtml(era.title), text: '' },
  }));
  return {
    ...(data.title === undefined ? {} : { title: { text: { headline: escapeHtml(data.title), text: '' } } }),
    events,
    ...(eras.length > 0 ? { eras } : {}),
  };
}
