/**
 * One candidate: what the engine found (date with its precision and the words it came from, actors,
 * category, title, summary, figures, confidence), the dataset's event it may be (a source addition rather
 * than a new event), and the curator's decision: accept, edit or reject. The title is the button that
 * selects the candidate and marks its evidence in the article.
 */

import { useEffect, useId, useRef, useState } from 'react';
import { categoryLabel, formatActors } from '../../data/categories';
import { formatNumber } from '../../data/formatNumber';
import type { Dataset } from '../../data/model';
import type { RawEvent } from '../../data/schema';
import { CandidateEditor } from './CandidateEditor';
import { describeConfidence, describeDate, describeMatch, describeTone } from './describeCandidate';
import type { Decision, WorkItem } from './workbench';

interface Props {
  readonly item: WorkItem;
  readonly selected: boolean;
  /** Changes when a click on the article asks this card to take the focus. */
  readonly focusSignal: number | null;
  readonly published: string;
  readonly dataset: Dataset | null;
  readonly taken: () => ReadonlySet<string>;
  readonly onSelect: (key: string) => void;
  readonly onDecide: (key: string, decision: Decision) => void;
  readonly onEdit: (key: string, event: RawEvent) => void;
}

function statusText(decision: Decision, matchTitle: string | null): string {
  if (decision === 'accepted') return 'Accepted as a new event';
  if (decision === 'source') return `Accepted as a source of “${matchTitle ?? ''}”`;
  if (decision === 'rejected') return 'Rejected';
  return 'Not decided';
}

export function CandidateCard(props: Props) {
  const { item, selected, focusSignal, published, dataset, onSelect, onDecide, onEdit } = props;
  const { candidate: c, event, decision } = item;
  const id = useId();
  const [editing, setEditing] = useState(false);
  const titleButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusSignal === null) return;
    titleButton.current?.focus();
    titleButton.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [focusSignal]);

  const date = describeDate(event.date, c, published);
  const match = c.match ? describeMatch(c.match, dataset) : null;
  const toggle = (d: Decision) => onDecide(item.key, decision === d ? 'pending' : d);
  // Closing the editor puts the focus back where the curator was: on the Edit button, once it is back.
  const refocus = useRef(false);
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const closeEditor = () => {
    refocus.current = true;
    setEditing(false);
  };
  const titleId = `${id}-title`;

  return (
    <article
      className={`candidate hl-${item.colour} decision-${decision}${selected ? ' is-selected' : ''}`}
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>
        <button type="button" ref={titleButton} aria-pressed={selected} onClick={() => onSelect(item.key)}>
          <span className="swatch" aria-hidden="true" />
          {event.title}
        </button>
      </h3>
      <p className="candidate-status">
        {statusText(decision, match?.title ?? null)}
        {item.edited ? ' · edited' : ''}
      </p>
      <dl className="candidate-facts">
        <dt>Date</dt>
        <dd>
          {date.date} ({date.precision}), {date.origin}
        </dd>
        <dt>Actors</dt>
        <dd>{formatActors(event.actors)}</dd>
        <dt>Category</dt>
        <dd>{categoryLabel(event.category)}</dd>
        <dt>Tone</dt>
        <dd>{describeTone(event.tone)}</dd>
        {event.figures?.length ? (
          <>
            <dt>Figures</dt>
            <dd>{event.figures.map((f) => `${formatNumber(f.value)} ${f.what}`).join('; ')}</dd>
          </>
        ) : null}
        <dt>Confidence</dt>
        <dd>{describeConfidence(c.confidence)}</dd>
        {c.alsoIn.length > 0 ? (
          <>
            <dt>Evidence</dt>
            <dd>{c.alsoIn.length + 1} sentences report it</dd>
          </>
        ) : null}
      </dl>
      <p className="candidate-summary">{event.summary}</p>
      {match ? (
        <p className="candidate-match">
          Same event as <cite>{match.title}</cite>
          {match.date ? ` (${match.date})` : ''}: add this article as a source.
        </p>
      ) : null}
      {editing ? (
        <CandidateEditor
          event={event}
          taken={props.taken()}
          onSave={(next) => {
            onEdit(item.key, next);
            closeEditor();
          }}
          onCancel={closeEditor}
        />
      ) : (
        <fieldset className="decisions">
          <legend className="visually-hidden">Decision on “{event.title}”</legend>
          {c.match ? (
            <button type="button" aria-pressed={decision === 'source'} onClick={() => toggle('source')}>
              Add as a source
            </button>
          ) : null}
          <button type="button" aria-pressed={decision === 'accepted'} onClick={() => toggle('accepted')}>
            {c.match ? 'Accept as a new event' : 'Accept'}
          </button>
          <button type="button" ref={editButton} onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" aria-pressed={decision === 'rejected'} onClick={() => toggle('rejected')}>
            Reject
          </button>
        </fieldset>
      )}
    </article>
  );
}
