/** What the page can ask of the dataset loader: retry, cancel, or load a file the user opened or dropped. */
import { createContext, useContext } from 'react';

export interface LoaderActions {
  retry(): void;
  cancel(): void;
  openFile(file: File): void;
}

const NOOP: LoaderActions = { retry: () => undefined, cancel: () => undefined, openFile: () => undefined };

export const LoaderContext = createContext<LoaderActions>(NOOP);

export function useLoader(): LoaderActions {
  return useContext(LoaderContext);
}
