/**
 * The tone rubric as the page shows it: the rows of data/README.md's "Tone rubric" table, word for word (a
 * unit test compares the two, so the page cannot drift from the documentation).
 */
export const TONE_RUBRIC_INTRO =
  'tone places an event on a scale from conflict to cooperation, judged by the act itself, not by its later consequences.';

export const TONE_RUBRIC: readonly { readonly tone: string; readonly meaning: string; readonly examples: string }[] = [
  {
    tone: '−2',
    meaning: 'hostile act',
    examples: 'sanctions, expulsions, an attack or invasion, withdrawal from or suspension of a treaty',
  },
  {
    tone: '−1',
    meaning: 'friction',
    examples: 'a protest, accusation or warning, recalling an ambassador, a restriction, an arrest',
  },
  {
    tone: '0',
    meaning: 'neutral or procedural',
    examples: 'a routine step, an appointment, a treaty expiring on schedule',
  },
  {
    tone: '+1',
    meaning: 'engagement',
    examples: 'calls, talks, meetings and summits without a breakthrough, proposals',
  },
  {
    tone: '+2',
    meaning: 'cooperation achieved',
    examples: 'a treaty signed, ratified or extended, a joint agreement, a prisoner exchange',
  },
];
