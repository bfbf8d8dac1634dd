import { act, screen, waitFor, within } from '@testing-library/react';
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
    await userEvent.click(screen.getByText(/Categories: all/));
    await userEvent.click(screen.getByRole('button', { name: 'Sanctions' }));
    expect(screen.getByRole('button', { name: 'Sanctions' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('Categories: 2 of 3')).toBeInTheDocument();
    // The list follows the filters once they settle.
    await waitFor(() => expect(rows()).toHaveLength(2));
    await userEvent.click(screen.getByRole('radio', { name: 'Russia' }));
    await waitFor(() =>
      expect(rows()).toEqual([
        expect.stringContaining('First Biden–Putin call'),
        expect.stringContaining('Russia expels'),
      ]),
    );
    await userEvent.type(screen.getByRole('searchbox', { name: /Search/ }), 'expels');
    await waitFor(() => expect(rows()).toEqual([expect.stringContaining('Russia expels')]));
    expect(store.getState()).toMatchObject({ actor: 'RU', q: 'expels', cat: ['diplomacy', 'expulsion'] });
    expect(screen.getByRole('heading').textContent).toMatch(/^1 event, .+ · 1 of 3 match the filters$/);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
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
    expect(await screen.findByText('No event matches the filters in this window.')).toBeInTheDocument();
  });
});

describe('EventList follows the window', () => {
  const many = dataset(
    Array.from({ length: 250 }, (_, i) =>
      rawEvent({
        id: `e${String(i).padStart(3, '0')}`,
        date: `${2001 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
        title: `Event ${i}`,
      }),
    ),
  );

  it('renders the rows near its view of a long window, states the full count, and follows a scroll', async () => {
    const { store } = renderWithStore(<EventList />, many);
    const table = screen.getByTestId('event-list');
    expect(screen.getByRole('heading').textContent).toBe('250 events, 2000 – 2021');
    expect(table.getAttribute('aria-rowcount')).toBe('251');
    // The first rows at once, then the rest of the view's rows a step at a time: never all 250.
    await waitFor(() => expect(rows().length).toBeGreaterThan(20));
    const first = within(table).getAllByRole('row')[1];
    expect(first?.getAttribute('aria-rowindex')).toBe('2');
    expect(first).toHaveTextContent(many.events[0]!.title);
    expect(rows().length).toBeLessThan(100);
    // Scrolled 150 one-line rows down, the list renders the rows there, numbered by their place in the table.
    const box = table.parentElement as HTMLElement;
    act(() => {
      box.scrollTop = 150 * 34;
      box.dispatchEvent(new Event('scroll'));
    });
    const indices = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => Number(r.getAttribute('aria-rowindex')));
    await waitFor(() => expect(indices()).toContain(152));
    const shown = indices();
    expect(within(table).getByText(many.events[150]!.title)).toBeInTheDocument();
    expect(shown).not.toContain(2);
    expect(Math.max(...shown) - Math.min(...shown) + 1).toBe(shown.length);
    // A short window holds every row, and needs no count.
    act(() => store.getState().setDomain([Date.UTC(2005, 0, 1), Date.UTC(2006, 0, 1)]));
    await waitFor(() => expect(rows()).toHaveLength(many.events.filter((e) => e.date.startsWith('2005')).length));
    expect(screen.getByRole('heading').textContent).toMatch(/^\d+ events, Jan 2005 – Dec 2005$/);
    expect(table.hasAttribute('aria-rowcount')).toBe(false);
  });

  it('marks a selection made elsewhere as the current row', async () => {
    const { store } = renderWithStore(<EventList />, many);
    const target = many.events[180]!;
    act(() => store.getState().select(target.id));
    await waitFor(
      () => {
        const current = screen.getAllByRole('button').find((b) => b.getAttribute('aria-current') === 'true');
        expect(current).toHaveTextContent(target.title);
      },
      { timeout: 10_000 },
    );
  });
});
