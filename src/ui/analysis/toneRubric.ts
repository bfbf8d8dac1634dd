/**
 * The tone rubric as the page shows it: the rows of data/README.md's "Tone rubric" table, word for word (a
 * unit test compares the two, so the page cannot drift from the documentation). The meanings are the app's
 * tone words (src/data/categories.ts); the examples are the README's.
 */
import { TONE_LABELS } from '../../data/categories';

export const TONE_RUBRIC_INTRO =
  'tone places an event on a scale from conflict to cooperation, judged by the act itself, not by its later consequences.';

const EXAMPLES: readonly (readonly [tone: number, examples: string])[] = [
  [-2, 'sanctions, expulsions, an attack or invasion, withdrawal from or suspension of a treaty'],
  [-1, 'a protest, accusation or warning, recalling an ambassador, a restriction, an arrest'],
  [0, 'a routine step, an appointment, a treaty expiring on schedule'],
  [1, 'calls, talks, meetings and summits without a breakthrough, proposals'],
  [2, 'a treaty signed, ratified or extended, a joint agreement, a prisoner exchange'],
];

export const TONE_RUBRIC: readonly { readonly tone: string; readonly meaning: string; readonly examples: string }[] =
  EXAMPLES.map(([tone, examples]) => ({
    tone: tone < 0 ? `−${-tone}` : tone > 0 ? `+${tone}` : '0',
    meaning: TONE_LABELS[String(tone)] ?? '',
    examples,
  }));
