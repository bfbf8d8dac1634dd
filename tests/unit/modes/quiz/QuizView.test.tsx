import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuizView } from '../../../../src/modes/quiz/QuizView';
import { DEFAULT_ADDRESS } from '../../../../src/state/address';
import { createAppStore } from '../../../../src/state/store';
import { StoreProvider } from '../../../../src/ui/StoreContext';
import { dataset, rawEvent } from '../../fixtures';

const src = (id: string) => [
  { url: `https://example.org/${id}`, title: `Report on ${id}`, publisher: 'Ex', kind: 'news' },
];
// "reply" (Russia) answers "sanctions" (US); three other US acts of the same months are the distractors.
const d = dataset([
  rawEvent({ id: 'sanctions', date: '2021-04-15', title: 'US sanctions', sources: src('sanctions') }),
  rawEvent({ id: 'other-1', date: '2021-03-02', title: 'US names officials', sources: src('o1') }),
  rawEvent({ id: 'other-2', date: '2021-02-10', title: 'US warns', category: 'statement', sources: src('o2') }),
  rawEvent({ id: 'other-3', date: '2020-12-01', title: 'US closes', sources: src('o3') }),
  rawEvent({
    id: 'reply',
    date: '2021-04-16',
    actors: ['RU'],
    category: 'expulsion',
    title: 'Russia expels ten US diplomats',
    respondsTo: ['sanctions'],
    sources: src('reply'),
  }),
]);

function setup() {
  const store = createAppStore({ ...DEFAULT_ADDRESS, mode: 'quiz', seed: 'q1' });
  store.getState().startLoading('test.json');
  store.getState().setDataset(d, []);
  render(
    <StoreProvider store={store}>
      <QuizView />
    </StoreProvider>,
  );
  return store;
}

describe('QuizView', () => {
  it('asks what an act answered, with four events of its period to choose from', () => {
    setup();
    const question = screen.getByTestId('quiz-question');
    expect(question).toHaveAttribute('data-event-id', 'reply');
    expect(within(question).getByText('Russia expels ten US diplomats')).toBeInTheDocument();
    const options = within(question)
      .getAllByTestId('quiz-option')
      .map((o) => o.dataset.eventId)
      .sort();
    expect(options).toEqual(['other-1', 'other-2', 'other-3', 'sanctions']);
    expect(screen.getByText(/Only 1 of the 5 questions asked for/)).toBeInTheDocument();
  });

  it('marks the choice on Check and shows the link and the sources of both events', () => {
    setup();
    fireEvent.click(screen.getByRole('radio', { name: /US names officials/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const question = screen.getByTestId('quiz-question');
    expect(question).toHaveAttribute('data-correct', 'false');
    expect(screen.getByTestId('quiz-score')).toHaveTextContent('0 of 1 right.');
    const answer = screen.getByTestId('quiz-answer');
    expect(answer).toHaveTextContent(
      '“Russia expels ten US diplomats” (16 April 2021) answered “US sanctions” (15 April 2021).',
    );
    expect(within(answer).getByRole('link', { name: 'Report on reply' })).toHaveAttribute(
      'href',
      'https://example.org/reply',
    );
    expect(within(answer).getByRole('link', { name: 'Report on sanctions' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    fireEvent.click(screen.getByRole('radio', { name: /US sanctions/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByTestId('quiz-question')).toHaveAttribute('data-correct', 'true');
    expect(screen.getByTestId('quiz-score')).toHaveTextContent('1 of 1 right.');
  });

  it('shows the answers on request', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByText('Not answered.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show answers' }));
    expect(screen.getByRole('radio', { name: /US sanctions/ })).toBeChecked();
    expect(screen.getByTestId('quiz-question')).toHaveAttribute('data-correct', 'true');
  });
});
