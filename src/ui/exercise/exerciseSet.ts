/**
 * An exercise from the events of a view: the same inputs (the view's events, n, seed) give the same cards,
 * shuffle and questions in the student's page, in the teacher's dialog and in the Moodle file.
 */
import type { TimelineEvent } from '../../data/model';
import { clampCardCount, DEFAULT_CARDS, drawOrderCards, type OrderCard, shuffle } from '../../exercises/orderCards';
import { buildQuiz, type QuizQuestion } from '../../exercises/quiz';

export type ExerciseKind = 'order' | 'quiz';

export const DEFAULT_QUESTIONS = 5;

export interface OrderSet {
  /** The cards in date order (the solution). */
  readonly cards: readonly OrderCard[];
  /** Card ids in the seeded starting order, never the solution. */
  readonly start: readonly string[];
  /** How many cards were asked for; more than `cards.length` when the events do not hold that many. */
  readonly asked: number;
}

/**
 * The cards of an ordering exercise. With a story (events a teacher picked), every picked event is a card
 * unless `n` says otherwise; else n (default 6) cards spread over the view's events.
 */
export function computeOrderSet(
  events: readonly TimelineEvent[],
  fromStory: boolean,
  n: number | null,
  seed: string,
): OrderSet {
  const asked = n ?? (fromStory ? clampCardCount(events.length) : DEFAULT_CARDS);
  const cards = drawOrderCards(events, asked, seed);
  return { cards, start: shuffle(cards, seed).map((c) => c.id), asked };
}

export interface QuizSet {
  readonly questions: readonly QuizQuestion[];
  readonly asked: number;
}

/** The questions of a "what answered what" quiz on the view's answering events (default 5). */
export function computeQuizSet(
  events: readonly TimelineEvent[],
  byId: ReadonlyMap<string, TimelineEvent>,
  n: number | null,
  seed: string,
): QuizSet {
  const asked = n ?? DEFAULT_QUESTIONS;
  return { questions: buildQuiz(events, byId, seed, asked), asked };
}
