/**
 * Mentions of the two governments in a sentence, each with the part it plays there: an `agent` that can act
 * ("the Kremlin", "Russian officials", "Blinken"), a `target` ("Russian banks", "sanctions on Russia"), a
 * `partner` ("talks with Moscow"), a `place` ("in Moscow") or `inactive` (a former official, a person out of
 * office on the day). Which mention is the actor of an act is decided in candidates.ts.
 */
import { entriesNamed, type GazetteerEntry, isInOffice, NAME_PATTERN, type Side } from './gazetteer';

export type MentionRole = 'agent' | 'target' | 'partner' | 'place' | 'passive-agent' | 'inactive';

export interface ActorMention {
  /** Offsets into the sentence. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly side: Side;
  readonly role: MentionRole;
  readonly entry: GazetteerEntry;
}

/** Nouns that make a nationality an acting government: "Russian officials", "US forces". */
const GOV_NOUN =
  /^(officials?|authorities|government|administration|decision|move|demand|step|request|proposal|measures|response|retaliation|statement|ultimatum|diplomats?|envoys?|ambassador|embassy|mission|consulate|president|leader|prime|foreign|defen[cs]e|minister|ministry|military|forces|troops|army|navy|air|jets?|warplanes?|fighters?|fighter|bombers?|warships?|submarines?|prosecutors?|court|judge|investigators|intelligence|spy|spies|security|border|police|lawmakers|parliament|legislators|senators|negotiators|delegation|side|counterparts?|spokes(?:man|woman|person)|press|special|Treasury|Justice|State|Senate|Congress|Navy|Army|Air|Cyber|Defense|Defence|hackers|operatives|agents|officers|regulators|customs|central|Foreign|Defense|Embassy|President|Prime|Ambassador|Deputy|deputy|top|senior)$/;
/** A model of military craft after the adjective: "a Russian Su-35 fighter", "two Russian Tu-95 bombers". */
const MODEL_CRAFT =
  /^\s+\p{Lu}[\p{L}]*-\d+\w*\s+(?:fighters?|jets?|bombers?|warplanes?|aircraft|planes?|helicopters?|interceptors?)\b/u;
/** Past tenses without -ed: "the United States told Russia" is the country acting, not an adjective. */
const IRREGULAR_PAST =
  /^(?:told|gave|sent|took|made|began|went|met|said|won|held|sold|struck|left|put|set|cut|let|led|brought|sought|fought|wrote|spoke|broke|chose|drew|threw|knew|saw|became|came|ran|rose|stood|withdrew|froze|shut|hit|kept|lost|paid|built|spent|found|heard|bound|swore|undertook|overtook|forbade|upheld|withheld)$/;
/** Words after a name that make it something else: "Washington Post", "Moscow Exchange", "America's Cup". */
const NOT_A_GOVERNMENT =
  /^(Post|Times|Examiner|Exchange|Stock|Today|Institute|University|Center|Centre|Mule|Dynamo|Spartak|Cup)\b/;
/** "Bank of Russia", "Latin America": not the government; but "the President of Russia" is ("of" after an office). */
const BEFORE_NOT_A_GOVERNMENT = /(?:\bLatin|\bNorth|\bSouth|\bCentral|Radio Free|Voice of)\s+$/;
/**
 * In English news "the administration" (or "his administration", "the Administration") is Washington's executive;
 * any other word before it names another ("the presidential administration", "a coalition administration",
 * "Putin's administration"), and "the administration of …" is the act of administering.
 */
const isOtherAdministration = (name: string, before: string, next: string) =>
  /^[Aa]dministration$/.test(name) &&
  (!/(?:^|\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]his))\s*$/.test(before) || /^\s+of\b/.test(next));
