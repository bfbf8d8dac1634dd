import { describe, expect, it, vi } from 'vitest';
import { EXPLORE_COMMANDS } from '../../../../src/modes/explore/exploreCommands';
import { DEFAULT_ADDRESS } from '../../../../src/state/address';
import { createAppStore } from '../../../../src/state/store';
import type { ChartHandle } from '../../../../src/ui/commands';
import { dataset, rawEvent } from '../../fixtures';

const d = dataset([rawEvent({ id: 'a', date: '2021-01-26' }), rawEvent({ id: 'b', date: '2021-04-15' })]);

function setup(event: string | null) {
  const store = createAppStore({ ...DEFAULT_ADDRESS, event });
  store.getState().setDataset(d, []);
  const chart: ChartHandle = { revealDomain: () => null, focusEvent: vi.fn(), svg: () => null };
  return { store, chart };
}

/** A key pressed on the explorer's page, as the shell dispatches it: says whether the page handled it. */
function press(key: string, ctx: ReturnType<typeof setup>): boolean {
  const command = EXPLORE_COMMANDS.forKey(key);
  return command ? EXPLORE_COMMANDS.run(command.id, ctx) : false;
}

describe('the explorer’s page keys', () => {
  it('Escape closes the open event and puts keyboard focus back on its mark', () => {
    const ctx = setup('b');
    expect(press('Escape', ctx)).toBe(true);
    expect(ctx.store.getState().event).toBeNull();
    expect(ctx.chart.focusEvent).toHaveBeenCalledWith('b');
  });

  it('Escape keeps the window where it was', () => {
    const ctx = setup('a');
    const before = ctx.store.getState().domain;
    press('Escape', ctx);
    expect(ctx.store.getState().domain).toBe(before);
  });

  it('Escape with no event open is left to the page (nothing handled, nothing focused)', () => {
    const ctx = setup(null);
    expect(press('Escape', ctx)).toBe(false);
    expect(ctx.chart.focusEvent).not.toHaveBeenCalled();
  });

  it('closes the event when there is no chart to focus', () => {
    const { store } = setup('a');
    expect(EXPLORE_COMMANDS.run('close', { store, chart: null })).toBe(true);
    expect(store.getState().event).toBeNull();
  });

  it('leaves the arrows and + − to the chart', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', '+', '-', 'Enter'])
      expect(EXPLORE_COMMANDS.forKey(key)).toBeUndefined();
  });
});
