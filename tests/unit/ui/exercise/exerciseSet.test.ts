import { describe, expect, it } from 'vitest';
import { DEFAULT_ADDRESS, domainFromParams } from '../../../../src/state/address';
import { createAppStore } from '../../../../src/state/store';
import { createSeed, exerciseUrl } from '../../../../src/ui/exercise/exerciseLinks';
import { computeOrderSet, computeQuizSet } from '../../../../src/ui/exercise/exerciseSet';
import { loadRealDataset } from '../../exercises/realData';

const ds = loadRealDataset();
const y2014 = ds.events.filter((e) => e.date.startsWith('2014'));

describe('computeOrderSet', () => {
  it('gives the same cards and starting order for a seed, and another set for another seed', () => {
    const a = computeOrderSet(y2014, false, null, 'class-1');
    expect(computeOrderSet(y2014, false, null, 'class-1')).toEqual(a);
    expect(a.cards).toHaveLength(6);
    expect(a.asked).toBe(6);
    expect([...a.start].sort()).toEqual(a.cards.map((c) => c.id).sort());
    expect(a.start).not.toEqual(a.cards.map((c) => c.id));
    expect(computeOrderSet(y2014, false, null, 'class-2').start).not.toEqual(a.start);
    expect(computeOrderSet(y2014, false, 12, 'class-1').cards).toHaveLength(12);
  });

  it('makes every event of a story a card, unless n says fewer', () => {
    // Seven events of 2014 on seven different days.
    const story = [0, 3, 5, 11, 13, 18, 22].map((i) => y2014[i]).filter((e) => e !== undefined);
    expect(new Set(story.map((e) => e.date)).size).toBe(7);
    const all = computeOrderSet(story, true, null, 's');
    expect(all.asked).toBe(7);
    expect(all.cards.map((c) => c.id)).toEqual(story.map((e) => e.id));
    expect(computeOrderSet(story, true, 4, 's').cards).toHaveLength(4);
  });

  it('says how many were asked for when the events hold fewer', () => {
    const few = computeOrderSet(y2014.slice(0, 2), false, 6, 's');
    expect([few.cards.length, few.asked]).toEqual([2, 6]);
  });
});

describe('computeQuizSet', () => {
  it('asks 5 questions by default, the same for a seed', () => {
    const q = computeQuizSet(ds.events, ds.byId, null, 'k');
    expect(q.asked).toBe(5);
    expect(q.questions).toHaveLength(5);
    expect(computeQuizSet(ds.events, ds.byId, null, 'k')).toEqual(q);
    for (const question of q.questions) {
      expect(ds.byId.get(question.eventId)?.respondsTo).toContain(question.correctId);
      expect([3, 4]).toContain(question.optionIds.length);
    }
  });
});

describe('createSeed and exerciseUrl', () => {
  it('makes six unambiguous characters from random bytes', () => {
    expect(createSeed((a) => a.fill(0))).toBe('aaaaaa');
    // Bytes 0, 40, 80, 120, 160, 200 modulo the 31 letters: 0, 9, 18, 27, 5, 14.
    expect(createSeed((a) => a.map((_, i) => i * 40))).toBe('akv6fr');
    expect(createSeed()).toMatch(/^[a-hj-km-np-z2-9]{6}$/);
  });

  it('links to the exercise at the view’s window and filters, without the open event', () => {
    const store = createAppStore({
      ...DEFAULT_ADDRESS,
      domain: domainFromParams('2014', '2014'),
      actor: 'RU',
      event: 'x',
    });
    const loc = { origin: 'https://t.example', pathname: '/app/' } as Location;
    expect(exerciseUrl(store.getState(), 'order', 8, 'w3', loc)).toBe(
      'https://t.example/app/?from=2014-01-01&to=2014-12-31&actor=RU&mode=order&n=8&seed=w3',
    );
    expect(exerciseUrl(store.getState(), 'quiz', null, 'w3', loc)).toBe(
      'https://t.example/app/?from=2014-01-01&to=2014-12-31&actor=RU&mode=quiz&seed=w3',
    );
  });
});
