import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, EmbedView } from '../../../../src/modes/embed/EmbedView';
import { dataset, rawEvent } from '../../fixtures';
import { renderWithStore, stubResizeObserver } from '../../ui/render';

// The chart and the height report watch their boxes; jsdom has no layout.
beforeAll(stubResizeObserver);

const d = dataset(
  [
    rawEvent({ id: 'a', date: '2021-01-26', title: 'Extension agreed', category: 'arms-control' }),
    rawEvent({
      id: 'b',
      date: '2021-04-15',
      title: 'Diplomats expelled',
      summary: 'Ten diplomats were told to leave.',
      category: 'expulsion',
      sources: [
        { url: 'https://example.org/b1', title: 'First', publisher: 'Wire', date: '2021-04-15', kind: 'news' },
        { url: 'https://example.org/b2', title: 'Second', publisher: 'Paper', date: '2021-04-16', kind: 'news' },
      ],
    }),
  ],
  { title: 'US–Russia relations' },
);

describe('EmbedView', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('opens a key that names both rows and the categories on screen', async () => {
    const user = userEvent.setup();
    renderWithStore(<EmbedView />, d);
    const key = screen.getByRole('button', { name: 'Key' });
    expect(key).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/acts above/)).toBeNull();
    await user.click(key);
    expect(key).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByText(/acts above/);
    expect(within(panel).getByText('US')).toHaveClass('key-row-us');
    expect(within(panel).getByText('Russia')).toHaveClass('key-row-ru');
    const categories = within(panel.parentElement as HTMLElement).getAllByRole('listitem');
    expect(categories.map((li) => li.textContent).sort()).toEqual(['Arms control', 'Expulsions & closures']);
    await user.click(key);
    expect(screen.queryByText(/acts above/)).toBeNull();
  });

  it('shows the open event’s card: its title, date, summary and first source, and closes it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EmbedView />, d, { address: { mode: 'embed', event: 'b' } });
    const card = screen.getByTestId('event-detail');
    expect(card).toHaveAccessibleName('Diplomats expelled');
    expect(within(card).getByRole('heading', { name: 'Diplomats expelled' })).toBeInTheDocument();
    expect(card).toHaveTextContent('15 April 2021');
    expect(card).toHaveTextContent('Ten diplomats were told to leave.');
    expect(within(card).getByRole('link', { name: 'Wire' })).toHaveAttribute('href', 'https://example.org/b1');
    expect(card).toHaveTextContent('and 1 more source(s)');
    await user.click(within(card).getByRole('button', { name: 'Close' }));
    expect(store.getState().event).toBeNull();
    expect(screen.queryByTestId('event-detail')).toBeNull();
    expect(screen.getByText('Click or tab to an event for its details and sources.')).toBeInTheDocument();
  });

  it('links to the same view in the full explorer, not in the embed', () => {
    renderWithStore(<EmbedView />, d, { address: { mode: 'embed', event: 'a', actor: 'US' } });
    const link = screen.getByRole('link', { name: 'Full timeline ↗' });
    const url = new URL(link.getAttribute('href') ?? '', 'https://example.org');
    expect(url.searchParams.get('event')).toBe('a');
    expect(url.searchParams.get('actor')).toBe('US');
    expect(url.searchParams.get('mode')).toBeNull();
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('says in one line that the data or address had problems, with a link to see them', () => {
    renderWithStore(<EmbedView />, d, { address: { mode: 'embed', event: 'missing' } });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('1 problem(s) with this timeline');
    expect(within(alert).getByRole('link', { name: 'See them' }).getAttribute('href')).not.toContain('mode=embed');
  });

  it('tells the page that frames it how tall it is, and nothing else', () => {
    const postMessage = vi.fn();
    vi.spyOn(window, 'parent', 'get').mockReturnValue({ postMessage } as unknown as Window);
    renderWithStore(<EmbedView />, d, { address: { mode: 'embed', event: 'b' } });
    expect(postMessage).toHaveBeenCalledTimes(1);
    const [message, target] = postMessage.mock.calls[0] ?? [];
    expect(message).toEqual({ type: EMBED_HEIGHT_MESSAGE, height: expect.any(Number) });
    expect(target).toBe('*');
  });
});
