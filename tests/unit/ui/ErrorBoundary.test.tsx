import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/ErrorBoundary';
import { retryableLazy } from '../../../src/ui/retryableLazy';

let broken = true;
function Fragile({ label }: { label: string }) {
  if (broken) throw new Error(`cannot draw ${label}`);
  return <p>{label} drawn</p>;
}

// React reports every caught error on the console; these are expected.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  broken = true;
});

describe('ErrorBoundary', () => {
  it('names what failed and why, and tries again on request', () => {
    render(
      <ErrorBoundary what="The chart">
        <Fragile label="chart" />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toBe('The chart could not be shown: cannot draw chartTry again');
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('chart drawn')).toBeInTheDocument();
  });

  it('offers the way back it is given, and tries again when its keys change', () => {
    const back = vi.fn();
    const { rerender } = render(
      <ErrorBoundary what="The event’s details" back={{ label: 'Close the event', run: back }} resetKeys={['a']}>
        <Fragile label="a" />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close the event' }));
    expect(back).toHaveBeenCalledOnce();
    broken = false;
    rerender(
      <ErrorBoundary what="The event’s details" resetKeys={['b']}>
        <Fragile label="b" />
      </ErrorBoundary>,
    );
    expect(screen.getByText('b drawn')).toBeInTheDocument();
  });

  it('cuts a long message to one line', () => {
    broken = true;
    render(
      <ErrorBoundary what="The list">
        <Fragile label={`x\n${'y'.repeat(500)}`} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      `The list could not be shown: ${`cannot draw x ${'y'.repeat(500)}`.slice(0, 200)}…Try again`,
    );
  });
});

/** The components the lazy loads below resolve to. */
const Loaded = () => <p>loaded</p>;
const CiteLoaded = () => <p>cite loaded</p>;

describe('retryableLazy', () => {
  it('loads code that failed again only when asked to, never on its own', async () => {
    let calls = 0;
    const View = retryableLazy(
      () => {
        calls += 1;
        return calls === 1 ? Promise.reject(new Error('chunk did not arrive')) : Promise.resolve({ View: Loaded });
      },
      (m) => m.View,
    );
    render(
      <ErrorBoundary what="The view">
        <Suspense fallback={<p>loading</p>}>
          <View />
        </Suspense>
      </ErrorBoundary>,
    );
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toContain('chunk did not arrive');
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(calls).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('loaded')).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('imports a chunk the browser keeps as failed again at an address of its own, when asked to', async () => {
    const failure = new Error(
      'Failed to fetch dynamically imported module: https://example.org/app/assets/CiteBody-a1b2.js',
    );
    const asked: string[] = [];
    const View = retryableLazy(
      () => Promise.reject<{ CiteBody: typeof CiteLoaded }>(failure),
      (m) => m.CiteBody,
      (url) => {
        asked.push(url);
        return Promise.resolve({ CiteBody: CiteLoaded });
      },
    );
    render(
      <ErrorBoundary what="Cite">
        <Suspense fallback={<p>loading</p>}>
          <View />
        </Suspense>
      </ErrorBoundary>,
    );
    await screen.findByRole('alert');
    // The first failure is shown as it is: nothing is fetched again until the reader asks.
    expect(asked).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('cite loaded')).toBeInTheDocument();
    expect(asked).toEqual(['https://example.org/app/assets/CiteBody-a1b2.js?retry=1']);
  });
});
