import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Header } from '../../../src/ui/Header';
import { dataset, rawEvent } from '../fixtures';
import { renderWithStore } from './render';

const d = dataset(
  [
    rawEvent({ id: 'a', date: '1992-01-31' }),
    rawEvent({
      id: 'b',
      date: '2021-04-15',
      sources: [
        { url: 'https://example.org/1', title: 'One', publisher: 'P', kind: 'news' },
        { url: 'https://example.org/2', title: 'Two', publisher: 'P', kind: 'news' },
      ],
    }),
  ],
  { title: 'US–Russia relations', through: '2025-12-31' },
);

describe('Header', () => {
  it('says how much there is: events and years, sources, how far it is complete, licence', () => {
    renderWithStore(<Header />, d);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('US–Russia relations');
    expect(screen.getByText('2 events, 1992–2021')).toBeInTheDocument();
    expect(screen.getByText('3 sources')).toBeInTheDocument();
    expect(screen.getByText('complete through 2025-12-31')).toBeInTheDocument();
    expect(screen.getByText('data CC BY 4.0')).toBeInTheDocument();
    expect(screen.getByText('Chronology · sourced and citable')).toBeInTheDocument();
  });

  it('cycles the theme from the system’s to dark, light and back, as the address will say', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Header />, d);
    const toggle = screen.getByRole('button', { name: 'Theme: system' });
    await user.click(toggle);
    expect(store.getState().theme).toBe('dark');
    expect(toggle).toHaveTextContent('Theme: dark');
    await user.click(toggle);
    expect(store.getState().theme).toBe('light');
    await user.click(toggle);
    expect(store.getState().theme).toBeNull();
  });

  it('opens the article workbench', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Header />, d);
    await user.click(screen.getByRole('button', { name: 'From an article…' }));
    expect(store.getState().mode).toBe('extract');
  });

  it('offers the curated dataset for download at its published address', () => {
    renderWithStore(<Header />, d, { loader: { dataHref: 'data/events.json' } });
    expect(screen.getByRole('link', { name: 'Download the data' })).toHaveAttribute('href', 'data/events.json');
  });

  it('names data from another address as someone else’s, unchecked by this project', () => {
    renderWithStore(<Header />, d, {
      origin: { kind: 'address', url: 'https://example.org/t.json', host: 'example.org' },
    });
    expect(screen.getByText('A dataset from example.org — not the curated US–Russia dataset')).toBeInTheDocument();
    expect(screen.getByText(/this project has not checked them/)).toBeInTheDocument();
    expect(screen.queryByText('Chronology · sourced and citable')).toBeNull();
  });
});
