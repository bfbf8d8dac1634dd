/**
 * Files dropped anywhere on the page go to `onFile` (the browser would otherwise open the file in place of
 * the page, and the curator's work with it). Returns whether files are being dragged over the page.
 */
import { useEffect, useState } from 'react';

export function useFileDrop(onFile: (file: File) => void): boolean {
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
      if (file) onFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFile]);
  return dragging;
}
