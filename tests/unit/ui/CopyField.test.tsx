import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyField } from '../../../src/ui/CopyField';

describe('CopyField', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the value read-only under its label', () => {
    render(<CopyField label="Permalink" value="https://example.org/?event=a" />);
    const field = screen.getByLabelText('Permalink') as HTMLInputElement;
    expect(field.value).toBe('https://example.org/?event=a');
    expect(field.readOnly).toBe(true);
    expect(field.tagName).toBe('INPUT');
  });

  it('shows a long value in a text area when asked', () => {
    render(<CopyField label="APA" value={'a long citation'} multiline />);
    expect((screen.getByLabelText('APA') as HTMLTextAreaElement).tagName).toBe('TEXTAREA');
  });

  it('copies the value to the clipboard, says so on the button, then offers to copy again', async () => {
    const user = userEvent.setup();
    render(<CopyField label="Permalink" value="https://example.org/?event=a" />);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe('https://example.org/?event=a');
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
    // The button says so for a moment, then offers to copy again.
    expect(await screen.findByRole('button', { name: 'Copy' }, { timeout: 3000 })).toBeInTheDocument();
  });

  it('selects the text for the reader to copy when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<CopyField label="Embed code" value="<iframe></iframe>" multiline />);
    const field = screen.getByLabelText('Embed code') as HTMLTextAreaElement;
    field.setSelectionRange(0, 0);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(screen.queryByRole('button', { name: 'Copied' })).toBeNull();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
  });
});
