import { describe, expect, it } from 'vitest';
import { findCommand, PRESENT_COMMANDS } from '../../../src/modes/present/presentCommands';
import { selectPresentationEvents } from '../../../src/state/selectors';
import { createAppStore } from '../../../src/state/store';
import { DEFAULT_URL_STATE } from '../../../src/state/url';
import { dataset, rawEvent } from '../fixtures';

const d = dataset([
  rawEvent({ id: 'treaty', date: '2011-02-05', end: '2026-02-05', actors: ['US', 'RU'] }),
  rawEvent({ id: 'a', date: '2021-01-26' }),
  rawEvent({ id: 'b', date: '2021-04-15' }),
  rawEvent({ id: 'c', date: '2021-06-16' }),
  rawEvent({ id: 'later', date: '2022-02-24' }),
]);

function store(over: Partial<typeof DEFAULT_URL_STATE> = {}) {
  const s = createAppStore({ ...DEFAULT_URL_STATE, mode: 'present', ...over });
  s.getState().setDataset(d, []);
  return s;
}

describe('presentation commands', () => {
  it('maps a clicker’s keys and the keyboard to the same commands', () => {
    expect(findCommand(PRESENT_COMMANDS, 'PageDown')?.id).toBe('next');
    expect(findCommand(PRESENT_COMMANDS, ' ')?.id).toBe('next');
    expect(findCommand(PRESENT_COMMANDS, 'PageUp')?.id).toBe('previous');
    expect(findCommand(PRESENT_COMMANDS, 'Home')?.id).toBe('first');
    expect(findCommand(PRESENT_COMMANDS, 'Escape')?.id).toBe('exit');
  });

  it('steps through the events dated in the chosen window, not treaties in force since before it', () => {
    const s = store({ from: '2021', to: '2021' });
    expect(selectPresentationEvents(s.getState()).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    const next = findCommand(PRESENT_COMMANDS, 'ArrowRight')!;
    findCommand(PRESENT_COMMANDS, 'Home')?.run(s);
    expect(s.getState().selectedId).toBe('a');
    next.run(s);
    next.run(s);
    expect(s.getState().selectedId).toBe('c');
    expect(next.isEnabled(s.getState())).toBe(false);
  });

  it('follows an explicit story in its own order', () => {
    const s = store({ story: ['c', 'a', 'missing'] });
    expect(selectPresentationEvents(s.getState()).map((e) => e.id)).toEqual(['c', 'a']);
  });

  it('returns to the explorer at the same event', () => {
    const s = store({ event: 'b' });
    findCommand(PRESENT_COMMANDS, 'Escape')?.run(s);
    expect(s.getState()).toMatchObject({ mode: 'explore', selectedId: 'b' });
  });
});
