import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWheelGate, WHEEL_HINT_MS } from '../../../../src/ui/chart/wheelGate';

const wheel = (init: WheelEventInit = {}) => new WheelEvent('wheel', { deltaY: -120, ...init });

describe('wheel gate', () => {
  afterEach(() => vi.useRealTimers());

  it('lets every wheel zoom on the full page', () => {
    expect(createWheelGate(false, () => null).allows(wheel())).toBe(true);
  });

  it('in an embed, zooms after a click until the pointer leaves, or with Ctrl/⌘; otherwise hints', () => {
    vi.useFakeTimers();
    const hint = document.createElement('p');
    hint.hidden = true;
    const gate = createWheelGate(true, () => hint);
    expect(gate.allows(wheel())).toBe(false);
    expect(hint.hidden).toBe(false);
    vi.advanceTimersByTime(WHEEL_HINT_MS);
    expect(hint.hidden).toBe(true);
    expect(gate.allows(wheel({ ctrlKey: true }))).toBe(true);
    expect(gate.allows(wheel({ metaKey: true }))).toBe(true);
    gate.arm();
    expect(gate.allows(wheel())).toBe(true);
    gate.disarm();
    expect(gate.allows(wheel())).toBe(false);
    gate.dispose();
  });
});
