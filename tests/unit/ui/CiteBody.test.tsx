import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CiteBody } from '../../../src/ui/CiteBody';
import { dataset, rawEvent } from '../fixtures';
import { renderWithStore } from './render';

/** The files the dialog offers, as they would be saved: name, text and type. */
const saved = vi.hoisted(() => [] as { name: string; text: string; type: string }[]);
vi.mock('../../../src/ui/download', () => ({
  downloadText: (name: string, text: string, type: string) => saved.push({ name, text, type }),
  downloadBlob: () => undefined,
}));

const d = dataset([rawEvent({ id: 'a', date: '2021-01-26' }), rawEvent({ id: 'b', date: '2021-04-15' })], {
  title: 'US–Russia relations',
  version: '3.2',
  updated: '2026-03-12',
});

const apa = () => (screen.getByLabelText('APA') as HTMLTextAreaElement).value;
const chicago = () => (screen.getByLabelText('Chicago') as HTMLTextAreaElement).value;

async function downloadAll() {
  const user = userEvent.setup();
  saved.length = 0;
  for (const label of ['BibTeX', 'RIS', 'CSL-JSON']) await user.click(screen.getByRole('button', { name: label }));
  return [...saved];
}

describe('CiteBody', () => {
  afterEach(() => {
    saved.length = 0;
  });

  it('cites the open event: its title, its date and the dataset’s version, in every format', async () => {
    renderWithStore(<CiteBody />, d, { address: { event: 'b' } });
    expect(screen.getByRole('radio', { name: 'This event' })).toBeChecked();
    for (const text of [apa(), chicago()]) {
      expect(text).toContain('US announces sanctions');
      expect(text).toContain('15 April 2021');
      expect(text).toContain('Version 3.2');
      expect(text).toContain('event=b');
    }
    const files = await downloadAll();
    expect(files.map((f) => f.name)).toEqual(['b.bib', 'b.ris', 'b.csl.json']);
    for (const f of files) {
      expect(f.text).toContain('3.2');
      expect(f.text).toContain('15 April 2021');
    }
    expect(JSON.parse(files[2]?.text ?? '')[0]).toMatchObject({ type: 'entry', version: '3.2' });
  });

  it('cites the dataset when no event is open, with its version and the year it was updated', async () => {
    renderWithStore(<CiteBody />, d);
    expect(screen.getByRole('radio', { name: 'An event (open one first)' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'The dataset' })).toBeChecked();
    expect(apa()).toMatch(
      /^US–Russia Relations Timeline\. \(2026\)\. US–Russia relations \(Version 3\.2\) \[Data set\]\./,
    );
    expect(chicago()).toContain('Version 3.2, updated March 12, 2026');
    const files = await downloadAll();
    expect(files.map((f) => f.name)).toEqual([
      'us-russia-timeline.bib',
      'us-russia-timeline.ris',
      'us-russia-timeline.csl.json',
    ]);
    expect(files[0]?.text).toContain('version = {3.2}');
    expect(files[1]?.text).toContain('ET  - 3.2');
  });

  it('switches between the event and the dataset', async () => {
    const user = userEvent.setup();
    renderWithStore(<CiteBody />, d, { address: { event: 'a' } });
    expect(apa()).toContain('26 January 2021');
    await user.click(screen.getByRole('radio', { name: 'The dataset' }));
    expect(apa()).toContain('[Data set]');
    expect(apa()).not.toContain('26 January 2021');
  });

  it('still cites a dataset whose updated date is not a date, with no year', async () => {
    renderWithStore(<CiteBody />, { ...d, updated: 'last spring' }, { address: { event: 'b' } });
    expect(apa()).toContain('(n.d.)');
    expect(apa()).toContain('15 April 2021');
    expect(chicago()).toContain('Version 3.2.');
    expect(chicago()).not.toContain('last spring');
    const files = await downloadAll();
    expect(files).toHaveLength(3);
    expect(JSON.parse(files[2]?.text ?? '')[0].issued).toBeUndefined();
  });

  it('credits data from another address to its host, and a file on this device to nobody, with no address', () => {
    const { unmount } = renderWithStore(<CiteBody />, d, {
      origin: { kind: 'address', url: 'https://data.example.net/t.json', host: 'data.example.net' },
    });
    expect(apa()).toMatch(/^data\.example\.net\. \(2026\)\./);
    expect(apa()).toContain('from https://data.example.net/t.json');
    unmount();
    renderWithStore(<CiteBody />, d, { origin: { kind: 'file', name: 'mine.json', file: new Blob(['{}']) } });
    expect(screen.getByText(/opened from your file/)).toHaveTextContent('mine.json');
    expect(apa()).toMatch(/^US–Russia relations \(Version 3\.2\) \[Data set\]\. \(2026\)\.$/);
  });
});
