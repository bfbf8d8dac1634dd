/**
 * "Make an exercise" from the current view: choose the kind (put in order, or what answered what), how
 * many cards or questions and the seed; get the student link (and the embed code for a course page), print
 * the cut-out cards with their key, or download the ordering question for Moodle. Loaded when opened.
 */
import { useId, useMemo, useState } from 'react';
import { serializeMoodleXml } from '../../exercises/moodleXml';
import { SEED_RE } from '../../state/addressCodecs';
import { CopyField } from '../CopyField';
import { downloadText } from '../download';
import { embedSnippet } from '../links';
import { useAppState, useSelector, useStoreApi } from '../StoreContext';
import { createSeed, exerciseUrl } from './exerciseLinks';
import { computeOrderSet, computeQuizSet, DEFAULT_QUESTIONS, type ExerciseKind } from './exerciseSet';
import { PracticeNote } from './PracticeNote';
import { requestPrint } from './printRequest';
import { useExerciseSource } from './useExerciseSeed';
import './exercise.css';

/** The count typed, if it is a whole number from 3 to 12; null for the mode's default (an empty field). */
function readCount(text: string): { n: number | null; ok: boolean } {
  if (text.trim() === '') return { n: null, ok: true };
  const n = /^\d{1,2}$/.test(text.trim()) ? Number(text) : Number.NaN;
  return n >= 3 && n <= 12 ? { n, ok: true } : { n: null, ok: false };
}

export function MakeExercise() {
  const store = useStoreApi();
  const [kind, setKind] = useState<ExerciseKind>('order');
  const [countText, setCountText] = useState('');
  const [seed, setSeed] = useState(createSeed);
  const countId = useId();
  const seedId = useId();
  const count = readCount(countText);
  const seedOk = SEED_RE.test(seed);
  const events = useSelector('presentationEvents');
  const fromStory = useAppState((s) => s.story !== null);
  const byId = useAppState((s) => s.dataset?.byId);
  const dataset = useAppState((s) => s.dataset);
  const source = useExerciseSource();
  const url = useAppState((s) => exerciseUrl(s, kind, count.n, seed));
  const orderSet = useMemo(
    () => (kind === 'order' && seedOk ? computeOrderSet(events, fromStory, count.n, seed) : null),
    [kind, seedOk, events, fromStory, count.n, seed],
  );
  const quizSet = useMemo(
    () => (kind === 'quiz' && seedOk && byId ? computeQuizSet(events, byId, count.n, seed) : null),
    [kind, seedOk, events, byId, count.n, seed],
  );
  const made = orderSet ? orderSet.cards.length : (quizSet?.questions.length ?? 0);
  const asked = orderSet?.asked ?? quizSet?.asked ?? 0;
  const unit = kind === 'order' ? 'cards' : 'questions';
  const ready = count.ok && seedOk && made > (kind === 'order' ? 1 : 0);

  const print = () => {
    store.getState().setExercise({ n: count.n, seed });
    requestPrint();
    store.getState().setMode('order');
  };
  const downloadMoodle = () => {
    if (!orderSet || !dataset) return;
    const xml = serializeMoodleXml(orderSet.cards, {
      name: `Put these events in order (exercise ${seed})`,
      source: `Events from ${dataset.title}, ${dataset.license}, version ${dataset.version}: ${url}`,
    });
    downloadText(`order-${seed}.xml`, xml, 'application/xml');
  };

  return (
    <div className="make-exercise">
      <fieldset className="seg-group">
        <legend>Exercise</legend>
        {(['order', 'quiz'] as const).map((k) => (
          <label key={k} className={kind === k ? 'seg active' : 'seg'}>
            <input type="radio" name="exercise-kind" checked={kind === k} onChange={() => setKind(k)} />
            {k === 'order' ? 'Put events in order' : 'What answered what'}
          </label>
        ))}
      </fieldset>
      <div className="make-fields">
        <label htmlFor={countId}>{kind === 'order' ? 'Cards' : 'Questions'} (3 to 12)</label>
        <input
          id={countId}
          type="text"
          inputMode="numeric"
          size={4}
          value={countText}
          placeholder={kind === 'order' ? (fromStory ? 'all' : '6') : String(DEFAULT_QUESTIONS)}
          onChange={(e) => setCountText(e.target.value)}
          aria-invalid={!count.ok}
        />
        <label htmlFor={seedId}>Seed</label>
        <span className="make-seed">
          <input
            id={seedId}
            type="text"
            size={12}
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
            aria-invalid={!seedOk}
          />
          <button type="button" onClick={() => setSeed(createSeed())}>
            New set
          </button>
        </span>
      </div>
      {!count.ok ? <p className="warning-text">The number of {unit} must be a whole number from 3 to 12.</p> : null}
      {!seedOk ? <p className="warning-text">The seed must be 1 to 32 letters, digits, “-” or “_”.</p> : null}
      {count.ok && seedOk ? (
        <p className="hint" data-testid="exercise-summary">
          {made} {unit} from {source}
          {made < asked ? ` (${asked} asked for: widen the window or clear a filter for more)` : ''}. The same link
          gives every student the same {kind === 'order' ? 'cards in the same starting order' : 'questions and choices'}
          .
        </p>
      ) : null}
      <PracticeNote />
      {ready ? (
        <>
          <CopyField label="Student link" value={url} />
          <CopyField
            label="Embed code for a course page"
            value={embedSnippet(url, `Exercise: ${dataset?.title ?? 'timeline'}`, 720)}
            multiline
          />
          <div className="exercise-actions">
            <a className="button-link" href={url} target="_blank" rel="noopener noreferrer">
              Open the exercise
            </a>
            {kind === 'order' ? (
              <>
                <button type="button" onClick={print}>
                  Print cut-out cards and key
                </button>
                <button type="button" onClick={downloadMoodle}>
                  Download for Moodle (XML, ordering question)
                </button>
              </>
            ) : null}
          </div>
        </>
      ) : null}
    </div>
  );
}
