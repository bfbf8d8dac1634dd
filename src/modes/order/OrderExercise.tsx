/** One attempt at an ordering exercise: the cards, the keys and the drag, Check, the score, Try again. */
import { type KeyboardEvent, type RefObject, useEffect, useId, useLayoutEffect, useReducer, useRef } from 'react';
import type { TimelineEvent } from '../../data/model';
import type { OrderScore } from '../../exercises/scoreOrder';
import type { OrderSet } from '../../ui/exercise/exerciseSet';
import { PracticeNote } from '../../ui/exercise/PracticeNote';
import { takePrintRequest } from '../../ui/exercise/printRequest';
import { viewUrl } from '../../ui/links';
import { useAppState } from '../../ui/StoreContext';
import { CutOutSheets } from './CutOutSheets';
import { computeShiftPx } from './dragMath';
import { OrderCardItem } from './OrderCardItem';
import { CARD_COMMANDS } from './orderCommands';
import { createOrderState, reduceOrder } from './orderState';
import { useCardDrag } from './useCardDrag';

function ScorePanel({ score, panelRef }: { score: OrderScore; panelRef: RefObject<HTMLElement> }) {
  const { positions, pairs } = score;
  return (
    <section className="order-score" ref={panelRef} tabIndex={-1} aria-label="Your score">
      <h2>Your score</h2>
      <dl>
        <dt>By positions</dt>
        <dd data-testid="score-positions">
          {positions.count} of {positions.of} cards in their exact place
        </dd>
        <dt>By pairs</dt>
        <dd data-testid="score-pairs">
          {pairs.count} of {pairs.of} pairs of cards the right way round
        </dd>
      </dl>
      <p className="hint">
        By positions, a card counts only in its exact place, so one card moved from first to last leaves no card in
        place. By pairs, every two cards the right way round count, so one card out of place costs only its own pairs.
      </p>
    </section>
  );
}

export function OrderExercise({ set, seed, source }: { set: OrderSet; seed: string; source: string }) {
  const title = useAppState((s) => s.dataset?.title ?? 'Timeline');
  const byId = useAppState((s) => s.dataset?.byId);
  const timelineUrl = useAppState((s) => viewUrl(s, 'explore', window.location, { n: null, seed: null }));
  const [state, dispatch] = useReducer(reduceOrder, set, (x) => createOrderState(x.cards, x.start));
  const answering = state.phase === 'answering';
  const { drag, register, elementOf, onPointerDown } = useCardDrag(state.order, answering, (id, index) =>
    dispatch({ type: 'place', id, index }),
  );
  const helpId = useId();
  const scoreRef = useRef<HTMLElement>(null);
  const cardById = new Map(set.cards.map((c, i) => [c.id, { card: c, solutionIndex: i }]));

  // A lifted card keeps the focus as it moves (moving a node in the DOM takes its focus away): after every render.
  const liftedId = state.lifted?.id;
  useLayoutEffect(() => {
    const el = liftedId ? elementOf(liftedId) : undefined;
    if (el && document.activeElement !== el) el.focus();
  });
  // Check and Show solution hand the focus to the score; Try again to the first card.
  const lastPhase = useRef(state.phase);
  useEffect(() => {
    if (lastPhase.current === state.phase) return;
    lastPhase.current = state.phase;
    if (state.phase === 'answering') elementOf(state.order[0] ?? '')?.focus();
    else scoreRef.current?.focus();
  }, [state.phase, state.order, elementOf]);
  // "Print the cards" from the explorer: print once the cards are on the page.
  useEffect(() => {
    if (takePrintRequest()) requestAnimationFrame(() => window.print());
  }, []);

  const onKeyDown = (id: string) => (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const command = CARD_COMMANDS.forKey(e.key);
    if (command && CARD_COMMANDS.run(command.id, { state, id, dispatch })) e.preventDefault();
  };
  const events = set.cards.map((c) => byId?.get(c.id)).filter((e): e is TimelineEvent => !!e);
  const tooFew = set.cards.length < 2;

  return (
    <div className="exercise order">
      <div className="exercise-screen">
        <header className="exercise-head">
          <p className="kicker">Exercise · {title}</p>
          <h1>Put these events in order</h1>
          <p>
            Earliest at the top. {set.cards.length} cards drawn from {source}.
          </p>
          <p id={helpId} className="order-help">
            Drag a card (on a touch screen, by its grip ⠿), or with the keyboard: focus a card, press Space to lift it,
            ↑ and ↓ to move it, Space to drop it, Escape to cancel.
          </p>
          <PracticeNote />
        </header>
        {set.cards.length < set.asked ? (
          <p className="warning-text">
            {tooFew
              ? 'Too few events here to put in order'
              : `Only ${set.cards.length} of the ${set.asked} cards asked for`}
            : the other events share their dates with these. Widen the window or clear a filter for more.
          </p>
        ) : null}
        <ol className="order-cards" aria-label="Cards, earliest first">
          {state.order.map((id, index) => {
            const entry = cardById.get(id);
            if (!entry) return null;
            const shiftPx = !drag
              ? 0
              : index === drag.from
                ? drag.dyPx
                : computeShiftPx(index, drag.from, drag.target, drag.stepPx);
            return (
              <OrderCardItem
                key={id}
                view={{
                  card: entry.card,
                  index,
                  answering,
                  lifted: state.lifted?.id === id,
                  dragging: drag?.id === id,
                  correct:
                    state.phase === 'checked'
                      ? (state.score?.cards[index]?.correct ?? false)
                      : state.phase === 'solution'
                        ? true
                        : undefined,
                  solutionIndex: entry.solutionIndex,
                  sources: byId?.get(id)?.sources ?? [],
                  shiftPx,
                }}
                helpId={helpId}
                cardRef={register(id)}
                onKeyDown={onKeyDown(id)}
                onPointerDown={(e) => onPointerDown(id, e)}
              />
            );
          })}
        </ol>
        <div className="exercise-actions">
          {answering ? (
            <button type="button" className="primary" onClick={() => dispatch({ type: 'check' })} disabled={tooFew}>
              Check
            </button>
          ) : (
            <button type="button" onClick={() => dispatch({ type: 'retry' })}>
              Try again
            </button>
          )}
          {state.phase === 'checked' ? (
            <button type="button" onClick={() => dispatch({ type: 'solve' })}>
              Show solution
            </button>
          ) : null}
        </div>
        {state.score ? <ScorePanel score={state.score} panelRef={scoreRef} /> : null}
        <p className="visually-hidden" aria-live="assertive" aria-atomic="true">
          {state.message}
        </p>
        <p className="exercise-foot">
          Exercise {seed}: the same link gives everyone the same cards in the same starting order.{' '}
          <a href={timelineUrl}>Open these events in the timeline</a> ·{' '}
          <button type="button" className="link-button" onClick={() => window.print()}>
            Print cut-out cards and key
          </button>
        </p>
      </div>
      <CutOutSheets cards={set.cards} start={set.start} events={events} title={title} source={source} />
    </div>
  );
}
