/** A button that selects another event: used for "answers" and "answered by" links. */
import { formatDateSpec } from '../data/dates';
import type { TimelineEvent } from '../data/model';
import { useSelectEvent } from './ChartContext';
import { ShapeIcon } from './ShapeIcon';

export function EventLink({ event }: { event: TimelineEvent }) {
  const select = useSelectEvent();
  return (
    <button type="button" className="event-link" onClick={() => select(event.id)}>
      <ShapeIcon category={event.category} size={12} />
      <time dateTime={event.date}>{formatDateSpec(event.span)}</time>
      <span>{event.title}</span>
    </button>
  );
}
