import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Colophon } from '../../../src/ui/Colophon';
import { dataset, rawEvent } from '../fixtures';
import { renderWithStore } from './render';

const ours = dataset([rawEvent()]);
const address = { kind: 'address', url: 'https://example.org/t.json', host: 'example.org' } as const;

describe('Colophon', () => {
  it('states the licences of the curated dataset and that state media are labelled', () => {
    renderWithStore(<Colophon />, ours);
    const foot = screen.getByRole('contentinfo');
    expect(foot).toHaveTextContent('Code under the MIT licence; data under CC BY 4.0.');
    expect(foot).toHaveTextContent('Russian state-affiliated media are labelled as such.');
  });

  it('vouches for nothing in data from elsewhere, and gives its own licence', () => {
    renderWithStore(<Colophon />, dataset([rawEvent()], { license: 'ODbL' }), { origin: address });
    const foot = screen.getByRole('contentinfo');
    expect(foot).toHaveTextContent('Shown here: a dataset from example.org.');
    expect(foot).toHaveTextContent('under their licence (ODbL); this project has not checked them.');
    expect(foot).not.toHaveTextContent('CC BY 4.0');
  });

  it('says so when a file states no licence', () => {
    renderWithStore(<Colophon />, dataset([rawEvent()], { license: undefined }), {
      origin: { kind: 'file', name: 'mine.json', file: new Blob(['{}']) },
    });
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      'Shown here: your file mine.json. Its events, summaries and sources are its authors’, under a licence it does not state',
    );
  });
});
