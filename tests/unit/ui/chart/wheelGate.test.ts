import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWheelGate, WHEEL_HINT_MS } from '../../../../src/ui/chart/wheelGate';

const wheel = (init: WheelEventInit = {}) => new WheelEvent('wheel', { deltaY: -120, ...init });

describe('wheel gate', () => {
  afterEach(() => vi.useRealTimers());

  it('leaves a plain wheel to the page; zooms after a click until the pointer leaves, or with Ctrl/⌘', () => {
    const gate = createWheelGate(() => null);
    expect(gate.allows(wheel())).toBe(false);
    expect(gate.allows(wheel({ ctrlKey: true }))).toBe(true);
    expect(gate.allows(wheel({ metaKey: true }))).toBe(true);
    gate.arm();
    expect(gate.allows(wheel())).toBe(true);
    gate.disarm();
    expect(gate.allows(wheel())).toBe(false);
    gate.dispose();
  });

  it('says how to zoom the first time the wheel is left to the page, and only then', () => {
    vi.useFakeTimers();
    const hint = document.createElement('p');
    hint.hidden = true;
    const gate = createWheelGate(() => hint);
    gate.allows(wheel());
    expect(hint.hidden).toBe(false);
    vi.advanceTimersByTime(WHEEL_HINT_MS);
    expect(hint.hidden).toBe(true);
    gate.allows(wheel());
    expect(hint.hidden).toBe(true);
    gate.dispose();
  });
});
