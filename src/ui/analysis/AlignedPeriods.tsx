/**
 * The two periods drawn aligned at their start (computeAlignedPeriods), as a small SVG laid out at its column's
 * width in px, so its type stays at the page's size at any width (a scaled viewBox drew 11 px labels at 17 px
 * in a 1,000 px column and at 6 px on a phone).
 */
import { type RefObject, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { type AlignedInput, computeAlignedPeriods } from './alignedPeriods';

/** Before the column is measured (and where nothing can be measured, as in tests). */
const DEFAULT_WIDTH_PX = 640;

/** The element's content width in px, followed as it changes. */
function useWidth(): [RefObject<HTMLElement>, number] {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH_PX);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.round(el.clientWidth);
      if (w > 0) setWidth(w);
    };
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function AlignedPeriods({ periods }: { periods: readonly AlignedInput[] }) {
  const [ref, widthPx] = useWidth();
  const m = useMemo(() => computeAlignedPeriods(periods, widthPx), [periods, widthPx]);
  const summary = m.rows.map((r) => `${r.label}: ${r.marks.length} events`).join('; ');
  return (
    <figure className="aligned" ref={ref}>
      <svg
        viewBox={`0 0 ${m.widthPx} ${m.heightPx}`}
        width={m.widthPx}
        height={m.heightPx}
        role="img"
        aria-label={`The two periods aligned at their start. ${summary}.`}
      >
        {m.ticks.map((t) => (
          <g key={t.label} className="aligned-tick">
            <line x1={t.xPx} x2={t.xPx} y1={0} y2={m.heightPx - 16} />
            <text
              x={t.xPx}
              y={m.heightPx - 4}
              textAnchor={t.xPx < 10 ? 'start' : t.xPx > m.widthPx - 24 ? 'end' : 'middle'}
            >
              {t.label}
            </text>
          </g>
        ))}
        {m.rows.map((r) => (
          <g key={r.key} className="aligned-row">
            <line className="aligned-span" x1={m.leftPx} x2={r.x1Px} y1={r.yPx} y2={r.yPx} />
            <text className="aligned-label" x={m.leftPx + 2} y={r.yPx - 8}>
              {r.label}
            </text>
            {r.marks.map((mk) => (
              <line
                key={mk.id}
                className={`aligned-mark cat-${mk.category}`}
                x1={mk.xPx}
                x2={mk.xPx}
                y1={r.yPx - 4}
                y2={r.yPx + 8}
              />
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="hint">Each tick is an event, placed by the time since its period began.</figcaption>
    </figure>
  );
}
