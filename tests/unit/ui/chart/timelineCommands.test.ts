import { describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../../../../src/data/model';
import { createAppStore } from '../../../../src/state/store';
import {
  type FocusedMark,
  KEY_ZOOM,
  TIMELINE_COMMANDS,
  TIMELINE_REGISTRY,
  type TimelineCommandContext,
} from '../../../../src/ui/chart/timelineCommands';
import { dataset, rawEvent } from '../../fixtures';

const d = dataset([
  rawEvent({ id: 'a', date: '2021-01-26' }),
  rawEvent({ id: 'b', date: '2021-04-15' }),
  rawEvent({ id: 'c', date: '2021-04-16', actors: ['RU'] }),
  rawEvent({ id: 'd', date: '2021-06-16' }),
]);

function setup(mark: Partial<FocusedMark> | null = null, lastFocusId: string | null = null) {
  const store = createAppStore();
  store.getState().setDataset(d, []);
  const focused: string[] = [];
  const kept: string[] = [];
  const ctx: TimelineCommandContext = {
    store,
    mark: mark && { eventId: 'a', centreMs: null, ...mark },
    lastFocusId,
    focusEvent: (e: TimelineEvent) => focused.push(e.id),
    activate: vi.fn(),
    keepFocus: (id) => kept.push(id),
  };
  return { store, ctx, focused, kept };
}

describe('timeline commands', () => {
  it('maps the keys the chart announces to commands', () => {
    expect(TIMELINE_REGISTRY.forKey('ArrowRight')?.id).toBe('next');
    expect(TIMELINE_REGISTRY.forKey('ArrowLeft')?.id).toBe('previous');
    expect(TIMELINE_REGISTRY.forKey('Home')?.id).toBe('first');
    expect(TIMELINE_REGISTRY.forKey('End')?.id).toBe('last');
    expect(TIMELINE_REGISTRY.forKey('Enter')?.id).toBe('open');
    expect(TIMELINE_REGISTRY.forKey(' ')?.id).toBe('open');
    expect(TIMELINE_REGISTRY.forKey('+')?.id).toBe('zoom-in');
    expect(TIMELINE_REGISTRY.forKey('-')?.id).toBe('zoom-out');
    expect(TIMELINE_REGISTRY.forKey('0')?.id).toBe('show-all');
    expect(TIMELINE_REGISTRY.forKey('a')).toBeUndefined();
  });

  it('steps in time from the focused event', () => {
    const one = setup({ eventId: 'b' });
    TIMELINE_COMMANDS.next.run(one.ctx);
    TIMELINE_COMMANDS.previous.run(one.ctx);
    expect(one.focused).toEqual(['c', 'a']);
  });

  it('steps from the remembered focus, else the selection, when no mark has focus', () => {
    const remembered = setup(null, 'c');
    TIMELINE_COMMANDS.next.run(remembered.ctx);
    expect(remembered.focused).toEqual(['d']);
    const selected = setup();
    selected.store.getState().select('a');
    TIMELINE_COMMANDS.next.run(selected.ctx);
    expect(selected.focused).toEqual(['b']);
  });

  it('goes to the first and last events that pass the filters', () => {
    const { store, ctx, focused } = setup();
    store.getState().setActor('RU');
    TIMELINE_COMMANDS.first.run(ctx);
    TIMELINE_COMMANDS.last.run(ctx);
    expect(focused).toEqual(['c', 'c']);
  });

  it('zooms about the focused mark and keeps focus on it; buttons zoom about the middle', () => {
    const centreMs = Date.UTC(2021, 3, 15, 12);
    const { store, ctx, kept } = setup({ eventId: 'b', centreMs });
    const [a0, b0] = store.getState().domain;
    TIMELINE_COMMANDS.zoomIn.run(ctx);
    const [a1, b1] = store.getState().domain;
    expect(b1 - a1).toBeCloseTo((b0 - a0) / KEY_ZOOM, -3);
    expect((centreMs - a1) / (b1 - a1)).toBeCloseTo((centreMs - a0) / (b0 - a0), 6);
    expect(kept).toEqual(['b']);

    const buttons = setup();
    const [c0, d0] = buttons.store.getState().domain;
    TIMELINE_COMMANDS.zoomOut.run(buttons.ctx);
    const [c1, d1] = buttons.store.getState().domain;
    expect((c1 + d1) / 2).toBeCloseTo((c0 + d0) / 2, -3);
    TIMELINE_COMMANDS.showAll.run(buttons.ctx);
    expect(buttons.store.getState().domain).toEqual(buttons.store.getState().fullDomain);
  });

  it('opens through the bridge, which knows what is focused', () => {
    const { ctx } = setup({ eventId: 'b' });
    TIMELINE_COMMANDS.open.run(ctx);
    expect(ctx.activate).toHaveBeenCalledOnce();
  });
});
