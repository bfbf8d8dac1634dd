import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AnalysisBar } from '../../../../src/ui/analysis/AnalysisBar';
import { dataset, rawEvent } from '../../fixtures';
import { renderWithStore } from '../render';

const d = dataset([
  rawEvent({ id: 'a', date: '2021-01-01', actors: ['US'] }),
  rawEvent({ id: 'b', date: '2021-01-05', actors: ['RU'], respondsTo: ['a'] }),
]);

function Bar() {
  const [tone, setTone] = useState(false);
  return <AnalysisBar tone={tone} onToneChange={setTone} />;
}

describe('AnalysisBar', () => {
  it('says what tone is and links to the rubric, which opens on the page', async () => {
    renderWithStore(<Bar />, d);
    expect(screen.getByText(/our editorial judgement of each event on a documented scale/)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'the tone rubric' });
    expect(link).toHaveAttribute('href', '#tone-rubric');
    await userEvent.click(link);
    const rubric = await screen.findByRole('region', { name: 'The tone rubric' });
    expect(rubric).toHaveAttribute('id', 'tone-rubric');
    expect(screen.getAllByRole('row')).toHaveLength(6);
  });

  it('switches the tone strip, and offers its CSV only while it is drawn', async () => {
    renderWithStore(<Bar />, d);
    const button = screen.getByRole('button', { name: 'Tone' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: 'Strip as CSV' })).toBeNull();
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Strip as CSV' })).toBeInTheDocument();
    expect(screen.getByText(/The strip above the axis gives each period’s mean tone/)).toBeInTheDocument();
  });

  it('opens action and reaction on demand', async () => {
    renderWithStore(<Bar />, d);
    const button = screen.getByRole('button', { name: 'Action and reaction' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByTestId('reciprocity')).toBeNull();
    await userEvent.click(button);
    expect(await screen.findByTestId('reciprocity')).toHaveAttribute('data-links', '1');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', 'reciprocity-panel');
  });

  it('opens the comparison when the address asks for one, and closing it ends the comparison', async () => {
    const { store } = renderWithStore(<Bar />, d);
    act(() => store.getState().setCompare([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)]));
    expect(await screen.findByTestId('compare')).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Compare periods' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(button);
    expect(store.getState().compare).toBeNull();
    expect(screen.queryByTestId('compare')).toBeNull();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
