/**
 * "Print the cards" asked from the explorer: the ordering view prints once its cards are drawn. A one-shot
 * flag, not state: it is no part of the view or of its address, and a reload must not print again.
 */
let pending = false;

export function requestPrint(): void {
  pending = true;
}

/** Whether a print was asked for; asking clears the request. */
export function takePrintRequest(): boolean {
  const was = pending;
  pending = false;
  return was;
}
