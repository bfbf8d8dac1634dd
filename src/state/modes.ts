/**
 * The app's modes as the state knows them: one row per mode, keyed by the id the `mode=` parameter accepts, with
 * what the address needs to know of it. `exercise`: the mode is an exercise, so the exercise's settings (`n=`,
 * `seed=`) belong in its address; other modes drop them. The app's mode registry (src/app/modeRegistry.ts) must
 * hold an entry for each id, or it does not compile.
 */
export interface ModeFacts {
  readonly exercise: boolean;
}

export const MODES = {
  explore: { exercise: false },
  embed: { exercise: false },
  present: { exercise: false },
  print: { exercise: false },
  order: { exercise: true },
  quiz: { exercise: true },
  extract: { exercise: false },
} as const satisfies Record<string, ModeFacts>;

export type ModeId = keyof typeof MODES;
/** Every mode id, in the table's order. */
export const MODE_IDS = Object.keys(MODES) as readonly ModeId[];
export type Theme = 'light' | 'dark';

/** Does the address of this mode hold the exercise's settings? */
export const isExerciseMode = (mode: ModeId): boolean => MODES[mode].exercise;
