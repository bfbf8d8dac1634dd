/** The student's link to an exercise, and fresh seeds. */
import type { StoreData } from '../../state/store';
import { viewUrl } from '../links';
import type { ExerciseKind } from './exerciseSet';

/** Letters and digits that cannot be mistaken for one another when a link is read out or copied by hand. */
const SEED_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A six-character seed (about 30 bits): a new set of cards and a new shuffle. */
export function createSeed(randomValues: (a: Uint8Array) => Uint8Array = (a) => crypto.getRandomValues(a)): string {
  return [...randomValues(new Uint8Array(6))].map((b) => SEED_ALPHABET[b % SEED_ALPHABET.length]).join('');
}

/**
 * The exercise at the view's window, filters and story; without the open event, which is the explorer's.
 * The window is written even when it is the whole period, so events added to the data later, after its end,
 * do not change the cards.
 */
export function exerciseUrl(
  s: StoreData,
  kind: ExerciseKind,
  n: number | null,
  seed: string,
  loc: Location = window.location,
): string {
  return viewUrl(s, kind, loc, { n, seed, event: null, ...(s.dataset ? { domain: s.domain } : {}) });
}
