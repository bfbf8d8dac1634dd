/** The bridge's settings and helpers: text measurement, layout options for a width, the window in words. */
import { DAY_MS, shortUtcLabel } from '../../data/dates';
import type { Domain } from '../../data/domain';
import type { LayoutOptions } from '../../timeline/layout';
import { LABEL_GAP_PX, MARK_R } from '../../timeline/render/renderTimeline';

/**
 * Label widths in px for the label font: the sum of each character's width, measured once per character
 * on a canvas. Kerning only narrows text, so the sum is never less than the drawn width (for the curated
 * titles it is 0–2 % more): labels may give way a little early, never overlap. A thousand titles cost a
 * thousand additions instead of thousands of text measurements.
 */
export function createMeasure(font: string): (text: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  // Setting the font parses it: once, not per text.
  if (ctx) ctx.font = font;
  const widths = new Map<string, number>();
  const charWidth = (ch: string) => {
    let cw = widths.get(ch);
    if (cw === undefined) {
      cw = ctx ? ctx.measureText(ch).width : 6.5;
      widths.set(ch, cw);
    }
    return cw;
  };
  // Zoom frames measure the same titles again: remember each text's sum (bounded).
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = 0;
      for (const ch of text) w += charWidth(ch);
      if (cache.size > 20_000) cache.clear();
      cache.set(text, w);
    }
    return w;
  };
}

/** The visible window in words, as precise as its span warrants. */
export function describeWindow([a, b]: Domain): string {
  const span = b - a;
  const parts = span > 3 * 365 * DAY_MS ? 'year' : span > 90 * DAY_MS ? 'month-year' : 'day-year';
  return `${shortUtcLabel(a, parts)} – ${shortUtcLabel(b - 1, parts)}`;
}

export function layoutOptions(
  widthPx: number,
  measureText: (t: string) => number,
  compact: boolean,
  tiny: boolean,
  coarsePointer = false,
): LayoutOptions {
  const narrow = widthPx < 520 || compact;
  return {
    measureText,
    markRadiusPx: MARK_R,
    gapPx: 6,
    labelGapPx: LABEL_GAP_PX,
    // A title is named in full wherever the row leaves room; only a very long one is cut.
    maxLabelPx: narrow ? widthPx - 24 : Math.min(560, widthPx * 0.7),
    // A density bar is a finger's width on a phone or a touch screen.
    minBinPx: narrow || coarsePointer ? 22 : 7,
    rowsPerBand: tiny
      ? { us: 1, joint: 1, ru: 1 }
      : compact
        ? { us: 2, joint: 1, ru: 2 }
        : { us: narrow ? 3 : 4, joint: 2, ru: narrow ? 3 : 4 },
    marginPx: 60,
  };
}
