/**
 * Whose citizens an article names: "American basketball player Brittney Griner", "Paul Whelan, a former US
 * Marine", "Roman Seleznev, the son of a Russian lawmaker". One side holding, charging or sentencing someone is a
 * US–Russia act only when that someone is the other side's; "police detained hundreds in Moscow" is not.
 */
import type { Actor } from '../data/categories';
import type { ActorMention } from './actors';
import { entriesNamed } from './gazetteer';

const NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}`;
/** A nationality or a country's name, not captured. */
const NATION_WORD = String.raw`(?:American|U\.S\.|US|United States|Russian|Russia['’]s|Soviet)(?![\p{L}])`;
const NATION = `(${NATION_WORD})`;
/**
 * Who a citizen is: "American basketball star", "Russian arms dealer", "U.S. Army Staff Sgt."; the nearest
 * nationality names it ("Russian court sentences U.S. reporter Gershkovich": American).
 */
const PERSON = String.raw`(?:(?!${NATION_WORD}|Russia\b|United\b)[\p{L}.-]+\s+){0,3}?(?:citizens?|nationals?|player|star|journalist|reporter|correspondent|dealer|hacker|businessman|businesswoman|executive|investor|teacher|student|soldier|Sgt\.|sergeant|Marine|veteran|officer|pilot|spy|ballerina|dancer|musician|worker|man|woman|tourist|scholar|scientist|academic|programmer|entrepreneur|activist|dissident|lawyer|mercenary|smuggler)`;
/** "American journalist Evan Gershkovich", "Russian arms dealer Viktor Bout", "Russian citizen Roman Seleznev". */
const BEFORE_NAME = new RegExp(String.raw`${NATION}\s+${PERSON}\s+(${NAME})`, 'gu');
/** "Paul Whelan, a former US Marine", "Ksenia Karelina, a Los Angeles spa worker with U.S. citizenship", "Mr. Reed, 29, an American student". */
const AFTER_NAME = new RegExp(
  String.raw`(${NAME}),\s+(?:\d{1,3},\s+)?(?:(?:an?|the|who\s+(?:is|was|holds)(?:\s+an?)?)\s+)(?:[\p{L}.-]+\s+){0,5}?${NATION}`,
  'gu',
);
/**
 * What marks an American without the word: a hometown in a state, a Marine, a reporter for an American paper or
 * broadcaster ("Trevor Reed, a former Marine from Texas", "Wall Street Journal reporter Evan Gershkovich"). Not Georgia,
 * which in these articles is as often the country.
 */
const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming';
const US_OUTLET =
  '(?:The\\s+)?(?:Wall Street Journal|New York Times|Washington Post|Associated Press|Radio Free Europe(?:\\/Radio Liberty)?|RFE\\/RL|Voice of America)';
const US_MARK = String.raw`(?:(?:[\p{L}.-]+\s+){0,5}?from\s+(?:${US_STATES})\b|(?:former\s+)?(?:U\.S\.\s+)?Marine\b|(?:[\p{L}.-]+\s+){0,2}?(?:${US_OUTLET}\s+(?:reporter|correspondent|journalist|editor)|(?:reporter|correspondent|journalist|editor)\s+(?:for|with|of|at)\s+${US_OUTLET}))`;
const MARKED_AFTER = new RegExp(String.raw`(${NAME}),\s+(?:\d{1,3},\s+)?(?:an?|the)\s+${US_MARK}`, 'gu');
const MARKED_BEFORE = new RegExp(
  String.raw`(?:(?:former\s+)?(?:U\.S\.\s+)?Marine|${US_OUTLET}\s+(?:reporter|correspondent|journalist))\s+(${NAME})`,
  'gu',
);

/** Common words that start a sentence or follow a nationality without being anyone's name. */
const NOT_A_NAME =
  /^(?:The|A|An|In|On|At|He|She|They|It|Embassy|Foreign|Ministry|Government|President|State|Department|Treasury|Justice|Navy|Army|Air|Marine|Marines|Federation|Senate|Congress|Court|Citizen|Mr|Ms|Mrs|Dr|United|States|Russia|America|Moscow|Washington|Kremlin|White|House)$/;

/** The side a nationality or country names, by the gazetteer ("American", "U.S.", "Russia's", "Russians"). */
function sideOf(nation: string): Actor {
  const word = nation.replace(/['’]s$/, '').replace(/(?<=^(?:American|Russian))s$/, '');
  // "Viktor Bout, the former Soviet military officer": a Soviet citizen of these articles is Russia's.
  return word === 'Soviet' || entriesNamed(word).some((e) => e.side === 'RU') ? 'RU' : 'US';
}

/** Surnames of the article's named citizens of either side, with the side. */
export function findNationals(text: string): ReadonlyMap<string, Actor> {
  const out = new Map<string, Actor>();
  const add = (name: string, nation: string): void => {
    const words = name.split(/\s+/).filter((w) => !NOT_A_NAME.test(w.replace(/\.$/, '')) && !/^\p{Lu}\.$/u.test(w));
    const surname = words[words.length - 1];
    if (surname && surname.length > 2 && !out.has(surname)) out.set(surname, sideOf(nation));
  };
  for (const m of text.matchAll(BEFORE_NAME)) add(m[2] ?? '', m[1] ?? '');
  for (const m of text.matchAll(AFTER_NAME)) add(m[1] ?? '', m[2] ?? '');
  for (const m of [...text.matchAll(MARKED_AFTER), ...text.matchAll(MARKED_BEFORE)]) add(m[1] ?? '', 'American');
  return out;
}

/** A surname as a word of its own. */
const surnameWord = (surname: string) => new RegExp(String.raw`(?<![\p{L}])${surname}(?![\p{L}])`, 'u');

/** The side of the first of the article's nationals this text names, or null. */
export function firstNational(text: string, nationals: ReadonlyMap<string, Actor> = new Map()): Actor | null {
  let first: { at: number; side: Actor } | null = null;
  for (const [surname, side] of nationals) {
    const at = text.search(surnameWord(surname));
    if (at >= 0 && (!first || at < first.at)) first = { at, side };
  }
  return first?.side ?? null;
}

/** The text names a citizen of `side` among the article's nationals. */
export function namesNational(text: string, nationals: ReadonlyMap<string, Actor>, side: Actor): boolean {
  for (const [surname, s] of nationals) {
    if (s === side && surnameWord(surname).test(text)) return true;
  }
  return false;
}

/** "an American citizen", "Americans", "a Russian businessman": people of a side, not its officials. */
const PEOPLE_OF = new RegExp(
  String.raw`${NATION}\s+${PERSON}\b|\b(Americans|Russians)\b|\b(?:agents?|spies|officers|operatives|citizens|nationals)\s+(?:of|for|from)\s+(?:the\s+)?${NATION}`,
  'gu',
);

function namesPeopleOf(text: string, side: Actor): boolean {
  for (const m of text.matchAll(PEOPLE_OF)) if (sideOf(m[1] ?? m[2] ?? m[3] ?? '') === side) return true;
  return false;
}

/**
 * The sentence names someone of the other side than `actor`: a mention, a named citizen, or "him" or "her"
 * after a sentence that names the other side's people.
 */
export function holdsOtherSide(
  mentions: readonly ActorMention[],
  text: string,
  actor: Actor,
  previousText: string,
  nationals: ReadonlyMap<string, Actor> = new Map(),
): boolean {
  const other: Actor = actor === 'US' ? 'RU' : 'US';
  if (mentions.some((m) => m.side === other && m.role !== 'place')) return true;
  if (namesNational(text, nationals, other)) return true;
  return (
    /\b(?:him|her|them|he|she|they|his|the (?:man|woman|couple|pair))\b/i.test(text) &&
    (namesPeopleOf(previousText, other) || namesNational(previousText, nationals, other))
  );
}
