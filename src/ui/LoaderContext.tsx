/** What the page can ask of the dataset loader (retry, cancel, load a file or text), and where the data is published. */
import { createContext, useContext } from 'react';

export interface LoaderActions {
  retry(): void;
  cancel(): void;
  openFile(file: File): void;
  /** The address the curated dataset is published at; null when it has none (inline in the single file). */
  readonly dataHref: string | null;
}

const NOOP: LoaderActions = {
  retry: () => undefined,
  cancel: () => undefined,
  openFile: () => undefined,
  dataHref: null,
};

export const LoaderContext = createContext<LoaderActions>(NOOP);

export function useLoader(): LoaderActions {
  return useContext(LoaderContext);
}
