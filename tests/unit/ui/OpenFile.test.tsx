import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AppStore } from '../../../src/state/store';
import { DataAlert } from '../../../src/ui/DataAlert';
import { startLoad } from '../../../src/ui/datasetLoader';
import { OpenFile } from '../../../src/ui/OpenFile';
import { dataset, rawDataset, rawEvent } from '../fixtures';
import { renderWithStore } from './render';

const d = dataset([rawEvent({ id: 'a' })]);

/** The explorer's file opener and its alert, with the page's loader reading the file. */
function setup() {
  let store: AppStore | null = null;
  const opened: string[] = [];
  const view = renderWithStore(
    <>
      <OpenFile />
      <DataAlert />
    </>,
    d,
    {
      loader: {
        openFile: (file) => {
          opened.push(file.name);
          if (store) startLoad(store, { kind: 'file', file });
        },
      },
    },
  );
  store = view.store;
  return { ...view, opened };
}

/** A file dragged from the desktop and dropped anywhere on the page. */
function dragEvent(type: 'dragover' | 'drop', file: File) {
  const ev = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(ev, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
  return ev;
}

const broken = () => new File(['{"title": "Mine", "events": ['], 'broken.json', { type: 'application/json' });

describe('OpenFile', () => {
  it('opens a chosen file in the page, and says what is wrong with a file that is not a timeline', async () => {
    const user = userEvent.setup();
    const { store, opened } = setup();
    await user.upload(screen.getByLabelText('Open your own file…'), broken());
    expect(opened).toEqual(['broken.json']);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("The timeline's data could not be loaded.");
    expect(alert).toHaveTextContent('broken.json');
    expect(alert).toHaveTextContent(/JSON/);
    expect(store.getState().load.status).toBe('error');
  });

  it('opens a file dropped anywhere on the page, showing where to drop it while it is dragged', async () => {
    const { store, opened } = setup();
    const good = new File([JSON.stringify(rawDataset([rawEvent({ id: 'mine', title: 'My event' })]))], 'mine.json', {
      type: 'application/json',
    });
    const over = dragEvent('dragover', good);
    act(() => {
      window.dispatchEvent(over);
    });
    expect(over.defaultPrevented).toBe(true);
    expect(screen.getByText(/Drop a JSON or CSV timeline/)).toBeInTheDocument();
    const drop = dragEvent('drop', good);
    act(() => {
      window.dispatchEvent(drop);
    });
    // The browser does not open the file in place of the page.
    expect(drop.defaultPrevented).toBe(true);
    expect(opened).toEqual(['mine.json']);
    expect(screen.queryByText(/Drop a JSON or CSV timeline/)).toBeNull();
    await vi.waitFor(() => expect(store.getState().load.status).toBe('ready'));
    expect(store.getState().dataset?.events.map((e) => e.title)).toEqual(['My event']);
    expect(store.getState().origin).toMatchObject({ kind: 'file', name: 'mine.json' });
  });

  it('says what is wrong with a dropped file that is not a timeline', async () => {
    const { opened } = setup();
    act(() => {
      window.dispatchEvent(dragEvent('drop', broken()));
    });
    expect(opened).toEqual(['broken.json']);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json');
  });
});
