/**
 * Sentences with their character offsets into the article's main text, so every candidate can point to the
 * words it came from. A line is a paragraph; a sentence never crosses one, except where a hard-wrapped line
 * runs on (the next line starts in lower case).
 */
export interface Sentence {
  /** Position among the article's sentences, 0 first. */
  readonly index: number;
  /** Paragraph number, 0 first: the lead is paragraph 0. */
  readonly paragraph: number;
  /** Offsets into the main text: text === mainText.slice(start, end). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Words ending in "." that do not end a sentence (lower case, without the dot). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr gen lt col sgt st sen rep gov jr sr prof adm capt maj pres dept no nos vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec approx est fig'.split(
    ' ',
  ),
);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isBoundary(text: string, dot: number, limit: number): number | null {
  let i = dot + 1;
  while (i < limit && CLOSERS.has(text[i] ?? '')) i += 1;
  if (i < limit && !/\s/.test(text[i] ?? '')) return null;
  let j = i;
  while (j < limit && (text[j] === ' ' || text[j] === '\t')) j += 1;
  const next = text[j] ?? '';
  if (j < limit && !/[\p{Lu}\d"“‘'«(—–-]/u.test(next)) return null;
  // "CAMP DAVID, Md. — President Bush…": a dateline's abbreviation runs on into its dash.
  if (/[—–]/.test(next)) return null;
  if (text[dot] === '.') {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
    // "U.S.", "a.m." and initials ("John F. Kennedy") keep their sentence going.
    if (word.includes('.') || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) return null;
  }
  return i;
}

/** Lines joined where a hard wrap split a sentence; each entry is a paragraph's [start, end). */
function paragraphs(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && text[i] !== '\n') continue;
    const rest = text.slice(i + 1, i + 3);
    const line = text.slice(start, i).trimEnd();
    const runsOn = i < text.length && /^\p{Ll}/u.test(rest) && line !== '' && !/[.!?:"”’]$/.test(line);
    if (runsOn) continue;
    out.push([start, i]);
    start = i + 1;
  }
  return out;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const [pStart, pEnd] of paragraphs(text)) {
    let start = pStart;
    const push = (end: number) => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (/[\p{L}\p{N}]/u.test(body)) {
        const s = start + lead;
        out.push({ index: out.length, paragraph, start: s, end: s + body.length, text: body });
      }
    };
    const before = out.length;
    for (let i = pStart; i < pEnd; i += 1) {
      const c = text[i];
      if (c !== '.' && c !== '!' && c !== '?') continue;
      const cut = isBoundary(text, i, pEnd);
      if (cut === null) continue;
      push(cut);
      start = cut;
      i = cut - 1;
    }
    push(pEnd);
    if (out.length > before) paragraph += 1;
  }
  return out;
}

/** Words of a text in lower case, for matching and similarity. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}
