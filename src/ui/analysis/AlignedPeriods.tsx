/** The two periods drawn aligned at their start (computeAlignedPeriods), as a small SVG that scales to its column. */
import { useMemo } from 'react';
import { type AlignedInput, computeAlignedPeriods } from './alignedPeriods';

const WIDTH_PX = 640;

export function AlignedPeriods({ periods }: { periods: readonly AlignedInput[] }) {
  const m = useMemo(() => computeAlignedPeriods(periods, WIDTH_PX), [periods]);
  const summary = m.rows.map((r) => `${r.label}: ${r.marks.length} events`).join('; ');
  return (
    <figure className="aligned">
      <svg
        viewBox={`0 0 ${m.widthPx} ${m.heightPx}`}
        width="100%"
        role="img"
        aria-label={`The two periods aligned at their start. ${summary}.`}
      >
        {m.ticks.map((t) => (
          <g key={t.label} className="aligned-tick">
            <line x1={t.xPx} x2={t.xPx} y1={0} y2={m.heightPx - 16} />
            <text x={t.xPx} y={m.heightPx - 4} textAnchor={t.xPx < 10 ? 'start' : 'middle'}>
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
