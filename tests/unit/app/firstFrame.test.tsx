/**
 * index.html carries a first frame that is painted before any script runs: the masthead as the app first renders
 * it, before the data arrives. If the two differ, the page changes (or moves) when React replaces it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ADDRESS } from '../../../src/state/address';
import { createAppStore } from '../../../src/state/store';
import { Header, LOADING_TITLE } from '../../../src/ui/Header';
import { StoreProvider } from '../../../src/ui/StoreContext';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Markup without the white space between tags and inside text runs, which index.html is indented with. */
const normalise = (html: string) => html.replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim();

describe('the first frame in index.html', () => {
  it('is the masthead the app renders while the data loads', () => {
    const page = new DOMParser().parseFromString(readFileSync(join(ROOT, 'index.html'), 'utf8'), 'text/html');
    const staticHeader = page.querySelector('#root header');
    expect(staticHeader).not.toBeNull();
    const store = createAppStore(DEFAULT_ADDRESS);
    store.getState().startLoading('./data/events.json');
    const { container } = render(
      <StoreProvider store={store}>
        <Header />
      </StoreProvider>,
    );
    const rendered = container.querySelector('header');
    expect(normalise(staticHeader?.outerHTML ?? '')).toBe(normalise(rendered?.outerHTML ?? ''));
  });

  it('heads the page with the bundled dataset’s own title, so its arrival changes no text of the first frame', () => {
    const bundled = JSON.parse(readFileSync(join(ROOT, 'data', 'events.json'), 'utf8')) as { title: string };
    expect(LOADING_TITLE).toBe(bundled.title);
  });

  // The build writes it into the page, allowed by its hash (vite.config.ts); the source page names the file.
  it('keeps the page’s one script out of line in the source page', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc=/);
  });
});
