import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventDetail } from '../../../src/ui/EventDetail';
import { dataset, rawEvent } from '../fixtures';
import { renderWithStore } from './render';

const d = dataset([
  rawEvent({
    id: 'sanctions',
    date: '2021-04-15',
    title: 'US sanctions and expels 10 diplomats',
    summary: 'Summary of the act.',
    figures: [
      { value: 32, what: 'entities and individuals designated', source: 1, note: 'Treasury counts 16 and 16.' },
    ],
    sources: [
      {
        url: 'https://www.whitehouse.gov/fact-sheet',
        title: 'Fact sheet',
        publisher: 'The White House',
        date: '2021-04-15',
        kind: 'government-us',
      },
      {
        url: 'https://tass.com/politics/1',
        title: 'TASS report',
        publisher: 'TASS',
        date: '2021-04-15',
        kind: 'state-media',
        archived: 'https://web.archive.org/web/20210415/https://tass.com/politics/1',
      },
    ],
  }),
  rawEvent({
    id: 'reply',
    date: '2021-04-16',
    actors: ['RU'],
    category: 'expulsion',
    title: 'Russia expels 10 US diplomats',
    respondsTo: ['sanctions'],
  }),
  rawEvent({ id: 'vague', date: '2021-05', title: 'Something in May' }),
]);

describe('EventDetail', () => {
  it('shows nothing when no event is selected', () => {
    renderWithStore(<EventDetail />, d);
    expect(screen.queryByTestId('event-detail')).toBeNull();
  });

  it('shows the date, title, summary, figures with their source, and every source opening in a new tab', () => {
    const { store } = renderWithStore(<EventDetail />, d);
    act(() => store.getState().select('sanctions'));
    const detail = screen.getByTestId('event-detail');
    expect(within(detail).getByRole('heading', { name: 'US sanctions and expels 10 diplomats' })).toBeInTheDocument();
    expect(detail).toHaveTextContent('15 April 2021');
    expect(detail).toHaveTextContent('32 entities and individuals designated — according to TASS');
    expect(detail).toHaveTextContent('Treasury counts 16 and 16.');
    const link = within(detail).getByRole('link', { name: 'Fact sheet' });
    expect(link).toHaveAttribute('href', 'https://www.whitehouse.gov/fact-sheet');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(detail).toHaveTextContent('Russian state-affiliated media');
    expect(within(detail).getByRole('link', { name: 'archived copy' })).toHaveAttribute(
      'href',
      expect.stringContaining('web.archive.org'),
    );
  });

  it('lists what answered the event, and moves to it when clicked', async () => {
    const { store } = renderWithStore(<EventDetail />, d);
    act(() => store.getState().select('sanctions'));
    await userEvent.click(screen.getByRole('button', { name: /Russia expels 10 US diplomats/ }));
    expect(store.getState().event).toBe('reply');
    expect(screen.getByRole('heading', { name: 'Answers' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /US sanctions and expels/ })).toBeInTheDocument();
  });

  it('says when only the month is known', () => {
    const { store } = renderWithStore(<EventDetail />, d);
    act(() => store.getState().select('vague'));
    expect(screen.getByTestId('event-detail')).toHaveTextContent('May 2021 (month known, day not)');
  });

  it('closes with its close button', async () => {
    const { store } = renderWithStore(<EventDetail />, d);
    act(() => store.getState().select('vague'));
    await userEvent.click(screen.getByRole('button', { name: /Close details/ }));
    expect(store.getState().event).toBeNull();
  });
});
