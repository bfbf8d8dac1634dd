/**
 * Drag to reorder, with a mouse anywhere on a card, or with a finger or pen on its grip (the rest of the
 * card scrolls the page as usual). Pointer events on the window, so the drag survives the pointer leaving
 * the card; a drag starts after 4 px, so a click still only focuses. The drop calls `onPlace`.
 */
import { type PointerEvent as ReactPointerEvent, useCallback, useEffect, useRef, useState } from 'react';
import { computeDropIndex } from './dragMath';

export interface CardDrag {
  readonly id: string;
  readonly from: number;
  readonly target: number;
  readonly dyPx: number;
  /** The dragged card's height and the gap after it: how far the others move aside. */
  readonly stepPx: number;
}

const THRESHOLD_PX = 4;

export function useCardDrag(
  ids: readonly string[],
  enabled: boolean,
  onPlace: (id: string, index: number) => void,
): {
  drag: CardDrag | null;
  register: (id: string) => (el: HTMLElement | null) => void;
  elementOf: (id: string) => HTMLElement | undefined;
  onPointerDown: (id: string, e: ReactPointerEvent<HTMLElement>) => void;
} {
  const elements = useRef(new Map<string, HTMLElement>());
  const [drag, setDrag] = useState<CardDrag | null>(null);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);

  // One ref callback per card, kept, so React does not detach and reattach every card on every render.
  const refs = useRef(new Map<string, (el: HTMLElement | null) => void>());
  const register = useCallback((id: string) => {
    let ref = refs.current.get(id);
    if (!ref) {
      ref = (el: HTMLElement | null) => {
        if (el) elements.current.set(id, el);
        else elements.current.delete(id);
      };
      refs.current.set(id, ref);
    }
    return ref;
  }, []);
  const elementOf = useCallback((id: string) => elements.current.get(id), []);

  const onPointerDown = (id: string, e: ReactPointerEvent<HTMLElement>) => {
    if (!enabled || e.button !== 0 || stop.current) return;
    if (e.pointerType !== 'mouse' && !(e.target as Element).closest('.order-grip')) return;
    const rects = ids.map((x) => elements.current.get(x)?.getBoundingClientRect());
    if (rects.some((r) => !r)) return;
    const boxes = rects as DOMRect[];
    const from = ids.indexOf(id);
    const own = boxes[from] as DOMRect;
    const next = boxes[from + 1] ?? boxes[from - 1];
    const gapPx = next ? Math.abs(next.top - own.top) - own.height : 0;
    const centers = boxes.map((r) => r.top + r.height / 2);
    const startY = e.clientY;
    const pointerId = e.pointerId;
    let active = false;
    let target = from;

    const move = (ev: PointerEvent) => {
      if (ev.pointerId !== pointerId) return;
      const dyPx = ev.clientY - startY;
      if (!active && Math.abs(dyPx) < THRESHOLD_PX) return;
      active = true;
      ev.preventDefault();
      target = computeDropIndex(centers, from, (centers[from] as number) + dyPx);
      setDrag({ id, from, target, dyPx, stepPx: own.height + Math.max(0, gapPx) });
    };
    const end = (ev: PointerEvent) => {
      if (ev.pointerId !== pointerId) return;
      const dropped = active && ev.type === 'pointerup';
      finish();
      if (dropped) onPlace(id, target);
    };
    const finish = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      stop.current = null;
      setDrag(null);
    };
    window.addEventListener('pointermove', move, { passive: false });
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
    stop.current = finish;
  };

  return { drag, register, elementOf, onPointerDown };
}
