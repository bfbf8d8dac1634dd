import { describe, expect, it } from 'vitest';
import { arcPath } from '../../../src/timeline/modelParts';
import { computeRenderModel, type RenderInput } from '../../../src/timeline/renderModel';
import { dataset, measure6, rawEvent } from '../fixtures';

const d = dataset(
  [
    rawEvent({ id: 'sanctions', date: '2021-04-15', title: 'US sanctions' }),
    rawEvent({
      id: 'reply',
      date: '2021-04-16',
      actors: ['RU'],
      category: 'expulsion',
      title: 'Russia replies',
      respondsTo: ['sanctions'],
    }),
    rawEvent({ id: 'vague', date: '2021-05', actors: ['RU'], category: 'statement', title: 'Vague' }),
    rawEvent({
      id: 'treaty',
      date: '2021-02-05',
      end: '2026-02-05',
      actors: ['US', 'RU'],
      category: 'arms-control',
      title: 'Treaty in force',
    }),
  ],
  { eras: [{ id: 'biden', title: 'Joe Biden', start: '2021-01-20', end: '2025-01-20', kind: 'presidency-us' }] },
);

function input(over: Partial<RenderInput> = {}): RenderInput {
  return {
    dataset: d,
    events: d.events,
    domain: [Date.UTC(2021, 0, 1), Date.UTC(2021, 6, 1)],
    widthPx: 900,
    selectedId: null,
    focusId: null,
    rowHeightPx: 24,
    layout: {
      measureText: measure6,
      markRadiusPx: 7,
      gapPx: 6,
      labelGapPx: 5,
      maxLabelPx: 150,
      rowsPerBand: { us: 2, joint: 1, ru: 2 },
      marginPx: 20,
      minBinPx: 7,
    },
    ...over,
  };
}

describe('computeRenderModel', () => {
  it('gives every mark an accessible name with its date at its precision and its title', () => {
    const m = computeRenderModel(input());
    const names = Object.fromEntries(m.marks.map((mk) => [mk.key, mk.ariaLabel]));
    expect(names.sanctions).toBe('15 April 2021: US sanctions (Sanctions)');
    expect(names.vague).toBe('May 2021: Vague (Statement)');
    expect(names.treaty).toBe('5 February 2021 – 5 February 2026: Treaty in force (Arms control)');
  });

  it('stacks bands top to bottom: US, joint, Russia, then the axis', () => {
    const m = computeRenderModel(input());
    const [us, joint, ru] = m.bands;
    expect(us?.yPx).toBeLessThan(joint?.yPx ?? 0);
    expect(joint?.yPx).toBeLessThan(ru?.yPx ?? 0);
    expect(m.axisYPx).toBeGreaterThan((ru?.yPx ?? 0) + (ru?.heightPx ?? 0) - 1);
    const y = Object.fromEntries(m.marks.map((mk) => [mk.key, mk.yPx]));
    expect(y.sanctions).toBeLessThan(y.treaty ?? 0);
    expect(y.treaty).toBeLessThan(y.reply ?? 0);
  });

  it('draws a duration in the strip and a vague date as a bracket over its month', () => {
    const m = computeRenderModel(input());
    expect(m.spans.map((s) => s.eventId)).toEqual(['treaty']);
    expect(m.spanStrip).not.toBeNull();
    const vague = m.marks.find((mk) => mk.key === 'vague');
    expect(vague?.uncertainty?.x1Px).toBeGreaterThan((vague?.uncertainty?.x0Px ?? 0) + 100);
    expect(m.marks.find((mk) => mk.key === 'sanctions')?.uncertainty).toBeNull();
  });

  it('draws arcs between a selected event and what answers it, and marks both as linked', () => {
    const m = computeRenderModel(input({ selectedId: 'sanctions' }));
    expect(m.arcs.map((a) => a.key)).toEqual(['reply->sanctions']);
    expect(m.marks.filter((mk) => mk.linked).map((mk) => mk.key)).toEqual(['reply']);
    expect(m.marks.find((mk) => mk.key === 'sanctions')?.selected).toBe(true);
    expect(computeRenderModel(input({ selectedId: 'reply' })).arcs).toHaveLength(1);
  });

  it('puts exactly one mark in the tab order: the selected one, else the first in view', () => {
    expect(
      computeRenderModel(input())
        .marks.filter((mk) => mk.tabIndex === 0)
        .map((mk) => mk.key),
    ).toEqual(['treaty']);
    expect(
      computeRenderModel(input({ selectedId: 'reply' }))
        .marks.filter((mk) => mk.tabIndex === 0)
        .map((mk) => mk.key),
    ).toEqual(['reply']);
  });

  it('draws what cannot be drawn apart as density bars that count every event, and names the rest', () => {
    const crowd = dataset(
      Array.from({ length: 8 }, (_, i) => rawEvent({ id: `e${i}`, date: '2021-04-15', title: `Event ${i}` })),
    );
    const m = computeRenderModel(input({ dataset: crowd, events: crowd.events }));
    // Two US rows: two of the eight same-day events are marks; the bar of that week counts all eight.
    expect(m.marks).toHaveLength(2);
    expect(m.density.reduce((n, b) => n + b.count, 0)).toBe(8);
    expect(m.densityUnit).toBe('week');
    expect(m.density[0]?.ariaLabel).toBe('8 US acts, the week of 11 April 2021. Activate to zoom in.');
    expect(m.eventsInView).toBe(8);
  });

  it('names a mark in full and keeps its title and date for the tooltip', () => {
    const mk = computeRenderModel(input()).marks.find((x) => x.key === 'sanctions');
    expect(mk).toMatchObject({
      label: 'US sanctions',
      labelFull: true,
      title: 'US sanctions',
      dateText: '15 April 2021',
    });
  });

  it('shows the presidencies in view as era strips', () => {
    expect(computeRenderModel(input()).eras.map((e) => e.id)).toEqual(['biden']);
  });
});

describe('arcPath', () => {
  it('bows upward between two points', () => {
    expect(arcPath(0, 100, 100, 100)).toBe('M0.0,100.0 Q50.0,57.0 100.0,100.0');
  });
});
