/**
 * The load worker: parses and validates a dataset off the main thread (text the page fetched, or a file
 * the user opened), and posts progress, so the page stays responsive with hundreds of thousands of records.
 * The result goes to the page in pieces (handover.ts), so that reading it never blocks the page for long.
 */
import { type HandoverMessage, splitLoadResult } from './handover';
import { type LoadProgress, type LoadRequest, parseLoadRequest } from './load';

export type { LoadRequest } from './load';

export type LoadMessage = { readonly type: 'progress'; readonly progress: LoadProgress } | HandoverMessage;

const scope = self as unknown as {
  onmessage: ((ev: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: LoadMessage): void;
};

scope.onmessage = async (ev) => {
  const request = ev.data;
  // Reading a file reports two steps (read, parse); the page decides what to render (datasetLoader.ts).
  const onProgress = (progress: LoadProgress) => scope.postMessage({ type: 'progress', progress });
  const result = await parseLoadRequest(request, onProgress);
  for (const message of splitLoadResult(result)) scope.postMessage(message);
};
