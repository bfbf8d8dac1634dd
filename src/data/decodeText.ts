/**
 * Bytes of a dataset → text, decoded piece by piece as they arrived (no copy into one buffer). UTF-8 only; a
 * byte-order mark is dropped. The decoder is fatal: bytes that are not UTF-8 are told apart from a U+FFFD
 * the file really contains (a valid character, which a lenient decoder would also produce for bad bytes).
 */
import { nameValue } from './plainText';

export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string };

export function decodeUtf8(chunks: readonly Uint8Array[], label: string): DecodeResult {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    const parts = chunks.map((c) => decoder.decode(c, { stream: true }));
    parts.push(decoder.decode());
    return { ok: true, text: parts.join('') };
  } catch {
    return {
      ok: false,
      message: `${nameValue(label)} is not UTF-8 text (some bytes are not UTF-8): save it as UTF-8 (in a spreadsheet: CSV UTF-8).`,
    };
  }
}