/** Capitalised words up to "Act": the rest of a law's title. */
const LAW_TITLE_AFTER = /^(?:\s+(?:and|of|the|for|on|to|\p{Lu}[\p{L}'’.-]*))*?\s+Act\b/u;
/** "of" before a country's name ("Bank of Russia") but not before an adjective ("a column of Russian tanks"). */
const OF_BEFORE =
  /(?<!\b(?:President|Prime Minister|Minister|Ministry|Government|Embassy|Ambassador|Secretary|Department|Foreign Affairs|Defen[cs]e|Federation Council|Duma|Congress|(?:foreign |defen[cs]e |prime )?ministers|presidents|leaders|governments|delegations) )\bof\s+$/;

const PLACE_BEFORE =
  /\b(?:in|to|from|at|near|into|across|outside|inside|throughout|around|via|visit|visits|visited|visiting|toward|towards|left|leave|leaving|arrived|returned|flew|back to|entering|enter|enters)\s+(?:the\s+|an?\s+)?$/i;
const TARGET_BEFORE = /\b(?:on|against|over|upon|targeting|punish|punishing)\s+(?:the\s+)?$/i;
const PARTNER_BEFORE = /\b(?:with|between|among)\s+(?:the\s+)?$/i;
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;
const FORMER_BEFORE = /\b(?:former|ex-|then-former|retired|late)\s*(?:\p{L}+\s+){0,3}$/iu;
/** The text with middle initials dropped: "James A. Baker" is "James Baker". */
export function withoutInitials(text: string): string {
  return text.replace(/(\p{Lu}[\p{L}'’-]+)\s+\p{Lu}\.\s+(?=\p{Lu})/gu, '$1 ');
}
const JOINED_BEFORE = /^\s*(?:,|and|or|,\s*and)\s+(?:the\s+)?$/;

export interface MentionContext {
  /** The act's day (ISO), or the publication day while the act's date is not known: terms are checked on it. */
  readonly dayIso: string;
  /** The article's text, where the full name of an ambiguous surname must appear. */
  readonly articleText: string;
  /** The same text without middle initials (withoutInitials), computed once per article; else computed here. */
  readonly articleTextWithoutInitials?: string;
}

/** Nouns after "US" or "Russian" that name what is acted on, not who acts. */
const TARGET_NOUN =
  /^(?:citizens?|nationals?|compan(?:y|ies)|banks?|firms?|entit(?:y|ies)|individuals|oligarchs?|businessm[ae]n|journalists?|reporters?|teachers?|students?|players?|veterans?|interests|assets|elections?|sanctions|products|exports|imports|goods|media|outlets|drones?|ships?|vessels?|tankers?|oil|gas|debt|bonds|soil|territory|airspace|warheads|missiles|nuclear|relations|ties|counterparts?)$/;

function personTitled(before: string): boolean {
  return /\b(?:[Ss]ecretary|[Ss]pokes(?:man|woman|person)|[Aa]mbassador|[Ee]nvoy|[Mm]inister|[Aa]dviser|[Dd]irector|[Pp]resident|[Gg]eneral|[Aa]ttorney)\s+$/.test(
    before,
  );
}

const TITLE_WORDS =
  'President|Vice President|Secretary(?: of State| of Defen[cs]e)?|Ambassador|Senator|Minister|Foreign Minister|Defen[cs]e Minister|Spokes(?:man|woman)|Gen\\.|General|Adm\\.|Admiral';

/** "Mr. Clinton" in an article that also says "President Clinton": the title elsewhere tells who the surname is. */
function titledElsewhere(name: string, articleText: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name)) return false;
  return new RegExp(`\\b(?:${TITLE_WORDS})\\s+${name}\\b`, 'u').test(articleText);
}

/** The entry a name stands for here, and whether it acts (a person out of office does not). */
function pickEntry(
  name: string,
  before: string,
  next: string,
  ctx: MentionContext,
): { entry: GazetteerEntry; active: boolean } | null {
  const all = entriesNamed(name);
  const nextWord = /^\s+([\p{L}-]+)/u.exec(next)?.[1] ?? '';
  const adjective = all.find((e) => e.kind === 'adjective');
  const others = all.filter((e) => e.kind !== 'adjective');
  if (adjective) {
    if (others.length === 0 || GOV_NOUN.test(nextWord) || TARGET_NOUN.test(nextWord))
      return { entry: adjective, active: true };
    // "US teacher" is a target, "US says" an actor: verbs after a country end in -s or -ed, adverbs in -ly, and a
    // time may come between ("The United States yesterday told Russia").
    if (
      /^\p{Ll}/u.test(nextWord) &&
      !/(?:ed|s|ly)$/.test(nextWord) &&
      !/^(?:and|or|to|on|in|has|had|will|would|could|may|might|must|is|was|also|last|this|on|yesterday|today|tonight|then|later|now|again|already|still|first|once|finally)$/.test(
        nextWord,
      ) &&
      !IRREGULAR_PAST.test(nextWord)
    ) {
      return { entry: adjective, active: true };
    }
  }
  const people = others.filter((e) => e.kind === 'person');
  if (people.length === 0) return others[0] ? { entry: others[0], active: true } : null;
  const unlocked = people.filter(
    (e) =>
      !e.ambiguous ||
      e.fullNames.includes(name) ||
      e.fullNames.some(
        (f) =>
          ctx.articleText.includes(f) ||
          (ctx.articleTextWithoutInitials ?? withoutInitials(ctx.articleText)).includes(f),
      ) ||
      e.fullNames.includes(`${/(\p{Lu}[\p{L}'’-]+)\s+(?:\p{Lu}\.\s+)?$/u.exec(before)?.[1] ?? ''} ${name}`) ||
      personTitled(before) ||
      titledElsewhere(name, ctx.articleText),
  );
  if (unlocked.length === 0) return null;
  const inOffice = unlocked.find((e) => isInOffice(e, ctx.dayIso));
  return inOffice ? { entry: inOffice, active: true } : { entry: unlocked[0] as GazetteerEntry, active: false };
}

function roleOf(entry: GazetteerEntry, active: boolean, before: string, next: string): MentionRole {
  if (!active || (entry.kind === 'person' && FORMER_BEFORE.test(before.slice(-40)))) {
    return 'inactive';
  }
  const nextWord = /^\s+([\p{L}-]+)/u.exec(next)?.[1] ?? '';
  const near = before.slice(-30);
  if (entry.kind === 'place') return 'place';
  if (BY_BEFORE.test(near)) return 'passive-agent';
  if (PARTNER_BEFORE.test(near)) return 'partner';
  if (entry.kind === 'adjective') return GOV_NOUN.test(nextWord) || MODEL_CRAFT.test(next) ? 'agent' : 'target';
  if (entry.kind === 'country' && PLACE_BEFORE.test(near)) return 'place';
  if (TARGET_BEFORE.test(near)) return 'target';
  if (PARTNER_BEFORE.test(near)) return 'partner';
  return 'agent';
}

/** "Trump's envoys", "Putin’s aide": the person speaks through someone else, who is the one present. */
export function isPossessive(m: ActorMention): boolean {
  return /['’]s$/.test(m.text);
}

/** A president in office named as taking part, not in the possessive ("Trump's envoys"). */
export function isPresidentPresent(m: ActorMention): boolean {
  return m.entry.office === 'president' && m.role !== 'inactive' && !isPossessive(m);
}

export function findActorMentions(sentence: string, ctx: MentionContext): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of sentence.matchAll(NAME_PATTERN)) {
    const name = m[1] ?? '';
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = sentence.slice(Math.max(0, start - 60), start);
    const next = sentence.slice(end, end + 40);
    if (NOT_A_GOVERNMENT.test(next.trimStart()) || BEFORE_NOT_A_GOVERNMENT.test(before)) continue;
    if (isOtherAdministration(name, before, next)) continue;
    // A name inside a law's title ("the Russia and Moldova Jackson-Vanik Repeal … Act of 2012") names no actor.
    if (LAW_TITLE_AFTER.test(sentence.slice(end, end + 160))) continue;
    const picked = pickEntry(name, before, next, ctx);
    if (!picked || (OF_BEFORE.test(before) && picked.entry.kind !== 'adjective')) continue;
    const { entry } = picked;
    const prev = out[out.length - 1];
    let role = roleOf(entry, picked.active, before, next);
    const joined = prev !== undefined && JOINED_BEFORE.test(sentence.slice(prev.end, start));
    // "American and Russian diplomats": adjectives in a list share the noun after the last, and so its role.
    if (prev && joined && entry.kind === 'adjective' && prev.entry.kind === 'adjective') {
      out[out.length - 1] = { ...prev, role };
    }
    // "sanctions on Russia and Belarus", "between Washington and Moscow": a list shares its first member's role.
    // A person after a comma is in apposition, not in the list: "the ambassador to Russia, Alexander X, said".
    else if (prev && prev.role !== 'agent' && joined && !(entry.kind === 'person' && prev.entry.kind !== 'person'))
      role = prev.role;
    // "Russian President Vladimir Putin": one mention, the person's.
    if (prev && sentence.slice(prev.end, start).trim() === '' && prev.side === entry.side) {
      out[out.length - 1] = {
        ...prev,
        end,
        text: sentence.slice(prev.start, end),
        entry,
        role: prev.role === 'agent' || role === 'agent' ? role : prev.role,
      };
      continue;
    }
    out.push({ start, end, text: m[0], side: entry.side, role, entry });
  }
  return out;
}

/** One name for each side, a person's before a body's: "Trump and Putin", not "Kremlin and Putin". */
export function namesBySide(mentions: readonly ActorMention[]): string[] {
  const named = mentions.filter((m) => (m.entry.kind === 'person' && !isPossessive(m)) || m.entry.kind === 'body');
  const bySide = new Map<string, string>();
  for (const m of [...named].sort((x, y) => Number(y.entry.kind === 'person') - Number(x.entry.kind === 'person')))
    if (!bySide.has(m.side)) bySide.set(m.side, m.entry.label);
  return [...bySide.values()];
}
