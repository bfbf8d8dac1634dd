/**
 * Text from a dataset, made safe for the one-line places it is written to: citations (RIS lines, BibTeX
 * fields, APA and Chicago text) and messages. Pure string functions, no DOM.
 */

/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
const LINE_BREAKING = /[\p{Cc}\u2028\u2029]/gu;

/**
 * The text on one line: every control character or line separator becomes a space, runs of spaces one
 * space, none at either end. A line break in a title could otherwise start a forged RIS line or BibTeX entry.
 */
export function toOneLine(text: string): string {
  return text.replace(LINE_BREAKING, ' ').replace(/ {2,}/g, ' ').replace(/^ | $/g, '');
}

/** Bidi controls that open or close an embedding, override or isolate, and the invisible direction marks. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …, and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
/** Only this much of a value is looked at: values can be megabytes long. */
const HEAD_CHARS = 4096;

/**
 * A value from the data, as it may stand in a message: on one line, at most `maxChars` characters (then
 * "…"), without bidi controls (a right-to-left override in a value would reorder the whole message), and
 * isolated (U+2068 … U+2069) when it holds right-to-left text, so it cannot reorder its neighbours either.
 */
export function nameValue(text: string, maxChars = 80): string {
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const chars = Array.from(toOneLine(head.replace(BIDI_CONTROLS, '')));
  const cut = chars.length > maxChars || text.length > HEAD_CHARS;
  const shown = cut ? `${chars.slice(0, maxChars).join('')}…` : chars.join('');
  return RIGHT_TO_LEFT.test(shown) ? `\u2068${shown}\u2069` : shown;
}

/** nameValue in quotes: `"value"`. */
export function quoteValue(text: string, maxChars = 80): string {
  return `"${nameValue(text, maxChars)}"`;
}

/** Characters XML 1.0 forbids: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
const XML_FORBIDDEN = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** The text without the characters XML 1.0 forbids (no escape can write them), so an SVG of it is well-formed. */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}
