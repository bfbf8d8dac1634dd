/**
 * A modal built on <dialog>: focus is trapped by the browser, Escape closes, the opener gets focus back. Its
 * content that fails says so inside the dialog, which still closes.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

export function Dialog({
  title,
  open,
  onClose,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose} onCancel={(e) => e.stopPropagation()}>
      <header className="dialog-head">
        <h2>{title}</h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      {open ? (
        <ErrorBoundary what={`“${title}”`} back={{ label: 'Close', run: onClose }}>
          {children}
        </ErrorBoundary>
      ) : null}
    </dialog>
  );
}
