import { describe, expect, it } from 'vitest';
import { buildQuiz } from '../../../src/exercises/quiz';
import { data, ev } from '../analysis/events';
import { loadRealDataset } from './realData';

// B (Russia, 10 March 2020) answers A (US sanctions, 1 March 2020). Candidates within two years of A and no
// later than B, with their likeness to A (same actors 2, same category 1):
//   C  US sanctions 2019-01-01 → 3     I  US sanctions 2020-03-10 (B's day) → 3     G  US military 2018-06-01 → 2
//   E  RU sanctions 2019-06-01 → 1     H  RU law 2019-02-01 → 0
// Out: D (2021, after B), F (31 December 2017, more than two years before A).
// So the options are A, C, I and G, in some order.
const DS = data([
  ev('A', '2020-03-01', -2, { actors: ['US'], category: 'sanctions' }),
  ev('B', '2020-03-10', -2, { actors: ['RU'], category: 'sanctions', respondsTo: ['A'] }),
  ev('C', '2019-01-01', -2, { actors: ['US'], category: 'sanctions' }),
  ev('D', '2021-01-01', -2, { actors: ['US'], category: 'sanctions' }),
  ev('E', '2019-06-01', -2, { actors: ['RU'], category: 'sanctions' }),
  ev('F', '2017-12-31', -1, { actors: ['US'], category: 'statement' }),
  ev('G', '2018-06-01', -2, { actors: ['US'], category: 'military' }),
  ev('H', '2019-02-01', 1, { actors: ['RU'], category: 'law' }),
  ev('I', '2020-03-10', -2, { actors: ['US'], category: 'sanctions' }),
]);

describe('buildQuiz', () => {
  it('asks what an answering event answered, with the most alike earlier events of the period as distractors', () => {
    const [q, ...rest] = buildQuiz(DS.events, DS.byId, 'lesson', 5);
    expect(rest).toEqual([]);
    expect(q?.eventId).toBe('B');
    expect(q?.correctId).toBe('A');
    expect([...(q?.optionIds ?? [])].sort()).toEqual(['A', 'C', 'G', 'I']);
  });

  it('is the same for a seed and moves the right option about between seeds', () => {
    expect(buildQuiz(DS.events, DS.byId, 7)).toEqual(buildQuiz(DS.events, DS.byId, 7));
    const places = new Set(
      Array.from({ length: 40 }, (_, seed) => {
        const [q] = buildQuiz(DS.events, DS.byId, seed);
        return q?.optionIds.indexOf('A');
      }),
    );
    expect(places.size).toBeGreaterThanOrEqual(3);
  });

  it('takes the answer’s other acts out of the options, and skips a question with too few distractors', () => {
    // J answers both A and C: whichever is right, the other would be right too, so it is never offered.
    // K answers L, with nothing else in its period: left out.
    const ds = data([
      ...DS.events.map((e) =>
        ev(e.id, e.date, e.tone, { actors: e.actors, category: e.category, respondsTo: e.respondsTo }),
      ),
      ev('J', '2020-04-01', -2, { actors: ['RU'], respondsTo: ['A', 'C'] }),
      ev('L', '2005-01-01', -1, { actors: ['US'] }),
      ev('K', '2005-02-01', -1, { actors: ['RU'], respondsTo: ['L'] }),
    ]);
    for (let seed = 0; seed < 20; seed += 1) {
      const quiz = buildQuiz(ds.events, ds.byId, seed, 5);
      expect(quiz.map((q) => q.eventId)).toEqual(['B', 'J']);
      const j = quiz[1]!;
      expect(['A', 'C']).toContain(j.correctId);
      expect(j.optionIds.filter((id) => id === 'A' || id === 'C')).toEqual([j.correctId]);
    }
  });

  it('asks about answers among the given events even when the act is outside them, and none without links', () => {
    const onlyB = DS.events.filter((e) => e.id === 'B');
    expect(buildQuiz(onlyB, DS.byId, 1).map((q) => q.correctId)).toEqual(['A']);
    expect(
      buildQuiz(
        DS.events.filter((e) => e.id !== 'B'),
        DS.byId,
        1,
      ),
    ).toEqual([]);
    expect(buildQuiz([], DS.byId, 1)).toEqual([]);
  });

  it('builds count questions from the dataset, in date order, each with 3–4 options that came before the event', () => {
    const real = loadRealDataset();
    const quiz = buildQuiz(real.events, real.byId, 'real', 8);
    expect(quiz).toHaveLength(8);
    const starts = quiz.map((q) => real.byId.get(q.eventId)!.startMs);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const q of quiz) {
      const event = real.byId.get(q.eventId)!;
      expect(event.respondsTo).toContain(q.correctId);
      expect(q.optionIds.length).toBeGreaterThanOrEqual(3);
      expect(q.optionIds.length).toBeLessThanOrEqual(4);
      expect(new Set(q.optionIds).size).toBe(q.optionIds.length);
      for (const id of q.optionIds) expect(real.byId.get(id)!.startMs).toBeLessThanOrEqual(event.startMs);
    }
  });
});
