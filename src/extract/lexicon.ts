/**
 * Verb classes written as bases and turned into every inflection by rule, so that a class lists "terminate"
 * once and matches "terminates", "terminated" and "terminating"; irregular pasts ("froze", "sat") come from
 * a small table. A phrasal verb inflects its first word ("sit down with" → "sat down with"). Also the few word
 * patterns several trigger rules share.
 */
const IRREGULAR: Record<string, readonly string[]> = {
  break: ['broke', 'broken'],
  bring: ['brought'],
  cancel: ['cancelled', 'canceled', 'cancelling'],
  come: ['came'],
  cut: ['cut'],
  drive: ['drove', 'driven'],
  fly: ['flew', 'flown'],
  fire: ['fired'],
  freeze: ['froze', 'frozen'],
  give: ['gave', 'given'],
  hit: ['hit'],
  hold: ['held'],
  keep: ['kept'],
  lay: ['laid'],
  meet: ['met'],
  put: ['put'],
  run: ['ran'],
  send: ['sent'],
  quit: ['quit'],
  set: ['set'],
  shoot: ['shot'],
  shut: ['shut'],
  sit: ['sat'],
  speak: ['spoke', 'spoken'],
  strike: ['struck'],
  take: ['took', 'taken'],
  tear: ['tore', 'torn'],
  withdraw: ['withdrew', 'withdrawn'],
  throw: ['threw', 'thrown'],
};

/** A short verb ending consonant–vowel–consonant doubles it: "scrap" → "scrapped", "ban" → "banning". */
function doubles(base: string): boolean {
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base);
}

/** Every form of one verb: base, third person, past, participle, -ing. */
export function verbForms(base: string): string[] {
  const b = base.toLowerCase();
  const stem = doubles(b) ? b + b.slice(-1) : b;
  const third = /(?:s|sh|ch|x|z)$/.test(b) ? `${b}es` : /[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}ies` : `${b}s`;
  const past = /e$/.test(b) ? `${b}d` : /[^aeiou]y$/.test(b) ? `${b.slice(0, -1)}ied` : `${stem}ed`;
  const ing = /ie$/.test(b) ? `${b.slice(0, -2)}ying` : /[^e]e$/.test(b) ? `${b.slice(0, -1)}ing` : `${stem}ing`;
  const irregular = IRREGULAR[b];
  return [...new Set([b, third, ...(irregular ?? [past]), ing])];
}

/** A regular-expression alternation of every form of these verbs (phrasal ones inflect their first word). */
export function verbs(...bases: readonly string[]): string {
  const forms = bases.flatMap((phrase) => {
    const [head = '', ...rest] = phrase.split(' ');
    const tail = rest.length > 0 ? `\\s+${rest.join('\\s+')}` : '';
    return verbForms(head).map((f) => f + tail);
  });
  // Longest first, so that "terminated" is tried before "terminate".
  return `(?:${[...new Set(forms)].sort((a, b) => b.length - a.length).join('|')})`;
}

/** Two officials as one subject: "the two defense chiefs", "both ministers", "the two men". */
export const PAIR =
  '(?:two|both)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:chiefs|ministers|leaders|presidents|men|secretaries|envoys|counterparts)';
/** Spoke, then when or how: "spoke on Feb. 18", "spoke again", "talked briefly". */
export const SPOKE_THEN = '(?:spoke|talked)(?=\\s+(?:on|last|again|yesterday|today|by|briefly)\\b)';
/** A count in words or digits: "seven days", "72 hours". */
export const N =
  '(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty-eight|seventy-two)';
