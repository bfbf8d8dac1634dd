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
