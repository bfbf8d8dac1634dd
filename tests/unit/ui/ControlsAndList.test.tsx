import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Controls } from '../../../src/ui/Controls';
import { EventList } from '../../../src/ui/EventList';
import { dataset, rawEvent } from '../fixtures';
import { renderWithStore } from './render';

const d = dataset([
  rawEvent({
    id: 'call',
    date: '2021-01-26',
    category: 'diplomacy',
    title: 'First Biden–Putin call',
    actors: ['US', 'RU'],
  }),
  rawEvent({ id: 'eo', date: '2021-04-15', title: 'Executive order 14024 and sanctions' }),
  rawEvent({
    id: 'expel',
    date: '2021-04-16',
    actors: ['RU'],
    category: 'expulsion',
    title: 'Russia expels 10 US diplomats',
  }),
]);

const rows = () =>
  within(screen.getByTestId('event-list'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.textContent);

describe('Controls and EventList', () => {
  it('lists every event in date order with its date', () => {
    renderWithStore(<EventList />, d);
    expect(rows()).toEqual([
      expect.stringContaining('26 January 2021'),
      expect.stringContaining('15 April 2021'),
      expect.stringContaining('16 April 2021'),
    ]);
  });

  it('filters the list by category, actor and text, and clears', async () => {
    const { store } = renderWithStore(
      <>
        <Controls />
        <EventList />
      </>,
      d,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Sanctions' }));
    expect(screen.getByRole('button', { name: 'Sanctions' })).toHaveAttribute('aria-pressed', 'false');
    expect(rows()).toHaveLength(2);
    await userEvent.click(screen.getByRole('radio', { name: 'Russia' }));
    expect(rows()).toEqual([
      expect.stringContaining('First Biden–Putin call'),
      expect.stringContaining('Russia expels'),
    ]);
    await userEvent.type(screen.getByRole('searchbox'), 'expels');
    expect(rows()).toEqual([expect.stringContaining('Russia expels')]);
    expect(store.getState()).toMatchObject({ actor: 'RU', q: 'expels', cat: ['diplomacy', 'expulsion'] });
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rows()).toHaveLength(3);
  });

  it('selects an event from the list and marks its row as current', async () => {
    const { store } = renderWithStore(<EventList />, d);
    await userEvent.click(screen.getByRole('button', { name: /Executive order 14024/ }));
    expect(store.getState().event).toBe('eo');
    expect(screen.getByRole('button', { name: /Executive order 14024/ })).toHaveAttribute('aria-current', 'true');
  });

  it('says so when nothing matches', async () => {
    renderWithStore(
      <>
        <Controls />
        <EventList />
      </>,
      d,
    );
    await userEvent.type(screen.getByRole('searchbox'), 'zzzz');
    expect(screen.getByText('No event matches these filters.')).toBeInTheDocument();
  });
});

describe('EventList pages', () => {
  const many = dataset(
    Array.from({ length: 250 }, (_, i) =>
      rawEvent({
        id: `e${String(i).padStart(3, '0')}`,
        date: `2021-${String((i % 12) + 1).padStart(2, '0')}-01`,
        title: `Event ${i}`,
      }),
    ),
  );

  it('shows a page of rows at a time, and moves between pages', async () => {
    renderWithStore(<EventList />, many);
    expect(rows()).toHaveLength(100);
    expect(screen.getByText(/Rows 1–100 of 250/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Later →' }));
    expect(screen.getByText(/Rows 101–200 of 250/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Later →' }));
    expect(rows()).toHaveLength(50);
    expect(screen.getByRole('button', { name: 'Later →' })).toBeDisabled();
  });

  it('brings the page of a selection made elsewhere', () => {
    const { store } = renderWithStore(<EventList />, many);
    const target = many.events[180]!;
    act(() => store.getState().select(target.id));
    expect(screen.getByText(/Rows 101–200 of 250/)).toBeInTheDocument();
    const current = screen.getAllByRole('button').find((b) => b.getAttribute('aria-current') === 'true');
    expect(current).toHaveTextContent(target.title);
  });
});
