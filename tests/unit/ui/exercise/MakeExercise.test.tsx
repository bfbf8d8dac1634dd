import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MakeExercise } from '../../../../src/ui/exercise/MakeExercise';
import { takePrintRequest } from '../../../../src/ui/exercise/printRequest';
import { dataset, rawEvent } from '../../fixtures';
import { renderWithStore } from '../render';

const DAYS = ['2021-01-26', '2021-03-02', '2021-04-15', '2021-04-22', '2021-06-16', '2021-10-05', '2021-12-07'];
const d = dataset(DAYS.map((date, i) => rawEvent({ id: `e${i}`, date, title: `Event <${i}>` })));

afterEach(() => vi.restoreAllMocks());

describe('MakeExercise', () => {
  it('builds the student link from the view, with the chosen count and seed', () => {
    renderWithStore(<MakeExercise />, d);
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: 'week-3' } });
    fireEvent.change(screen.getByLabelText('Cards (3 to 12)'), { target: { value: '5' } });
    expect(screen.getByTestId('exercise-summary')).toHaveTextContent(
      /^5 cards from all the events, 2021 \(all categories · both sides\)/,
    );
    const link = (screen.getByLabelText('Student link') as HTMLInputElement).value;
    // The window is written even for the whole period, so events added later after it change nothing.
    expect(link).toMatch(/\?from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d&mode=order&n=5&seed=week-3$/);
    expect((screen.getByLabelText('Embed code for a course page') as HTMLTextAreaElement).value).toContain(
      link.replace(/&/g, '&amp;'),
    );
    expect(screen.getByText(/answers are public/)).toBeInTheDocument();
  });

  it('switches to the quiz, and refuses a count or a seed it cannot put in a link', () => {
    renderWithStore(<MakeExercise />, d);
    fireEvent.click(screen.getByRole('radio', { name: 'What answered what' }));
    expect(screen.getByLabelText('Questions (3 to 12)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Moodle/ })).toBeNull();
    fireEvent.change(screen.getByLabelText('Questions (3 to 12)'), { target: { value: '15' } });
    expect(screen.getByText('The number of questions must be a whole number from 3 to 12.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Student link')).toBeNull();
    fireEvent.change(screen.getByLabelText('Questions (3 to 12)'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: 'two words' } });
    expect(screen.getByText(/The seed must be 1 to 32 letters/)).toBeInTheDocument();
  });

  it('prints: opens the ordering exercise at the chosen settings and asks it to print', () => {
    const { store } = renderWithStore(<MakeExercise />, d);
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: 'p1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Print cut-out cards and key' }));
    expect([store.getState().mode, store.getState().seed, store.getState().n]).toEqual(['order', 'p1', null]);
    expect(takePrintRequest()).toBe(true);
    expect(takePrintRequest()).toBe(false);
  });

  it('downloads the ordering question as Moodle XML, the cards in date order and their text escaped', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithStore(<MakeExercise />, d);
    fireEvent.change(screen.getByLabelText('Seed'), { target: { value: 'm1' } });
    fireEvent.change(screen.getByLabelText('Cards (3 to 12)'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download for Moodle (XML, ordering question)' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const xml = await (blobs[0] as Blob).text();
    expect(xml).toContain('<question type="ordering">');
    expect(xml).toContain('<selectcount>3</selectcount>');
    const answers = [
      ...xml.matchAll(/<answer fraction="\d+" format="html">\s*<text><!\[CDATA\[(.*?)\]\]><\/text>/g),
    ].map((m) => m[1]);
    expect(answers).toHaveLength(3);
    const numbers = answers.map((a) => Number(/Event &lt;(\d)&gt;/.exec(a ?? '')?.[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(xml).toContain('exercise m1');
    expect(xml).toMatch(/mode=order&amp;n=3&amp;seed=m1/);
  });
});
