/** The presentation as the page shows it: the app shell's page keys drive the view, one event on screen at a time. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../../../src/app/App';
import { type AddressState, domainFromParams } from '../../../../src/state/address';
import { dataset, rawEvent } from '../../fixtures';
import { renderWithStore, stubResizeObserver } from '../../ui/render';

// The slide and the context strip watch their boxes; jsdom has no layout.
beforeAll(stubResizeObserver);

const d = dataset(
  [
    rawEvent({ id: 'before', date: '2020-06-01', title: 'Before the period' }),
    rawEvent({ id: 'a', date: '2021-01-26', title: 'Extension agreed', category: 'arms-control' }),
    rawEvent({ id: 'b', date: '2021-04-15', title: 'Diplomats expelled', actors: ['RU'], respondsTo: ['a'] }),
    rawEvent({ id: 'c', date: '2021-06-16', title: 'Geneva summit', category: 'summit', actors: ['US', 'RU'] }),
  ],
  { title: 'US–Russia relations' },
);

/** The view's code and its page keys load when the mode is first shown: on a busy machine that takes a while. */
const WAIT = { timeout: 10_000 };

const LOADER = { retry: () => undefined, cancel: () => undefined, openFile: () => undefined, dataHref: null };

async function present(over: Partial<AddressState> = {}) {
  const view = renderWithStore(<App loader={LOADER} />, d, {
    address: { mode: 'present', domain: domainFromParams('2021', '2021'), ...over },
  });
  await screen.findByTestId('event-detail', {}, WAIT);
  await waitFor(() => expect(view.store.getState().event).not.toBeNull(), WAIT);
  return view;
}

const slideTitle = () => within(screen.getByTestId('event-detail')).getByRole('heading', { level: 1 }).textContent;
const progress = () => screen.getByText((_, el) => el?.className === 'progress').textContent?.replace(/\s+/g, ' ');

/** Presses a key once the shell listens for the mode's keys (they load with its code). */
async function press(user: ReturnType<typeof userEvent.setup>, key: string, expected: string) {
  await waitFor(async () => {
    if (slideTitle() !== expected) await user.keyboard(key);
    expect(slideTitle()).toBe(expected);
  }, WAIT);
}

describe('PresentView', () => {
  it('starts at the first event of the period, and names the presentation and where it is', async () => {
    await present();
    expect(slideTitle()).toBe('Extension agreed');
    expect(screen.getByText('US–Russia relations')).toBeInTheDocument();
    expect(progress()).toBe('Event 1 / of 3');
    expect(screen.getByRole('button', { name: '← Previous' })).toBeDisabled();
  });

  it('starts at the event the address opened', async () => {
    await present({ event: 'c' });
    expect(slideTitle()).toBe('Geneva summit');
    expect(screen.getByRole('button', { name: 'Next →' })).toBeDisabled();
  });

  it('moves to the next slide on →, PageDown and Space, and back on ← and PageUp', async () => {
    const user = userEvent.setup();
    const { store } = await present();
    await press(user, '{ArrowRight}', 'Diplomats expelled');
    expect(store.getState().event).toBe('b');
    expect(progress()).toBe('Event 2 / of 3');
    await press(user, '{PageDown}', 'Geneva summit');
    await press(user, '{PageUp}', 'Diplomats expelled');
    await press(user, '{ArrowLeft}', 'Extension agreed');
    await press(user, ' ', 'Diplomats expelled');
  });

  it('stays on the last slide when there is no next one', async () => {
    const user = userEvent.setup();
    const { store } = await present({ event: 'c' });
    // Once the keys answer (← moves back, → returns), → and PageDown go no further.
    await press(user, '{ArrowLeft}', 'Diplomats expelled');
    await press(user, '{ArrowRight}', 'Geneva summit');
    await user.keyboard('{ArrowRight}{PageDown}');
    expect(slideTitle()).toBe('Geneva summit');
    expect(store.getState().event).toBe('c');
  });

  it('moves with the bar’s buttons as with the keys', async () => {
    const user = userEvent.setup();
    await present();
    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(slideTitle()).toBe('Diplomats expelled');
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    expect(slideTitle()).toBe('Extension agreed');
  });

  it('shows the event’s date, category, sides, summary, sources and what it answered', async () => {
    await present({ event: 'b' });
    const slide = screen.getByTestId('event-detail');
    expect(slide).toHaveTextContent('15 April 2021');
    expect(slide).toHaveTextContent('Russia');
    expect(slide).toHaveTextContent('The United States announced sanctions.');
    expect(slide).toHaveTextContent('In answer to: Extension agreed (26 January 2021)');
    expect(within(slide).getByRole('heading', { name: 'Sources (1)' })).toBeInTheDocument();
    expect(within(slide).getByRole('link', { name: 'A page' })).toHaveAttribute('href', 'https://example.org/a');
  });

  it('returns to the explorer at the same event on Escape', async () => {
    const user = userEvent.setup();
    const { store } = await present({ event: 'b' });
    await waitFor(async () => {
      if (store.getState().mode === 'present') await user.keyboard('{Escape}');
      expect(store.getState()).toMatchObject({ mode: 'explore', event: 'b' });
    }, WAIT);
  });

  it('says so when the filters leave nothing to present', async () => {
    renderWithStore(<App loader={LOADER} />, d, {
      address: { mode: 'present', domain: domainFromParams('2021', '2021'), q: 'no such words' },
    });
    expect(await screen.findByText('No event to present: the filters match none.', {}, WAIT)).toBeInTheDocument();
    expect(screen.queryByTestId('event-detail')).toBeNull();
  });
});
