/**
 * The load worker: parses and validates a dataset off the main thread (text the page fetched, or a file
 * the user opened), and posts progress, so the page stays responsive with hundreds of thousands of records.
 */
import { type LoadProgress, type LoadResult, loadFile, parseDatasetText } from './load';

export type LoadRequest =
  | { readonly kind: 'text'; readonly text: string; readonly label: string }
  | { readonly kind: 'file'; readonly file: File };

export type LoadMessage =
  | { readonly type: 'progress'; readonly progress: LoadProgress }
  | { readonly type: 'done'; readonly result: LoadResult };

const scope = self as unknown as {
  onmessage: ((ev: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: LoadMessage): void;
};

scope.onmessage = async (ev) => {
  const request = ev.data;
  // Reading a file reports two steps (read, parse); the page decides what to render (datasetLoader.ts).
  const onProgress = (progress: LoadProgress) => scope.postMessage({ type: 'progress', progress });
  const result =
    request.kind === 'text'
      ? await parseDatasetText(request.text, request.label)
      : await loadFile(request.file, { onProgress });
  scope.postMessage({ type: 'done', result });
};
