/**
 * The fields a curator may change on a candidate, checked as the dataset's validation checks them: a refused
 * field says why under itself, the first one takes the focus, and an alert lists them all. Nothing is saved
 * until every field passes.
 */
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ACTOR_LABELS, ACTORS, type Actor, CATEGORIES } from '../../data/categories';
import type { RawEvent } from '../../data/schema';
import { describeTone } from './describeCandidate';
import { applyEventFields, type EventField, type EventFields, type EventProblems, fieldsOfEvent } from './eventFields';

interface Props {
  readonly event: RawEvent;
  /** Ids the other candidates use now. */
  readonly taken: ReadonlySet<string>;
  readonly onSave: (event: RawEvent) => void;
  readonly onCancel: () => void;
}

const ORDER: readonly EventField[] = ['date', 'title', 'summary', 'actors', 'category', 'tone'];
const TONES = ['-2', '-1', '0', '1', '2'];

export function CandidateEditor({ event, taken, onSave, onCancel }: Props) {
  const id = useId();
  const [fields, setFields] = useState<EventFields>(() => fieldsOfEvent(event));
  const [problems, setProblems] = useState<EventProblems>({});
  const refs = useRef<Partial<Record<EventField, HTMLElement | null>>>({});
  const keep = (field: EventField) => (el: HTMLElement | null) => {
    refs.current[field] = el;
  };

  useEffect(() => refs.current.date?.focus(), []);

  const change = <K extends EventField>(field: K, value: EventFields[K]) => {
    setFields((f) => ({ ...f, [field]: value }));
    if (problems[field]) setProblems((p) => ({ ...p, [field]: undefined }));
  };
  const toggleActor = (actor: Actor, on: boolean) =>
    change(
      'actors',
      ACTORS.filter((a) => (a === actor ? on : fields.actors.includes(a))),
    );

  const save = (ev: FormEvent) => {
    ev.preventDefault();
    const result = applyEventFields(event, fields, taken);
    if (result.ok) return onSave(result.event);
    setProblems(result.problems);
    const first = ORDER.find((f) => result.problems[f]);
    if (first) refs.current[first]?.focus();
  };

  const pid = (field: EventField) => `${id}-${field}-problem`;
  const a11y = (field: EventField) => ({
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby': problems[field] ? pid(field) : undefined,
  });
  const problem = (field: EventField) =>
    problems[field] ? (
      <p className="field-problem" id={pid(field)}>
        {problems[field]}
      </p>
    ) : null;
  const listed = ORDER.flatMap((f) => (problems[f] ? [problems[f]] : []));

  return (
    <form className="candidate-editor" onSubmit={save} noValidate aria-label={`Edit “${event.title}”`}>
      {listed.length > 0 ? (
        <div role="alert" className="editor-problems">
          <p>Not saved: fix {listed.length === 1 ? 'this field' : 'these fields'}.</p>
          <ul>
            {listed.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-date`}>Date (YYYY, YYYY-MM or YYYY-MM-DD)</label>
        <input
          id={`${id}-date`}
          ref={keep('date')}
          type="text"
          value={fields.date}
          onChange={(e) => change('date', e.currentTarget.value)}
          spellCheck={false}
          {...a11y('date')}
        />
        {problem('date')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          ref={keep('title')}
          type="text"
          value={fields.title}
          onChange={(e) => change('title', e.currentTarget.value)}
          {...a11y('title')}
        />
        {problem('title')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-summary`}>Summary</label>
        <textarea
          id={`${id}-summary`}
          ref={keep('summary')}
          rows={4}
          value={fields.summary}
          onChange={(e) => change('summary', e.currentTarget.value)}
          {...a11y('summary')}
        />
        {problem('summary')}
      </div>
      <fieldset className="field actors-field" {...a11y('actors')}>
        <legend>Actors (who acted)</legend>
        {ACTORS.map((a, i) => (
          <label key={a}>
            <input
              type="checkbox"
              ref={i === 0 ? keep('actors') : undefined}
              checked={fields.actors.includes(a)}
              onChange={(e) => toggleActor(a, e.currentTarget.checked)}
            />
            {ACTOR_LABELS[a]}
          </label>
        ))}
        {problem('actors')}
      </fieldset>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-category`}>Category</label>
          <select
            id={`${id}-category`}
            ref={keep('category')}
            value={fields.category}
            onChange={(e) => change('category', e.currentTarget.value)}
            {...a11y('category')}
          >
            {CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          {problem('category')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-tone`}>Tone</label>
          <select
            id={`${id}-tone`}
            ref={keep('tone')}
            value={fields.tone}
            onChange={(e) => change('tone', e.currentTarget.value)}
            {...a11y('tone')}
          >
            {TONES.map((t) => (
              <option key={t} value={t}>
                {describeTone(Number(t))}
              </option>
            ))}
          </select>
          {problem('tone')}
        </div>
      </div>
      <div className="editor-actions">
        <button type="submit">Save changes</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
