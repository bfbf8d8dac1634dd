import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/data/categories';
import { ReadingKey } from '../../../src/ui/ReadingKey';

describe('ReadingKey', () => {
  it('is a labelled region a screen reader can jump to', () => {
    render(<ReadingKey />);
    expect(screen.getByRole('complementary', { name: 'How to read it' })).toBeInTheDocument();
  });

  it('lists every category with its shape, in the legend’s order', () => {
    render(<ReadingKey />);
    const items = within(screen.getByRole('list', { name: 'Categories' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(CATEGORIES.map((c) => c.label));
    for (const [i, c] of CATEGORIES.entries()) {
      expect(items[i]!.querySelector(`.shape-icon.cat-${c.id}`)).not.toBeNull();
    }
  });

  it('says which side is above the axis, what a bracket means, and the keyboard keys', () => {
    render(<ReadingKey />);
    expect(screen.getByText(/United States’ acts above, Russia’s below/)).toBeInTheDocument();
    expect(screen.getByText(/only the month or year is known/)).toBeInTheDocument();
    const keys = screen.getAllByText((_, el) => el?.tagName === 'KBD').map((k) => k.textContent);
    expect(keys).toEqual(expect.arrayContaining(['Tab', '←', '→', 'Enter', 'Esc', '+', '−']));
  });
});
