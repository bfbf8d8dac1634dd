/** Every mode the address accepts has a view to show, a name for its failures and page keys that load. */
import { describe, expect, it } from 'vitest';
import { MODE_REGISTRY } from '../../../src/app/modeRegistry';
import { EXPLORE_COMMANDS } from '../../../src/modes/explore/exploreCommands';
import { PRESENT_COMMANDS } from '../../../src/modes/present/presentCommands';
import { MODE_IDS } from '../../../src/state/modes';

const entries = MODE_IDS.map((id) => [id, MODE_REGISTRY[id]] as const);

describe('the mode registry', () => {
  it('has an entry for every mode= value, under its own id, and no other', () => {
    expect(Object.keys(MODE_REGISTRY).sort()).toEqual([...MODE_IDS].sort());
    for (const [id, entry] of entries) expect(entry.id).toBe(id);
  });

  it.each(entries)('%s names itself in words and has a view', (_id, entry) => {
    // The label is what an error boundary says failed: "The presentation could not be shown".
    expect(entry.label).toMatch(/^The [a-z]/);
    expect(['function', 'object']).toContain(typeof entry.view);
  });

  it('gives every mode a different label, so a failure message says which view failed', () => {
    expect(new Set(entries.map(([, e]) => e.label)).size).toBe(entries.length);
  });

  it.each(entries)('%s loads its page commands as a registry of unique ids and keys', async (_id, entry) => {
    const registry = await entry.loadCommands();
    expect(typeof registry.forKey).toBe('function');
    expect(typeof registry.run).toBe('function');
    const ids = registry.commands.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = registry.commands.flatMap((c) => c.keys);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of registry.commands) {
      expect(c.label.trim()).not.toBe('');
      expect(c.keys.length).toBeGreaterThan(0);
      expect(registry.byId(c.id)).toBe(c);
      for (const k of c.keys) expect(registry.forKey(k)).toBe(c);
    }
  });

  it('gives the explorer its Escape and the presentation its clicker keys', async () => {
    expect(await MODE_REGISTRY.explore.loadCommands()).toBe(EXPLORE_COMMANDS);
    expect(await MODE_REGISTRY.present.loadCommands()).toBe(PRESENT_COMMANDS);
    // Modes without page keys leave every key to the page (and to their own fields and cards).
    for (const id of ['embed', 'print', 'order', 'quiz', 'extract'] as const) {
      expect((await MODE_REGISTRY[id].loadCommands()).commands).toEqual([]);
    }
  });

  it('lets only the embed and the exercises be framed by another site', () => {
    const framable = entries.filter(([, e]) => e.framable).map(([id]) => id);
    expect(framable.sort()).toEqual(['embed', 'order', 'quiz']);
  });

  it('prints the handout, the embed and the order’s cut-out cards as they are; other views are reduced', () => {
    const prints = entries.filter(([, e]) => e.prints).map(([id]) => id);
    expect(prints.sort()).toEqual(['embed', 'order', 'print']);
  });
});
