import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Outputs } from '../../../src/ui/Outputs';
import { dataset, rawEvent } from '../fixtures';
import { renderWithStore } from './render';

/** What would be saved, or the reason saving fails. */
const files = vi.hoisted(() => ({ saved: [] as { name: string; text: string }[], failure: null as string | null }));
vi.mock('../../../src/ui/download', () => ({
  downloadText: (name: string, text: string) => {
    if (files.failure) throw new Error(files.failure);
    files.saved.push({ name, text });
  },
  downloadBlob: () => undefined,
}));

const d = dataset(
  [
    rawEvent({ id: 'a', date: '2021-01-26', title: 'New START extended' }),
    rawEvent({ id: 'b', date: '2021-04-15', title: 'US expels ten diplomats' }),
  ],
  { title: 'US–Russia relations', version: '4' },
);

/** A dialog by its heading (jsdom does not open a <dialog> as a modal). */
const dialogNamed = (title: string) => {
  const dialog = screen.getByRole('heading', { name: title, hidden: true }).closest('dialog');
  if (!dialog) throw new Error(`no dialog ${title}`);
  return dialog;
};

const toolbar = () => screen.getByRole('toolbar', { name: 'Share, cite, download' });

describe('Outputs', () => {
  afterEach(() => {
    files.saved.length = 0;
    files.failure = null;
  });

  it('switches to the presentation and to the handout', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Outputs />, d);
    await user.click(within(toolbar()).getByRole('button', { name: 'Present' }));
    expect(store.getState().mode).toBe('present');
    await user.click(within(toolbar()).getByRole('button', { name: 'Print handout' }));
    expect(store.getState().mode).toBe('print');
  });

  it('opens the citation dialog with the citations of the open event', async () => {
    const user = userEvent.setup();
    renderWithStore(<Outputs />, d, { address: { event: 'b' } });
    await user.click(within(toolbar()).getByRole('button', { name: 'Cite' }));
    const dialog = dialogNamed('Cite');
    const apa = (await within(dialog).findByLabelText('APA')) as HTMLTextAreaElement;
    expect(apa.value).toContain('US expels ten diplomats');
    expect(apa.value).toContain('Version 4');
  });

  it('opens the share dialog with a permalink to the view', async () => {
    const user = userEvent.setup();
    renderWithStore(<Outputs />, d, { address: { event: 'a' } });
    await user.click(within(toolbar()).getByRole('button', { name: 'Share & embed' }));
    const dialog = dialogNamed('Share this view');
    const link = (await within(dialog).findByLabelText(/^Permalink/)) as HTMLInputElement;
    expect(new URL(link.value).searchParams.get('event')).toBe('a');
  });

  it('downloads the events in view as CSV', async () => {
    const user = userEvent.setup();
    renderWithStore(<Outputs />, d);
    await user.click(within(toolbar()).getByRole('button', { name: 'Events in view as CSV' }));
    await vi.waitFor(() => expect(files.saved).toHaveLength(1));
    const [file] = files.saved;
    expect(file?.name).toMatch(/^us-russia-timeline-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file?.text).toContain('New START extended');
    expect(file?.text).toContain('US expels ten diplomats');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why a download failed, and lets the reader try again', async () => {
    const user = userEvent.setup();
    files.failure = 'The browser refused the download.';
    renderWithStore(<Outputs />, d);
    await user.click(within(toolbar()).getByRole('button', { name: 'Events in view as JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The browser refused the download.');
    const again = within(toolbar()).getByRole('button', { name: 'Events in view as JSON' });
    expect(again).toBeEnabled();
    files.failure = null;
    await user.click(again);
    await vi.waitFor(() => expect(files.saved).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
