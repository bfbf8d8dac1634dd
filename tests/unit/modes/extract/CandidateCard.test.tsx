import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CandidateCard } from '../../../../src/modes/extract/CandidateCard';
import type { WorkItem } from '../../../../src/modes/extract/workbench';
import { curatedDataset, infWorkbench } from './articleFixture';

const wb = infWorkbench();
const [matched, , plain] = wb.items as [WorkItem, WorkItem, WorkItem];

function renderCard(item: WorkItem, over: Partial<Parameters<typeof CandidateCard>[0]> = {}) {
  const props = {
    item,
    selected: false,
    focusSignal: null,
    published: '2019-08-02',
    dataset: curatedDataset(),
    taken: () => new Set<string>(),
    onSelect: vi.fn(),
    onDecide: vi.fn(),
    onEdit: vi.fn(),
    ...over,
  };
  return { props, ...render(<CandidateCard {...props} />) };
}

const fact = (name: string) => {
  const dt = screen.getAllByRole('term').find((t) => t.textContent === name);
  return dt?.nextElementSibling?.textContent;
};

describe('CandidateCard', () => {
  it('shows what the engine found, in words', () => {
    renderCard(matched);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('US withdraws from the INF Treaty');
    expect(fact('Date')).toBe('2 August 2019 (exact day), from the words “on Friday”');
    expect(fact('Actors')).toBe('United States');
    expect(fact('Category')).toBe('Arms control');
    expect(fact('Tone')).toBe('−2: hostile act');
    expect(fact('Confidence')).toBe('high (0.90)');
    expect(fact('Evidence')).toBe('2 sentences report it');
    expect(screen.getByText(/^Same event as/)).toHaveTextContent(
      'Same event as US withdrawal from the INF Treaty takes effect and the treaty ends (2 August 2019): add this article as a source.',
    );
    expect(screen.getByText('Not decided')).toBeInTheDocument();
  });

  it('says when the date is the publication month standing in', () => {
    renderCard(wb.items[3] as WorkItem);
    expect(fact('Date')).toBe(
      'August 2019 (month known, day not), not in the text: the month of publication (2019-08-02) stands in',
    );
    expect(fact('Confidence')).toBe('low (0.35)');
  });

  it('offers a source addition for a match, and takes a pressed decision back', async () => {
    const { props, rerender } = renderCard(matched);
    await userEvent.click(screen.getByRole('button', { name: 'Add as a source' }));
    expect(props.onDecide).toHaveBeenLastCalledWith(matched.key, 'source');
    rerender(<CandidateCard {...props} item={{ ...matched, decision: 'source' }} />);
    expect(screen.getByRole('button', { name: 'Add as a source' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(/^Accepted as a source of/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add as a source' }));
    expect(props.onDecide).toHaveBeenLastCalledWith(matched.key, 'pending');
    await userEvent.click(screen.getByRole('button', { name: 'Accept as a new event' }));
    expect(props.onDecide).toHaveBeenLastCalledWith(matched.key, 'accepted');
  });

  it('offers Accept, Edit and Reject for a candidate without a match, and selects from its title', async () => {
    const { props } = renderCard(plain);
    const decisions = within(screen.getByRole('group', { name: /Decision on/ }));
    expect(decisions.getAllByRole('button').map((b) => b.textContent)).toEqual(['Accept', 'Edit', 'Reject']);
    await userEvent.click(screen.getByRole('button', { name: /Russia suspends arms-control commitments/ }));
    expect(props.onSelect).toHaveBeenCalledWith(plain.key);
  });

  it('refuses a bad date with a message naming the field, then saves a good one and gives the focus back', async () => {
    const { props } = renderCard(plain, { taken: () => new Set([matched.event.id]) });
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const date = screen.getByLabelText('Date (YYYY, YYYY-MM or YYYY-MM-DD)');
    expect(date).toHaveFocus();
    await userEvent.clear(date);
    await userEvent.type(date, '2019-02-30');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Not saved: fix this field.Date: "2019-02-30" is not a calendar date.',
    );
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription('Date: "2019-02-30" is not a calendar date.');
    expect(props.onEdit).not.toHaveBeenCalled();

    await userEvent.clear(date);
    await userEvent.type(date, '2019-02-02');
    await userEvent.selectOptions(screen.getByLabelText('Tone'), '-1');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(props.onEdit).toHaveBeenCalledWith(plain.key, {
      ...plain.event,
      id: '2019-02-02-russia-suspends-arms-control-commitments',
      date: '2019-02-02',
      tone: -1,
    });
    expect(screen.queryByLabelText('Date (YYYY, YYYY-MM or YYYY-MM-DD)')).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();
  });

  it('refuses an event with no actor, and cancels without saving', async () => {
    const { props } = renderCard(plain);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Russia' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Actors: names no actor.');
    expect(screen.getByRole('checkbox', { name: 'United States' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onEdit).not.toHaveBeenCalled();
    expect(fact('Actors')).toBe('Russia');
  });
});
