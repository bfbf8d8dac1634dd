/** What the page can ask of the dataset loader (retry, cancel, load a file or text), and where the data is published. */
import { createContext, useContext } from 'react';

export interface LoaderActions {
  retry(): void;
  cancel(): void;
  openFile(file: File): void;
  /** Loads a dataset made on the page (JSON or CSV text); `label` names it in messages. */
  openText(text: string, label: string): void;
  /** The address the loaded data can be downloaded from; null when it has none (a local file, inline data). */
  readonly dataHref: string | null;
}

const NOOP: LoaderActions = {
  retry: () => undefined,
  cancel: () => undefined,
  openFile: () => undefined,
  openText: () => undefined,
  dataHref: null,
};

export const LoaderContext = createContext<LoaderActions>(NOOP);

export function useLoader(): LoaderActions {
  return useContext(LoaderContext);
}
