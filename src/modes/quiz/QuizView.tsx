/**
 * Quiz mode, "what answered what": for acts of the view that answered an earlier event (respondsTo), pick
 * what each answered from three or four events of the same period. The same link (seed=) gives everyone
 * the same questions and options. Check marks each question and shows the link and the sources of both
 * events; Try again clears the choices; Show answers reveals them all.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TimelineEvent } from '../../data/model';
import type { QuizQuestion } from '../../exercises/quiz';
import { computeQuizSet } from '../../ui/exercise/exerciseSet';
import { PracticeNote } from '../../ui/exercise/PracticeNote';
import { useExerciseSeed, useExerciseSource } from '../../ui/exercise/useExerciseSeed';
import { viewUrl } from '../../ui/links';
import { useAppState, useSelector } from '../../ui/StoreContext';
import { type QuestionView, QuizQuestionItem } from './QuizQuestionItem';
import '../../ui/exercise/exercise.css';
import './quiz.css';

type Phase = 'answering' | 'checked' | 'solution';

interface Resolved {
  readonly act: TimelineEvent;
  readonly answered: TimelineEvent;
  readonly options: readonly TimelineEvent[];
}

/** A question with its events, or nothing if one of them is missing from the data. */
function resolve(q: QuizQuestion, byId: ReadonlyMap<string, TimelineEvent>): Resolved[] {
  const act = byId.get(q.eventId);
  const answered = byId.get(q.correctId);
  const options = q.optionIds.map((id) => byId.get(id));
  if (!act || !answered || options.some((o) => !o)) return [];
  return [{ act, answered, options: options as TimelineEvent[] }];
}

export function QuizView() {
  const seed = useExerciseSeed();
  const events = useSelector('presentationEvents');
  const byId = useAppState((s) => s.dataset?.byId);
  const n = useAppState((s) => s.n);
  const set = useMemo(
    () => (seed === null || !byId ? null : computeQuizSet(events, byId, n, seed)),
    [events, byId, n, seed],
  );
  const questions = useMemo(() => (set && byId ? set.questions.flatMap((q) => resolve(q, byId)) : []), [set, byId]);
  if (!set || seed === null) return null;
  // A new set of questions is a new exercise: its choices start afresh.
  const key = `${seed}|${questions.map((q) => q.act.id).join(',')}`;
  return <QuizExercise key={key} questions={questions} asked={set.asked} seed={seed} />;
}

function QuizExercise({ questions, asked, seed }: { questions: readonly Resolved[]; asked: number; seed: string }) {
  const title = useAppState((s) => s.dataset?.title ?? 'Timeline');
  const source = useExerciseSource();
  const timelineUrl = useAppState((s) => viewUrl(s, 'explore', window.location, { n: null, seed: null }));
  const [choices, setChoices] = useState<ReadonlyMap<string, string>>(new Map());
  const [phase, setPhase] = useState<Phase>('answering');
  const scoreRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (phase !== 'answering') scoreRef.current?.focus();
  }, [phase]);

  const right = questions.filter((q) => choices.get(q.act.id) === q.answered.id).length;
  const choose = (act: string, option: string) => setChoices(new Map(choices).set(act, option));
  const showAnswers = () => {
    setChoices(new Map(questions.map((q) => [q.act.id, q.answered.id])));
    setPhase('solution');
  };
  return (
    <div className="exercise quiz">
      <header className="exercise-head">
        <p className="kicker">Exercise · {title}</p>
        <h1>What answered what?</h1>
        <p>
          Each event below answered an earlier one. Choose what it answered. {questions.length} questions on {source}.
        </p>
        <PracticeNote />
      </header>
      {questions.length < asked ? (
        <p className="warning-text">
          {questions.length === 0
            ? 'No event here answers another with enough events of its period to choose from'
            : `Only ${questions.length} of the ${asked} questions asked for`}
          : widen the window or clear a filter for more.
        </p>
      ) : null}
      {questions.map((q, i) => {
        const view: QuestionView = {
          number: i + 1,
          ...q,
          choice: choices.get(q.act.id) ?? null,
          revealed: phase !== 'answering',
        };
        return <QuizQuestionItem key={q.act.id} view={view} onChoose={(id) => choose(q.act.id, id)} />;
      })}
      <div className="exercise-actions">
        {phase === 'answering' ? (
          <button
            type="button"
            className="primary"
            onClick={() => setPhase('checked')}
            disabled={questions.length === 0}
          >
            Check
          </button>
        ) : (
          <button
            type="button"
            onClick={() => {
              setChoices(new Map());
              setPhase('answering');
            }}
          >
            Try again
          </button>
        )}
        {phase === 'checked' ? (
          <button type="button" onClick={showAnswers}>
            Show answers
          </button>
        ) : null}
      </div>
      <p className="quiz-score" ref={scoreRef} tabIndex={-1} aria-live="polite" data-testid="quiz-score">
        {phase === 'checked' ? `${right} of ${questions.length} right.` : ''}
        {phase === 'solution' ? 'The answers are shown.' : ''}
      </p>
      <p className="exercise-foot">
        Exercise {seed}: the same link gives everyone the same questions and choices.{' '}
        <a href={timelineUrl}>Open these events in the timeline</a>
      </p>
    </div>
  );
}
