/** The treaties of the two sides alone, and the laws of one about the other: both concern the other side, named or not. */

/** Treaties of the two sides alone (their acronyms in capitals, their names in any case). */
const BILATERAL_ACRONYM = /\b(?:New START|START(?: I{1,2})?|INF|ABM|SORT)\b/;
const BILATERAL_NAME =
  /\b(?:Anti-Ballistic Missile (?:Treaty|Systems)|Intermediate[- ]Range (?:Nuclear Forces|and Shorter[- ]Range Missiles)|Strategic Offensive (?:Arms|Reductions)|Moscow Treaty|Plutonium Management and Disposition|plutonium[- ]disposition agreement)\b/i;

/** Whether a text names a treaty of the two sides alone: its parties are the two, named or not. */
export function namesBilateralTreaty(text: string): boolean {
  return BILATERAL_ACRONYM.test(text) || BILATERAL_NAME.test(text);
}

/**
 * Laws of one side written about the other: Washington's Jackson-Vanik amendment, Magnitsky Act, CAATSA and
 * Russia sanctions laws, Moscow's "Dima Yakovlev law" (its answer to the Magnitsky Act). An act on one of them
 * concerns the other side, named or not.
 */
const LAW_ABOUT_OTHER =
  /\b(?:Jackson-Vanik|Magnitsky (?:Act|[Ll]aw|[Bb]ill)|Sergei Magnitsky Rule of Law|CAATSA|Countering America['’]s Adversaries Through Sanctions Act|Russia Sanctions Review Act|Dima Yakovlev|Yakovlev (?:[Ll]aw|[Aa]ct|[Bb]ill))\b/;

/** Whether a text names a law one side made about the other. */
export function namesLawAboutOther(text: string): boolean {
  return LAW_ABOUT_OTHER.test(text);
}
