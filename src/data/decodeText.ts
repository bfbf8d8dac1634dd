/**
 * Bytes of a dataset → text, decoded piece by piece as they arrived (no copy into one buffer). UTF-8 only; a
 * byte-order mark is dropped. Bytes that are not UTF-8 become U+FFFD here, and parseAnyDataset names the
 * file as not UTF-8.
 */
export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string };

export function decodeUtf8(chunks: readonly Uint8Array[], _label: string): DecodeResult {
  const decoder = new TextDecoder('utf-8');
  const parts = chunks.map((c) => decoder.decode(c, { stream: true }));
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}
