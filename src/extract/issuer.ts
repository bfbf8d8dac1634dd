/**
 * The government that issued a document: a White House statement, a State Department or Treasury release, a
 * Kremlin readout, a Foreign Ministry comment. Such a document names its issuer in a short heading line before
 * the body, and may give its day on a line of its own; "I condemn" and "We reject" in its body are the issuer's.
 */
import type { Actor } from '../data/categories';
import type { SentenceAnalysis } from './candidates';

/** Headings that name an issuing body, Russian ones first (so "Embassy of Russia" is not read as US). */
const ISSUERS: ReadonlyArray<readonly [Actor, RegExp]> = [
  [
    'RU',
    /\b(?:the Kremlin|President of Russia|Ministry of Foreign Affairs of the Russian Federation|Russian Foreign Ministry|Foreign Ministry of Russia|Embassy of Russia|Russian Embassy|Government of the Russian Federation)\b/i,
  ],
  [
    'US',
    /\b(?:the White House|Office of the Press Secretary|(?:U\.S\. )?Department of State|State Department|(?:U\.S\. )?Department of the Treasury|Treasury Department|Office of the Spokesperson|U\.S\. Embassy|Embassy of the United States)\b/i,
  ],
];

/** What a date line may hold beside its date: an hour ("20:00", "2:15 p.m.") and a place of a few names. */
const DATE_LINE_REST =
  /^[\s,.—–-]*(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?[\s,.—–-]*)?(?:(?:the|The)\s+)?(?:(?:(?:of|the|and|for)\s+)*\p{Lu}[\p{L}.'’-]*[\s,.—–-]*){0,6}$/u;

/** A weekday before a date written out: "Friday, 6 August 2004". */
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b,?/;

/** A heading is a short line of the document's top that reports no act. */
const HEADING_CHARS = 90;

export interface Issuer {
  readonly side: Actor;
  /** The day a line of its own gives ("December 17, 2017"), else null. */
  readonly day: string | null;
  /** Index of the heading line that gives the day, so that only the line just after it takes it. */
  readonly dayLine: number;
}

/** The issuer named in the document's headings (its first five lines), or null for a news report. */
export function findIssuer(analyses: readonly SentenceAnalysis[]): Issuer | null {
  const headings = analyses.slice(0, 5).filter((a) => a.sentence.text.length <= HEADING_CHARS && a.hits.length === 0);
  const found = headings
    .map((a) => ISSUERS.find(([, re]) => re.test(a.sentence.text)))
    .find((issuer) => issuer !== undefined);
  if (!found) return null;
  const [side, named] = found;
  const issuerName = new RegExp(named.source, 'gi');
  // A line that is only a date, with at most the hour, the place and the issuer's name: "March 15, 2018",
  // "March 18, 2025, 20:00, The Kremlin, Moscow", "Ministry of Foreign Affairs of the Russian Federation | Friday,
  // 6 August 2004", "President of Russia, the Kremlin — 17 December 2017".
  const dateLine = headings.find(
    (a) =>
      a.dates.length === 1 &&
      a.dates[0]?.precision === 'day' &&
      DATE_LINE_REST.test(
        a.sentence.text
          .replace(a.dates[0].text, '')
          .replace(issuerName, '')
          .replace(WEEKDAY, '')
          .replace(/\s\|\s/g, ', '),
      ),
  );
  return { side, day: dateLine?.dates[0]?.date ?? null, dayLine: dateLine?.sentence.index ?? -1 };
}

/** "I condemn…", "We reject…": the issuer speaking in the first person, opening a clause. */
export const FIRST_PERSON =
  /(?:^|[.;:]\s+|,\s*(?:and|but)\s+)["“]?\s*(?:I|We)\s+(?:(?:strongly|firmly|categorically|also)\s+)?(?:condemn|denounce|deplore|reject|protest|call on|urge|demand|regret|welcome|congratulate)\b/;

/**
 * The issuer's own act in the present perfect or the present progressive: "I have ordered", "we have issued", "the
 * Department has designated", "the Department of the Treasury is designating", "the United States is today imposing".
 */
const OWN_SUBJECT =
  '\\b(?:I|[Ww]e|[Tt]he (?:Department|Ministry|Treasury|Government|Administration|United States)(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}\\p{L}+)*)\\s+(?:\\p{L}+ly\\s+)?';
const OWN_PERFECT = new RegExp(`${OWN_SUBJECT}(?:have|has)\\s+(?:also\\s+)?$`, 'u');
const OWN_PROGRESSIVE = new RegExp(`${OWN_SUBJECT}(?:is|are|am)\\s+(?:(?:also|today|now)\\s+)*$`, 'u');
/** Whether the trigger at `at` is the issuer's own act, told in the present perfect or progressive. */
export function ownPerfect(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 70), at);
  return OWN_PERFECT.test(before) || (OWN_PROGRESSIVE.test(before) && /^\p{L}+ing\b/u.test(text.slice(at)));
}
