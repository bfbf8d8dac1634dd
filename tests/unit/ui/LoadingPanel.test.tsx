import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoadingPanel } from '../../../src/ui/LoadingPanel';
import { dataset, rawEvent } from '../fixtures';
import { renderWithStore } from './render';

const d = dataset([rawEvent()]);

describe('LoadingPanel', () => {
  it('is absent once the data is shown', () => {
    renderWithStore(<LoadingPanel />, d);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says what it downloads and how far it is, and cancels on request', async () => {
    const user = userEvent.setup();
    const cancel = vi.fn();
    const { store } = renderWithStore(<LoadingPanel />, d, { loader: { cancel } });
    act(() => {
      store.getState().startLoading('https://example.org/big.json');
      store.getState().setLoadProgress({ phase: 'download', loaded: 1024 * 1024, total: 4 * 1024 * 1024 });
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Downloading https://example.org/big.json — 1.0 MB of 4.0 MB…',
    );
    expect(screen.getByLabelText('Loading progress')).toHaveAttribute('value', '0.25');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledOnce();
  });

  it('says it is checking every record while it parses', () => {
    const { store } = renderWithStore(<LoadingPanel />, d);
    act(() => {
      store.getState().startLoading('test.json');
      store.getState().setLoadProgress({ phase: 'parse', loaded: 10, total: 10 });
    });
    expect(screen.getByRole('status')).toHaveTextContent('Checking test.json — checking every record…');
  });
});
