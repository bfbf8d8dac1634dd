import { describe, expect, it } from 'vitest';
import { DEFAULT_ADDRESS, parseAddress, selectAddress, serializeAddress } from '../../../src/state/address';
import { isExerciseMode, MODE_IDS, MODES } from '../../../src/state/modes';
import { createAppStore } from '../../../src/state/store';

describe('the exercise slice and its address', () => {
  it('reads n and seed from an exercise’s address', () => {
    const { state, warnings } = parseAddress('?mode=order&n=8&seed=Week-3_b');
    expect(warnings).toEqual([]);
    expect([state.mode, state.n, state.seed]).toEqual(['order', 8, 'Week-3_b']);
  });

  it('refuses counts outside 3–12 and seeds that are not short plain text, naming the parameter', () => {
    for (const bad of ['2', '13', '6.5', '-4', 'six', '0006']) {
      const r = parseAddress(`?mode=order&n=${bad}`);
      expect(r.state.n).toBeNull();
      expect(r.warnings).toEqual([`Address parameter n="${bad}" must be a whole number from 3 to 12; it was ignored.`]);
    }
    const long = 'x'.repeat(33);
    expect(parseAddress(`?seed=${long}`).state.seed).toBeNull();
    expect(parseAddress('?seed=%3Cb%3E').warnings[0]).toContain('seed="<b>"');
  });

  it('writes n and seed in an exercise’s address only: back in the explorer they are dropped', () => {
    const store = createAppStore({ ...DEFAULT_ADDRESS, mode: 'quiz', n: 4, seed: 'abc' });
    expect(serializeAddress(selectAddress(store.getState()))).toBe('?mode=quiz&n=4&seed=abc');
    store.getState().setMode('explore');
    expect(serializeAddress(selectAddress(store.getState()))).toBe('');
    store.getState().setMode('order');
    expect(serializeAddress(selectAddress(store.getState()))).toBe('?mode=order&n=4&seed=abc');
  });

  it('keeps n and seed in the address of every mode the mode table marks as an exercise, and of no other', () => {
    const store = createAppStore({ ...DEFAULT_ADDRESS, n: 5, seed: 's1' });
    const kept = MODE_IDS.filter((mode) => {
      store.getState().setMode(mode);
      const { n, seed } = selectAddress(store.getState());
      expect(n === null).toBe(seed === null);
      return n === 5 && seed === 's1';
    });
    expect(kept).toEqual(MODE_IDS.filter(isExerciseMode));
    // Made on purpose: a new exercise mode joins this list by its row in MODES, not by an edit of the address.
    expect(kept).toEqual(['order', 'quiz']);
    expect(Object.keys(MODES)).toEqual(MODE_IDS);
  });

  it('changes n and seed together, and leaves the state alone when nothing changes', () => {
    const store = createAppStore();
    let calls = 0;
    store.subscribe(() => {
      calls += 1;
    });
    store.getState().setExercise({ seed: 'q' });
    store.getState().setExercise({ seed: 'q', n: null });
    expect(calls).toBe(1);
    store.getState().setExercise({ n: 9 });
    expect([store.getState().n, store.getState().seed]).toEqual([9, 'q']);
  });
});
