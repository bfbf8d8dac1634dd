/**
 * Open your own timeline: a file picker, and dropping a file anywhere on the page. The file is read in the
 * browser (JSON or CSV, ours or TimelineJS's); nothing is uploaded.
 */
import { useEffect, useId, useState } from 'react';
import { useLoader } from './LoaderContext';

export function OpenFile() {
  const { openFile } = useLoader();
  const id = useId();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const hasFiles = (ev: DragEvent) => [...(ev.dataTransfer?.types ?? [])].includes('Files');
    const over = (ev: DragEvent) => {
      if (!hasFiles(ev)) return;
      ev.preventDefault();
      setDragging(true);
    };
    const leave = (ev: DragEvent) => {
      if (ev.relatedTarget === null) setDragging(false);
    };
    const drop = (ev: DragEvent) => {
      if (!hasFiles(ev)) return;
      ev.preventDefault();
      setDragging(false);
      const file = ev.dataTransfer?.files[0];
      if (file) openFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [openFile]);

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
