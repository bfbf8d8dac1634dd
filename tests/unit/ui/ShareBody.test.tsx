import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ShareBody } from '../../../src/ui/ShareBody';
import { dataset, rawEvent } from '../fixtures';
import { renderWithStore } from './render';

const d = dataset([rawEvent({ id: 'a', date: '2021-01-26' }), rawEvent({ id: 'b', date: '2021-04-15' })], {
  title: 'US–Russia relations',
});

const permalink = () =>
  screen.getByLabelText('Permalink to this view (window, filters, open event)') as HTMLInputElement;
const embedCode = () => screen.getByLabelText('Embed code for a blog post') as HTMLTextAreaElement;

describe('ShareBody', () => {
  it('gives a permalink to the view: the open event and the filters', () => {
    renderWithStore(<ShareBody />, d, { address: { event: 'b', actor: 'RU' } });
    const url = new URL(permalink().value);
    expect(url.searchParams.get('event')).toBe('b');
    expect(url.searchParams.get('actor')).toBe('RU');
    expect(url.searchParams.get('mode')).toBeNull();
  });

  it('gives an iframe for the same view in embed mode, titled by the dataset, with the look fixed', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareBody />, d, { address: { event: 'b' } });
    expect(embedCode().value).toMatch(/^<iframe src="[^"]*mode=embed[^"]*" title="US–Russia relations"/);
    expect(embedCode().value).toContain('theme=light');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(embedCode().value).toContain('theme=dark');
    await user.click(screen.getByRole('radio', { name: 'The reader’s setting' }));
    expect(embedCode().value).not.toContain('theme=');
    expect(embedCode().value).toContain('event=b');
  });

  it('previews the embed it offers', () => {
    renderWithStore(<ShareBody />, d);
    const frame = screen.getByTitle('Preview: US–Russia relations');
    expect(embedCode().value).toContain(`src="${frame.getAttribute('src')?.replace(/&/g, '&amp;')}"`);
  });

  it('says a file opened on this device cannot be linked to, and offers the file instead', () => {
    renderWithStore(<ShareBody />, d, {
      origin: { kind: 'file', name: 'mine.json', file: new Blob(['{}']) },
    });
    expect(screen.queryByLabelText(/Permalink/)).toBeNull();
    expect(
      screen.getByText(/A permalink cannot carry a file opened on this device \(mine\.json\)/),
    ).toBeInTheDocument();
  });
});
