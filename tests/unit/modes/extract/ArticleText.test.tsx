import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ArticleText } from '../../../../src/modes/extract/ArticleText';
import { reduceWorkbench } from '../../../../src/modes/extract/workbench';
import { INF_TEXT, infWorkbench } from './articleFixture';

const wb = infWorkbench();
const marks = (container: HTMLElement) => [...container.querySelectorAll('mark')];

describe('ArticleText', () => {
  it('shows the whole article as text, each candidate’s evidence marked in its colour', () => {
    const { container } = render(<ArticleText text={INF_TEXT} items={wb.items} selected={null} onPick={vi.fn()} />);
    const body = container.querySelector('.article-body');
    expect(body?.textContent).toBe(INF_TEXT);
    expect(marks(container).map((m) => [m.className, m.textContent?.slice(0, 30)])).toEqual([
      ['hl hl-0', 'U.S. formally leaves INF arms '],
      ['hl hl-0', 'WASHINGTON — The United States'],
      ['hl hl-1', 'Washington suspended its own o'],
      ['hl hl-2', 'Russia suspended its participa'],
      ['hl hl-3', "Russia's Foreign Ministry said"],
    ]);
  });

  it('selects a candidate from its evidence, and marks the selected one', () => {
    const onPick = vi.fn();
    const { container, rerender } = render(
      <ArticleText text={INF_TEXT} items={wb.items} selected={null} onPick={onPick} />,
    );
    fireEvent.click(screen.getByText(/^Russia suspended its participation/));
    expect(onPick).toHaveBeenCalledWith(wb.items[2]?.key);
    rerender(<ArticleText text={INF_TEXT} items={wb.items} selected={wb.items[0]?.key ?? null} onPick={onPick} />);
    expect(marks(container).filter((m) => m.classList.contains('is-selected'))).toHaveLength(2);
  });

  it('marks rejected evidence apart, and never reads the text as HTML', () => {
    const rejected = reduceWorkbench(wb, { type: 'decide', key: wb.items[3]?.key ?? '', decision: 'rejected' });
    const text = `${INF_TEXT.slice(0, 597)}<b>not bold</b>`;
    const { container } = render(<ArticleText text={text} items={rejected.items} selected={null} onPick={vi.fn()} />);
    expect(container.querySelector('b')).toBeNull();
    const last = marks(container).at(-1);
    expect(last?.className).toBe('hl hl-3 is-rejected');
    expect(last?.textContent).toBe('<b>not bold</b>');
  });
});
