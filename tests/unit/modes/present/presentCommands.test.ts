import { describe, expect, it } from 'vitest';
import { PRESENT_COMMANDS } from '../../../../src/modes/present/presentCommands';
import { type AddressState, DEFAULT_ADDRESS, domainFromParams } from '../../../../src/state/address';
import { createAppStore } from '../../../../src/state/store';
import { dataset, rawEvent } from '../../fixtures';

const d = dataset([
  rawEvent({ id: 'treaty', date: '2011-02-05', end: '2026-02-05', actors: ['US', 'RU'] }),
  rawEvent({ id: 'a', date: '2021-01-26' }),
  rawEvent({ id: 'b', date: '2021-04-15' }),
  rawEvent({ id: 'c', date: '2021-06-16' }),
  rawEvent({ id: 'later', date: '2022-02-24' }),
]);

function setup(over: Partial<AddressState> = {}) {
  const store = createAppStore({ ...DEFAULT_ADDRESS, mode: 'present', ...over });
  store.getState().setDataset(d, []);
  return { store, ctx: { store, chart: null } };
}

describe('presentation commands', () => {
  it('maps a clicker’s keys and the keyboard to the same commands', () => {
    expect(PRESENT_COMMANDS.forKey('PageDown')?.id).toBe('next');
    expect(PRESENT_COMMANDS.forKey(' ')?.id).toBe('next');
    expect(PRESENT_COMMANDS.forKey('PageUp')?.id).toBe('previous');
    expect(PRESENT_COMMANDS.forKey('Home')?.id).toBe('first');
    expect(PRESENT_COMMANDS.forKey('Escape')?.id).toBe('exit');
  });

  it('steps through the events dated in the chosen window, not treaties in force since before it', () => {
    const { store, ctx } = setup({ domain: domainFromParams('2021', '2021') });
    expect(store.select.presentationEvents(store.getState()).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    PRESENT_COMMANDS.run('first', ctx);
    expect(store.getState().event).toBe('a');
    expect(PRESENT_COMMANDS.run('next', ctx)).toBe(true);
    PRESENT_COMMANDS.run('next', ctx);
    expect(store.getState().event).toBe('c');
    expect(PRESENT_COMMANDS.run('next', ctx)).toBe(false);
    expect(store.getState().event).toBe('c');
  });

  it('follows an explicit story in its own order', () => {
    const { store } = setup({ story: ['c', 'a', 'missing'] });
    expect(store.select.presentationEvents(store.getState()).map((e) => e.id)).toEqual(['c', 'a']);
  });

  it('returns to the explorer at the same event, and asks the explorer to bring it into view', () => {
    const { store, ctx } = setup({ event: 'b' });
    PRESENT_COMMANDS.run('exit', ctx);
    expect(store.getState()).toMatchObject({ mode: 'explore', event: 'b', revealId: 'b' });
  });

  it('moves to the next slide on → and back on ←, and ignores → on the last slide', () => {
    const { store, ctx } = setup({ domain: domainFromParams('2021', '2021'), event: 'a' });
    expect(press('ArrowRight', ctx)).toBe(true);
    expect(store.getState().event).toBe('b');
    press('ArrowRight', ctx);
    expect(press('ArrowRight', ctx)).toBe(false);
    expect(store.getState().event).toBe('c');
    press('ArrowLeft', ctx);
    expect(store.getState().event).toBe('b');
  });

  it('jumps to the first and last slides on Home and End', () => {
    const { store, ctx } = setup({ domain: domainFromParams('2021', '2021'), event: 'b' });
    press('End', ctx);
    expect(store.getState().event).toBe('c');
    press('Home', ctx);
    expect(store.getState().event).toBe('a');
    expect(press('ArrowLeft', ctx)).toBe(false);
  });

  it('opens a slide’s waiting sources first, and moves on at the next click', () => {
    const { store, ctx } = setup({ domain: domainFromParams('2021', '2021'), event: 'a' });
    store.getState().setSlideNotes('pending');
    press('PageDown', ctx);
    expect(store.getState()).toMatchObject({ event: 'a', slideNotes: 'open' });
    press('PageUp', ctx);
    expect(store.getState()).toMatchObject({ event: 'a', slideNotes: 'pending' });
    press('s', ctx);
    expect(store.getState().slideNotes).toBe('open');
    press('PageDown', ctx);
    expect(store.getState().event).toBe('b');
  });

  it('closes the open sources panel on Escape before leaving, then returns to the explorer at the same event', () => {
    const { store, ctx } = setup({ domain: domainFromParams('2021', '2021'), event: 'b' });
    store.getState().setSlideNotes('open');
    press('Escape', ctx);
    expect(store.getState()).toMatchObject({ mode: 'present', slideNotes: 'pending' });
    press('Escape', ctx);
    expect(store.getState()).toMatchObject({ mode: 'explore', event: 'b', revealId: 'b' });
  });

  it('has no sources key on a slide that shows everything', () => {
    const { ctx } = setup({ event: 'a' });
    expect(press('s', ctx)).toBe(false);
  });
});

/** A key as the shell dispatches it: the command for the key, run if enabled. */
function press(key: string, ctx: { store: ReturnType<typeof createAppStore>; chart: null }): boolean {
  const command = PRESENT_COMMANDS.forKey(key);
  return command ? PRESENT_COMMANDS.run(command.id, ctx) : false;
}
