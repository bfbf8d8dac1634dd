/**
 * Whether a wheel event may zoom the chart. In an embed the page around must keep its scrolling: the wheel
 * zooms only after a click into the chart (until the pointer leaves it) or with Ctrl/⌘ held (which is also
 * how trackpads report a pinch). A refused wheel shows a hint for a moment, saying how.
 */
export const WHEEL_HINT_MS = 1800;

export interface WheelGate {
  allows(ev: WheelEvent): boolean;
  arm(): void;
  disarm(): void;
  dispose(): void;
}

export function createWheelGate(needsActivation: boolean, hint: () => HTMLElement | null): WheelGate {
  let armed = !needsActivation;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const showHint = () => {
    const el = hint();
    if (!el) return;
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
      armed = !needsActivation;
    },
    dispose() {
      if (timer) clearTimeout(timer);
    },
  };
}
