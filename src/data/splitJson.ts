/**
 * The records of a JSON document's top-level array, found without parsing it whole: `{ …, "events": [ {…}, {…} ],
 * … }` gives the offsets of each record and the document with that array emptied. A megabyte parsed at once is
 * one long task on a phone; parsed a record at a time, the page answers between slices. The text must be valid
 * JSON (the caller checked it, or falls back to JSON.parse when a piece does not parse).
 */

export interface SplitArray {
  /** The document with the array's contents removed: `{ …, "events": [], … }`. */
  readonly rest: string;
  /** [start, end) of each element's text, in order. */
  readonly items: ReadonlyArray<readonly [number, number]>;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** The end (exclusive) of the string whose opening quote is at `at`. */
function stringEnd(text: string, at: number): number {
  let i = at + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return text.length;
    // A quote ends the string unless an odd number of backslashes comes before it.
    let slashes = 0;
    for (let b = q - 1; text.charCodeAt(b) === BACKSLASH; b--) slashes++;
    if (slashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/**
 * The elements of the array that is the value of `key` in the top-level object, or null when the text is not
 * an object with such an array. Strings are skipped a whole string at a time (indexOf), so the scan costs a few
 * milliseconds a megabyte.
 */
export function splitTopLevelArray(text: string, key: string): SplitArray | null {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== OPEN_BRACE) return null;
  const wanted = JSON.stringify(key);
  let depth = 0;
  let arrayStart = -1;
  let itemStart = -1;
  let expectKey = false;
  let lastKey = '';
  const items: Array<[number, number]> = [];
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey) lastKey = text.slice(i, end);
      if (arrayStart >= 0 && depth === 2 && itemStart < 0) itemStart = i;
      i = end - 1;
      continue;
    }
    if (isSpace(c)) continue;
    if (arrayStart >= 0 && depth === 2 && itemStart < 0 && c !== CLOSE_BRACKET && c !== COMMA) itemStart = i;
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
      if (depth === 1) expectKey = true;
      if (depth === 2 && c === OPEN_BRACKET && lastKey === wanted && arrayStart < 0 && !expectKey) arrayStart = i;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (arrayStart >= 0 && depth === 2 && c === CLOSE_BRACKET) {
        if (itemStart >= 0) items.push([itemStart, trimEnd(text, i)]);
        return { rest: `${text.slice(0, arrayStart + 1)}${text.slice(i)}`, items };
      }
      depth--;
    } else if (c === COMMA) {
      if (depth === 1) expectKey = true;
      if (arrayStart >= 0 && depth === 2 && itemStart >= 0) {
        items.push([itemStart, trimEnd(text, i)]);
        itemStart = -1;
      }
    } else if (c === COLON && depth === 1) {
      expectKey = false;
    }
  }
  return null;
}

/** The end of the text before `at`, without the white space before it. */
function trimEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
