/** The treaties of the two sides alone, which bind them whether or not a sentence names them. */

/** Treaties of the two sides alone (their acronyms in capitals, their names in any case). */
const BILATERAL_ACRONYM = /\b(?:New START|START(?: I{1,2})?|INF|ABM|SORT)\b/;
const BILATERAL_NAME =
  /\b(?:Anti-Ballistic Missile (?:Treaty|Systems)|Intermediate[- ]Range (?:Nuclear Forces|and Shorter[- ]Range Missiles)|Strategic Offensive (?:Arms|Reductions)|Moscow Treaty|Plutonium Management and Disposition|plutonium[- ]disposition agreement)\b/i;

/** Whether a text names a treaty of the two sides alone: its parties are the two, named or not. */
export function namesBilateralTreaty(text: string): boolean {
  return BILATERAL_ACRONYM.test(text) || BILATERAL_NAME.test(text);
}
