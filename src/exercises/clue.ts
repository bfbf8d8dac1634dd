/**
 * Text for exercise cards that must not give the date away: every year, date, month name and number that
 * looks like a year (1700–2199) is cut out, with the preposition that led into it ("on 15 April 2021,"
 * goes whole), and the sentence is tidied. A final pass cuts any year-like number the first passes left,
 * so the guarantee does not rest on the date patterns being complete.
 */
import { ACTOR_LABELS, type Actor, categoryLabel } from '../data/categories';
import type { TimelineEvent } from '../data/model';

/**
 * Month names are always cut, unless inside a longer word ("Mayor"); their abbreviations only next to a
 * day or year ("Apr 15", not "Marc"). Capitals only: "may" and "march" are also verbs.
 */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_ABBR = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
const ORDINAL = '\\d{1,2}(?:st|nd|rd|th)?';
/** A day or a range of days before a month: "7", "7th", "7-8", "7 and 8". */
const DAYS = `${ORDINAL}(?:\\s*(?:[–—-]|and)\\s*${ORDINAL})?`;
const YEAR = '(?:1[7-9]|2[01])\\d\\d';
const DATE = [
  `(?<!\\d)${YEAR}-\\d\\d(?:-\\d\\d)?(?!\\d)`, // 2021-04-15, 2021-04
  '(?<!\\d)\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}(?!\\d)', // 15.04.2021, 4/15/21
  `(?:\\b${DAYS}\\s+(?:of\\s+)?)?(?<![a-z])${MONTH}(?![a-z])(?:\\s+${DAYS}\\b)?(?:,?\\s+${YEAR}\\b)?`, // 15 April 2021, April 15, 2021
  `\\b${DAYS}\\s+${MONTH_ABBR}\\b\\.?(?:,?\\s+${YEAR}\\b)?`, // 15 Apr 2021
  `\\b${MONTH_ABBR}\\b\\.?\\s+(?:${DAYS}\\b(?:,?\\s+${YEAR}\\b)?|${YEAR}\\b)`, // Apr. 15, 2021; Apr 2021
  `(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?(?<!\\d)${YEAR}(?:\\s*[–—-]\\s*(?:${YEAR}|\\d\\d))?s?(?!\\d)`, // 2014–15, mid-1990s
  "(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]+)?['’]\\d\\ds?\\b", // ’98, the ’90s
].join('|');
const LEAD =
  '(?:\\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]o|[Oo]f|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter)\\s+(?:the\\s+)?)?';
const DATE_RE = new RegExp(`${LEAD}(?:${DATE})`, 'g');
const LEFTOVER_YEAR_RE = new RegExp(`(?<!\\d)${YEAR}(?!\\d)`, 'g');

function tidy(text: string): string {
  return text
    .replace(/\(\s*[,;–—-]?\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/^[\s,;:.–—-]+/, '')
    .replace(/,(\s*[.!?])/g, '$1')
    .replace(/[\s,;:–—-]+$/, '')
    .trim()
    .replace(/^./, (c) => c.toUpperCase());
}

/** The text with its dates, month names and year-like numbers removed. */
export function scrubDates(text: string): string {
  let out = text;
  for (let pass = 0; pass < 3; pass += 1) {
    const next = tidy(out.replace(DATE_RE, ' '));
    if (next === out) break;
    out = next;
  }
  return tidy(out.replace(LEFTOVER_YEAR_RE, ' '));
}

/** The first sentence; a full stop after a single capital ("H. W. Bush") or in "U.S." does not end one. */
function firstSentence(text: string): string {
  return text.split(/(?<=[a-z0-9%)"”’']{2}[.!?])\s+/)[0] ?? '';
}

/** Cut at a word to at most `maxChars`, with an ellipsis when cut. */
function clip(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function formatActors(actors: readonly Actor[]): string {
  return actors.map((a) => ACTOR_LABELS[a]).join(' and ');
}

/** "Sanctions · United States: <a phrase of the summary>", without a date or year. */
export function computeClue(event: TimelineEvent, maxChars = 140): string {
  const head = `${categoryLabel(event.category)} · ${formatActors(event.actors)}`;
  const phrase = clip(scrubDates(firstSentence(event.summary)), maxChars);
  return phrase ? `${head}: ${phrase}` : head;
}
