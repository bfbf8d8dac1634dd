/**
 * Open your own timeline: a file picker, and dropping a file anywhere on the page. The file is read in the
 * browser (JSON or CSV, ours or TimelineJS's); nothing is uploaded.
 */
import { useId } from 'react';
import { useLoader } from './LoaderContext';
import { useFileDrop } from './useFileDrop';

export function OpenFile() {
  const { openFile } = useLoader();
  const id = useId();
  const dragging = useFileDrop(openFile);

  return (
    <>
      <label className="open-file" htmlFor={id}>
        Open your own file…
        <input
          id={id}
          type="file"
          accept=".json,.csv,.tsv,application/json,text/csv"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) openFile(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {dragging ? (
        <div className="drop-overlay" aria-hidden="true">
          Drop a JSON or CSV timeline (ours or TimelineJS's) to open it. It stays on your computer.
        </div>
      ) : null}
    </>
  );
}
