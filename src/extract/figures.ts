/**
 * Numbers with what they count: "10 diplomats", "ten diplomats", "32 entities and individuals", "$5
 * billion". Where a sentence gives a total and its parts ("32 … : 16 entities and 16 individuals"), the
 * total is the figure and the parts go in its note. Dates, ages, order numbers and the like are not figures.
 */
export interface FigureMention {
  /** Offsets into the sentence. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly what: string;
  readonly note?: string;
}

const CURRENCIES: Record<string, string> = { $: 'US dollars', US$: 'US dollars', '€': 'euros', '£': 'pounds' };
const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALE: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  m: 1e6,
  bn: 1e9,
};

const WORD_NUMBER = `a dozen|two dozen|a hundred|hundreds|dozens|(?:several|a few) (?:hundred|thousand)|(?:${Object.keys(TENS).join('|')})(?:[- ](?:${Object.keys(UNITS).slice(1, 10).join('|')}))?|${Object.keys(UNITS).join('|')}`;
const NUMBER = new RegExp(
  `(?<![\\p{L}\\d.,-])(?:(US\\$|\\$|€|£)\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUMBER})(?:\\s+(hundred|thousand|million|billion|trillion)|(m|bn)\\b)?(?![\\p{L}\\d]|[.,]\\d|-year|-day|-month|-minute|-hour)`,
  'giu',
);

/** Words that end the counted phrase. */
const STOP =
  /^(?:the|a|an|to|in|on|for|from|over|who|which|that|were|was|as|with|by|at|into|under|after|before|since|said|would|will|had|have|has|and|or|but|is|are|of|last|this|per|their|its)$/i;
/** Nouns a figure can count; the phrase must end on one. */
const COUNTED =
  /^(?:\p{L}+(?:s|ies|men|people)|people|personnel|staff|police|media|children|crew|aircraft|percent|per cent|dollars|roubles|rubles|euros|barrels|tons|tonnes|minutes|hours|days|years|months|weeks|votes|seats|officials|individuals|entities|companies|banks|vessels|domains|warheads|missiles)$/iu;

function wordValue(text: string): number | null {
  const t = text.toLowerCase().replace(/,/g, '');
  if (/^\d/.test(t)) return Number(t);
  if (t === 'a dozen') return 12;
  if (t === 'two dozen') return 24;
  if (t === 'a hundred') return 100;
  if (/^(?:hundreds|dozens|several|a few)/.test(t)) return null;
  const [tens = '', unit = ''] = t.split(/[- ]/);
  if (tens in TENS) return (TENS[tens] ?? 0) + (UNITS[unit] ?? 0);
  return UNITS[t] ?? null;
}

function isDateOrCode(sentence: string, start: number, end: number, raw: string): boolean {
  const before = sentence.slice(Math.max(0, start - 14), start);
  const after = sentence.slice(end, end + 12);
  if (/^(?:19|20)\d{2}$/.test(raw) && !/^\s+(?:people|diplomats|officials|individuals|entities|companies)/.test(after))
    return true;
  if (
    /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s*$/.test(
      before,
    )
  )
    return true;
  if (/^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after))
    return true;
  return (
    /(?:No\.|Order|Resolution|Article|Section|G|Flight|COVID-|Su-|MQ-|F-|Boeing)\s*$/.test(before) ||
    /^\s*(?:a\.m\.|p\.m\.|GMT|percent of the vote)/i.test(after)
  );
}

/** Every figure in a sentence, totals and parts combined. */
export function findFigures(sentence: string): FigureMention[] {
  const found: FigureMention[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const raw = m[2] ?? '';
    const base = wordValue(raw);
    if (base === null || isDateOrCode(sentence, start, end, raw)) continue;
    // "one" is too often a pronoun ("one of the"): only before a counted noun.
    const scale = SCALE[(m[3] ?? m[4] ?? '').toLowerCase()] ?? 1;
    const value = Math.round(base * scale * 100) / 100;
    // "30 of their subsidiaries" counts subsidiaries.
    const rest = sentence.slice(end).replace(/^\s+of\s+(?:the|their|its|his|her|them)\s+/i, ' ');
    const words = rest.match(/^\s+([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,6})/u)?.[1]?.split(/\s+/) ?? [];
    const phrase: string[] = [];
    for (const [i, w] of words.entries()) {
      const next = words[i + 1] ?? '';
      // "entities and individuals" is one phrase; "16 entities and 16 individuals" two figures.
      const joins =
        w === 'and' &&
        phrase.length > 0 &&
        /^\p{Ll}/u.test(next) &&
        !/^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(next);
      if (STOP.test(w) && !joins) break;
      // "U.S." is a word; a full stop or comma after any other word ends the phrase.
      const abbreviation = /^(?:\p{L}\.)+$/u.test(w);
      phrase.push(abbreviation ? w : w.replace(/[.,;:]$/, ''));
      if (!abbreviation && /[.,;:]$/.test(w)) break;
    }
    while (phrase.length > 0 && !COUNTED.test(phrase[phrase.length - 1] ?? '')) phrase.pop();
    const currency = m[1] ? (CURRENCIES[m[1]] ?? 'US dollars') : '';
    if (phrase.length === 0 && !currency) continue;
    if (/^(?:one|a)$/i.test(raw) && phrase.length === 0) continue;
    let what = [currency, phrase.join(' ')].filter(Boolean).join(' ');
    if (/^(?:years?|months?|days?|weeks?|hours?|minutes?)$/i.test(what)) {
      // A length counts only as a prison term or a treaty's extension; "for 30 years" is background.
      if (/\b(?:sentenc|prison|jail|penal|colony)/i.test(sentence)) what = `${what} in prison`;
      else if (!/\bextend|extension/i.test(sentence)) continue;
    }
    found.push({ start, end, value, what });
  }
  return combineTotals(found);
}

/** A figure equal to the sum of two or more others in the same sentence is their total. */
export function combineTotals(figures: readonly FigureMention[]): FigureMention[] {
  const parts = new Set<FigureMention>();
  const totals = new Map<FigureMention, FigureMention[]>();
  // Largest first, so a total claims its parts before any of them is tried as a total.
  for (const total of [...figures].sort((a, b) => b.value - a.value)) {
    if (parts.has(total)) continue;
    const others = figures.filter((f) => f !== total && f.value < total.value && !parts.has(f) && !totals.has(f));
    const sub = findSubsetSum(others, total.value);
    if (!sub) continue;
    for (const p of sub) parts.add(p);
    totals.set(total, sub);
  }
  return figures
    .filter((f) => !parts.has(f))
    .map((f) => {
      const sub = totals.get(f);
      return sub ? { ...f, note: `of which ${sub.map((p) => `${p.value} ${p.what}`).join(' and ')}` } : f;
    });
}

function findSubsetSum(items: readonly FigureMention[], target: number): FigureMention[] | null {
  const n = Math.min(items.length, 8);
  for (let mask = 1; mask < 1 << n; mask += 1) {
    let sum = 0;
    const chosen: FigureMention[] = [];
    for (let i = 0; i < n; i += 1) {
      const item = items[i];
      if (item && mask & (1 << i)) {
        sum += item.value;
        chosen.push(item);
      }
    }
    if (sum === target && chosen.length >= 2) return chosen;
  }
  return null;
}
