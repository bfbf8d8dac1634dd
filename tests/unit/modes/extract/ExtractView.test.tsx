import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../../../src/data/validate';
import { ExtractView } from '../../../../src/modes/extract/ExtractView';
import { forgetWork } from '../../../../src/modes/extract/workMemory';
import { createAppStore } from '../../../../src/state/store';
import { type LoaderActions, LoaderContext } from '../../../../src/ui/LoaderContext';
import { StoreProvider } from '../../../../src/ui/StoreContext';
import { curatedDataset, INF_ARTICLE, INF_TEXT } from './articleFixture';

function renderView() {
  const store = createAppStore();
  store.getState().startLoading('events.json');
  store.getState().setDataset(curatedDataset(), []);
  store.getState().setMode('extract');
  store.getState().setCategories(['sanctions']);
  const loader: LoaderActions = {
    retry: vi.fn(),
    cancel: vi.fn(),
    openFile: vi.fn(),
    dataHref: null,
  };
  const view = render(
    <StoreProvider store={store}>
      <LoaderContext.Provider value={loader}>
        <ExtractView />
      </LoaderContext.Provider>
    </StoreProvider>,
  );
  return { store, loader, ...view };
}

async function run() {
  // The text goes in as one paste: typing 800 characters one by one is slow and tests nothing more.
  await userEvent.click(screen.getByLabelText('Article text'));
  await userEvent.paste(INF_TEXT);
  await userEvent.type(screen.getByLabelText('Address (URL), required'), INF_ARTICLE.url);
  await userEvent.type(screen.getByLabelText('Published (YYYY-MM-DD), required'), '2019-08-02');
  await userEvent.type(screen.getByLabelText('Publisher (optional)'), 'Example Wire');
  await userEvent.click(screen.getByRole('button', { name: 'Find the events' }));
}

const card = (title: string) => screen.getByRole('article', { name: title });

/** What the page downloads: downloadText makes an object URL of a blob and clicks a link to it. */
let saved: Blob[] = [];
const { createObjectURL, revokeObjectURL } = URL;
const { click } = HTMLAnchorElement.prototype;
beforeEach(() => {
  forgetWork();
  saved = [];
  URL.createObjectURL = (blob: Blob) => {
    saved.push(blob);
    return 'blob:test';
  };
  URL.revokeObjectURL = () => undefined;
  HTMLAnchorElement.prototype.click = () => undefined;
});
afterEach(() => {
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
  HTMLAnchorElement.prototype.click = click;
});

describe('ExtractView', () => {
  it('finds the candidates beside the article and counts the decisions', async () => {
    renderView();
    await run();
    expect(screen.getAllByRole('article').map((a) => a.querySelector('h3')?.textContent)).toEqual([
      'US withdraws from the INF Treaty',
      'US suspends arms-control commitments',
      'Russia suspends arms-control commitments',
      'Russia criticises the US',
    ]);
    // The run hands the focus to what it found, so that it is read out and not left below the form.
    expect(screen.getByRole('heading', { name: 'Candidate events (4)' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Accepted: 0 new events and 0 source additions. Rejected: 0. Not decided: 4.',
    );
    expect(screen.getByRole('button', { name: 'Download JSON' })).toBeDisabled();
    await userEvent.click(within(card('Russia criticises the US')).getByRole('button', { name: 'Accept' }));
    await userEvent.click(within(card('US suspends arms-control commitments')).getByRole('button', { name: 'Reject' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Accepted: 1 new event and 0 source additions. Rejected: 1. Not decided: 2.',
    );
  });

  it('shows the engine’s problem with the text in an alert', async () => {
    renderView();
    await userEvent.type(screen.getByLabelText('Article text'), 'Привет, как дела? Это статья на русском языке.');
    await userEvent.type(screen.getByLabelText('Address (URL), required'), 'https://example.org/a');
    await userEvent.type(screen.getByLabelText('Published (YYYY-MM-DD), required'), '2019-08-02');
    await userEvent.click(screen.getByRole('button', { name: 'Find the events' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The article was not read: the article looks like Russian or another Cyrillic-script language, not English',
    );
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('downloads the accepted events as a dataset file with the source additions apart', async () => {
    renderView();
    await run();
    await userEvent.click(
      within(card('US withdraws from the INF Treaty')).getByRole('button', { name: 'Add as a source' }),
    );
    await userEvent.click(
      within(card('Russia suspends arms-control commitments')).getByRole('button', { name: 'Accept' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    const doc = JSON.parse(await (saved[0] as Blob).text());
    expect(validateDataset(doc).issues).toEqual([]);
    expect(doc.events.map((e: { id: string }) => e.id)).toEqual(['2019-02-russia-suspends-arms-control-commitments']);
    expect(doc.sourceAdditions.map((a: { event: string }) => a.event)).toEqual([
      '2019-08-02-us-withdrawal-from-inf-effective',
    ]);
    expect(doc.license).toBe(curatedDataset().license);
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect((await (saved[1] as Blob).text()).split('\r\n')[1]).toMatch(
      /^2019-02-russia-suspends-arms-control-commitments,2019-02,/,
    );
  });

  it('opens the accepted events in the explorer through the loader, with no filter hiding them', async () => {
    const { store, loader } = renderView();
    await run();
    await userEvent.click(within(card('Russia criticises the US')).getByRole('button', { name: 'Accept' }));
    await userEvent.click(screen.getByRole('button', { name: 'Open in the explorer' }));
    expect(store.getState().mode).toBe('explore');
    expect(store.getState().cat).toBeNull();
    const [file] = vi.mocked(loader.openFile).mock.calls[0] ?? [];
    expect(file?.name).toBe('events-example-wire.com-2019-08-02.json');
    const text = await file?.text();
    expect(validateDataset(JSON.parse(text ?? '')).dataset?.events.map((e) => e.title)).toEqual([
      'Russia criticises the US',
    ]);
  });

  it('keeps the work when the view is left and opened again', async () => {
    const first = renderView();
    await run();
    await userEvent.click(within(card('Russia criticises the US')).getByRole('button', { name: 'Reject' }));
    first.unmount();
    renderView();
    expect(screen.getByLabelText('Address (URL), required')).toHaveValue(INF_ARTICLE.url);
    expect(within(card('Russia criticises the US')).getByText('Rejected')).toBeInTheDocument();
  });
});
