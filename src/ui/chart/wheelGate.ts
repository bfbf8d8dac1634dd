/**
 * Whether a wheel event may zoom the chart. The page around must keep its scrolling (the explorer's own page,
 * or a blog around an embed): the wheel zooms only after a click into the chart (until the pointer leaves it)
 * or with Ctrl/⌘ held (which is also how trackpads report a pinch). The first refused wheel shows a hint for a
 * moment, saying how.
 */
export const WHEEL_HINT_MS = 1800;

export interface WheelGate {
  allows(ev: WheelEvent): boolean;
  arm(): void;
  disarm(): void;
  dispose(): void;
}

export function createWheelGate(hint: () => HTMLElement | null): WheelGate {
  let armed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let hinted = false;
  // Said once: a reader scrolling the page past the chart is told how to zoom, not told again at every turn.
  const showHint = () => {
    const el = hint();
    if (!el || hinted) return;
    hinted = true;
    el.hidden = false;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      el.hidden = true;
    }, WHEEL_HINT_MS);
  };
  return {
    allows(ev) {
      const ok = armed || ev.ctrlKey || ev.metaKey;
      if (!ok) showHint();
      return ok;
    },
    arm() {
      armed = true;
    },
    disarm() {
      armed = false;
    },
    dispose() {
      if (timer) clearTimeout(timer);
    },
  };
}
