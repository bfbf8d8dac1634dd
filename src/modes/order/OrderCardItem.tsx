/**
 * One card: while answering, a movable card (a button that lifts, with a grip for touch dragging) showing
 * the title and clue, never the date; once checked, a plain block with its verdict, its date and its
 * sources (links may not sit inside a button).
 */
import type { CSSProperties, KeyboardEvent, PointerEvent } from 'react';
import type { Source } from '../../data/model';
import type { OrderCard } from '../../exercises/orderCards';
import { EventSources } from '../../ui/exercise/EventSources';

export interface CardView {
  readonly card: OrderCard;
  /** Its place in the order shown, from 0. */
  readonly index: number;
  readonly answering: boolean;
  readonly lifted: boolean;
  readonly dragging: boolean;
  /** After a check: is it in its exact place? In the solution its place in date order. */
  readonly correct?: boolean;
  readonly solutionIndex: number;
  readonly sources: readonly Source[];
  readonly shiftPx: number;
}

export function OrderCardItem({
  view,
  helpId,
  cardRef,
  onKeyDown,
  onPointerDown,
}: {
  view: CardView;
  helpId: string;
  cardRef: (el: HTMLElement | null) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  onPointerDown: (e: PointerEvent<HTMLElement>) => void;
}) {
  const { card, index, answering, lifted, dragging, correct } = view;
  const style: CSSProperties | undefined = view.shiftPx ? { transform: `translateY(${view.shiftPx}px)` } : undefined;
  const state = correct === undefined ? '' : correct ? ' is-right' : ' is-wrong';
  const movable = answering
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-roledescription': 'movable card',
        'aria-pressed': lifted,
        'aria-describedby': helpId,
        onKeyDown,
        onPointerDown,
      }
    : {};
  return (
    <li className={`order-slot${dragging ? ' is-dragging' : ''}`} style={style}>
      <div
        ref={cardRef}
        className={`order-card${lifted ? ' is-lifted' : ''}${state}`}
        data-testid="order-card"
        data-event-id={card.id}
        data-correct={correct === undefined ? undefined : String(correct)}
        {...movable}
      >
        {answering ? (
          <span className="order-grip" aria-hidden="true">
            ⠿
          </span>
        ) : null}
        <span className="order-pos" aria-hidden="true">
          {index + 1}
        </span>
        <div className="order-body">
          <span className="order-title">{card.title}</span>
          <span className="order-clue">{card.clue}</span>
          {answering ? null : (
            <div className="order-answer">
              <p className="order-verdict">
                {correct ? '✓ In its place' : `✗ Belongs in place ${view.solutionIndex + 1}`}
                {' · '}
                <time>{card.dateLabel}</time>
              </p>
              <EventSources sources={view.sources} label={`Sources for ${card.title}`} />
            </div>
          )}
        </div>
      </div>
    </li>
  );
}
