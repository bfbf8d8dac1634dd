/**
 * One question: the answering act, and three or four earlier events of its period to choose from (radio
 * buttons). Once checked, it says whether the choice was right, what the act answered, and the sources of
 * both.
 */
import { categoryLabel, formatActors } from '../../data/categories';
import { formatDateSpec } from '../../data/dates';
import type { TimelineEvent } from '../../data/model';
import { EventSources } from '../../ui/exercise/EventSources';

export interface QuestionView {
  readonly number: number;
  readonly act: TimelineEvent;
  readonly answered: TimelineEvent;
  readonly options: readonly TimelineEvent[];
  readonly choice: string | null;
  /** Choices are shown marked and the link revealed. */
  readonly revealed: boolean;
}

export function QuizQuestionItem({ view, onChoose }: { view: QuestionView; onChoose: (id: string) => void }) {
  const { act, answered, options, choice, revealed } = view;
  const correct = revealed ? choice === answered.id : undefined;
  return (
    <fieldset
      className={`quiz-question${correct === undefined ? '' : correct ? ' is-right' : ' is-wrong'}`}
      data-testid="quiz-question"
      data-event-id={act.id}
      data-correct={correct === undefined ? undefined : String(correct)}
    >
      <legend>
        <span className="quiz-number">Question {view.number}: what did this answer?</span>
        <span className="quiz-act">{act.title}</span>
      </legend>
      <p className="quiz-meta">
        {formatDateSpec(act.span)} · {categoryLabel(act.category)} · {formatActors(act.actors)}
      </p>
      <div className="quiz-options">
        {options.map((o) => (
          <label
            key={o.id}
            className={`quiz-option${revealed && o.id === answered.id ? ' is-answer' : ''}`}
            data-testid="quiz-option"
            data-event-id={o.id}
          >
            <input
              type="radio"
              name={`quiz-${act.id}`}
              value={o.id}
              checked={choice === o.id}
              disabled={revealed}
              onChange={() => onChoose(o.id)}
            />
            <span>
              <span className="quiz-option-title">{o.title}</span>
              <span className="quiz-option-meta">
                {formatDateSpec(o.span)} · {formatActors(o.actors)}
              </span>
            </span>
          </label>
        ))}
      </div>
      {revealed ? (
        <div className="quiz-answer" data-testid="quiz-answer">
          <p className="quiz-verdict">{choice === null ? 'Not answered.' : correct ? '✓ Right.' : '✗ Not this one.'}</p>
          <p>
            “{act.title}” ({formatDateSpec(act.span)}) answered “{answered.title}” ({formatDateSpec(answered.span)}).
          </p>
          <p className="quiz-sources-head">Sources for the answer:</p>
          <EventSources sources={act.sources} label={`Sources for ${act.title}`} />
          <p className="quiz-sources-head">Sources for what it answered:</p>
          <EventSources sources={answered.sources} label={`Sources for ${answered.title}`} />
        </div>
      ) : null}
    </fieldset>
  );
}
