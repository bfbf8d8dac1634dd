import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataDownloadLink } from '../../../src/ui/DataDownloadLink';
import { dataset, rawEvent } from '../fixtures';
import { renderWithStore } from './render';

const d = dataset([rawEvent()]);
const link = () => screen.queryByRole('link', { name: 'Download the data' });

afterEach(() => vi.restoreAllMocks());

describe('DataDownloadLink', () => {
  it('offers the curated dataset at its published address', () => {
    renderWithStore(<DataDownloadLink />, d, { loader: { dataHref: 'data/events.json' } });
    expect(link()).toHaveAttribute('href', 'data/events.json');
    expect(link()).toHaveAttribute('download');
  });

  it('offers nothing where the dataset has no address of its own (the single offline file)', () => {
    renderWithStore(<DataDownloadLink />, d);
    expect(link()).toBeNull();
  });

  it('offers data from a data= address at that address, never the curated dataset in its place', () => {
    renderWithStore(<DataDownloadLink />, d, {
      origin: { kind: 'address', url: 'https://example.org/theirs.json', host: 'example.org' },
      loader: { dataHref: 'data/events.json' },
    });
    expect(link()).toHaveAttribute('href', 'https://example.org/theirs.json');
  });

  it('offers a file opened on this device as that file, under its name, and frees it when unmounted', () => {
    const create = vi.fn(() => 'blob:local/1');
    const revoke = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke }));
    const file = new Blob(['{}'], { type: 'application/json' });
    const { unmount } = renderWithStore(<DataDownloadLink />, d, {
      origin: { kind: 'file', name: 'mine.json', file },
      loader: { dataHref: 'data/events.json' },
    });
    expect(create).toHaveBeenCalledWith(file);
    expect(link()).toHaveAttribute('href', 'blob:local/1');
    expect(link()).toHaveAttribute('download', 'mine.json');
    unmount();
    expect(revoke).toHaveBeenCalledWith('blob:local/1');
  });
});
