import { describe, expect, it } from 'vitest';
import { chunksInView } from '../../../src/ui/listWindow';

// 20 rows to a chunk (EventList's CHUNK); every row 34 px high, so a full chunk is 680 px.
const even = (_c: number, rows: number) => rows * 34;

describe('chunksInView', () => {
  it('renders the chunks that meet the view and its margins, and spacers of the right heights for the rest', () => {
    // 1,000 rows = 50 chunks; a view of 520 px at 10,000 px, 480 px either side: 9,520 – 11,000 px.
    const r = chunksInView(1000, even, 10_000, 520, 480);
    expect(r).toEqual({ first: 14, last: 16, before: 14 * 680, after: (50 - 17) * 680 });
    // The spacers and the rendered chunks add up to the whole list.
    expect(r.before + (r.last - r.first + 1) * 680 + r.after).toBe(1000 * 34);
  });

  it('starts at the top, ends at the bottom, and handles a last chunk that is not full', () => {
    expect(chunksInView(1000, even, 0, 520, 480)).toEqual({ first: 0, last: 1, before: 0, after: 48 * 680 });
    // 1,005 rows: the 51st chunk holds 5 rows (170 px); scrolled to the end, it is rendered.
    const end = chunksInView(1005, even, 1005 * 34 - 520, 520, 480);
    expect(end.last).toBe(50);
    expect(end.after).toBe(0);
    expect(end.before + (end.last - end.first) * 680 + 170).toBe(1005 * 34);
  });

  it('uses measured heights where it has them', () => {
    // Chunk 0 measured at 2,000 px (wrapped titles): at 1,000 px the view is still inside it.
    const measured = (c: number, rows: number) => (c === 0 ? 2000 : rows * 34);
    expect(chunksInView(1000, measured, 1000, 520, 0)).toMatchObject({ first: 0, last: 0, before: 0 });
    expect(chunksInView(1000, measured, 2100, 520, 0)).toMatchObject({ first: 1, last: 1, before: 2000 });
  });

  it('still renders the last chunk when the view is past the end (a list that has just become shorter)', () => {
    const r = chunksInView(100, even, 50_000, 520, 480);
    expect(r.last).toBe(4);
    expect(r.first).toBe(4);
    expect(r.after).toBe(0);
  });

  it('renders nothing for an empty list', () => {
    expect(chunksInView(0, even, 0, 520)).toEqual({ first: 0, last: -1, before: 0, after: 0 });
  });
});
