/**
 * Who can act for each side: the people of PEOPLE_TABLE within their terms, institutions, metonyms (the
 * Kremlin, Foggy Bottom), the countries themselves, and the third parties whose acts are not ours (the EU,
 * NATO, Ukraine…), so that "the EU sanctioned Russian banks" is not read as a US act.
 */
import type { Actor } from '../data/categories';
import { PEOPLE_TABLE } from './gazetteerPeople';

export type Side = Actor | 'third';
export type EntryKind = 'person' | 'body' | 'country' | 'adjective' | 'place';

export interface GazetteerEntry {
  readonly side: Side;
  readonly kind: EntryKind;
  /** The name shown in titles: "Putin", "State Department", "United States". */
  readonly label: string;
  /** "president", "foreign-minister", "spokesperson", "body"…: summits need both presidents. */
  readonly office: string;
  /** Terms of office as [fromIso, toIso | null]; null for institutions, which always act for their side. */
  readonly terms: ReadonlyArray<readonly [string, string | null]> | null;
  /** Full names that unlock an ambiguous surname when present in the article. */
  readonly fullNames: readonly string[];
  readonly ambiguous: boolean;
}

/** Institutions and metonyms: `SIDE | names`. The first name is the label. */
const BODIES = `
US | White House, Oval Office
US | State Department, Department of State, Foggy Bottom, State Dept.
US | Treasury Department, Treasury, Department of the Treasury, Office of Foreign Assets Control, OFAC
US | Commerce Department, Department of Commerce, Bureau of Industry and Security
US | Justice Department, Department of Justice, DOJ, federal grand jury, federal prosecutors
US | FBI, Federal Bureau of Investigation
US | Pentagon, Defense Department, Department of Defense, Department of War
US | CIA, Central Intelligence Agency, National Security Agency, National Security Council, Office of the Director of National Intelligence, ODNI, Department of Homeland Security, Cyber Command
US | Congress, Senate, House of Representatives, Capitol Hill
US | Biden administration
US | Trump administration
US | Obama administration
US | Bush administration
US | Clinton administration
US | US administration, U.S. administration, American administration, administration, Administration
US | US Embassy, U.S. Embassy, American Embassy
RU | Kremlin
RU | Foreign Ministry, Ministry of Foreign Affairs, Smolenskaya Square, Russian Embassy
RU | Defence Ministry, Defense Ministry, Ministry of Defence, Ministry of Defense, General Staff
RU | FSB, Federal Security Service, Lubyanka, SVR, Foreign Intelligence Service, GRU, Investigative Committee, Prosecutor General's Office, Roskomnadzor
RU | State Duma, Duma, Federation Council, Security Council of Russia, Russian Security Council
RU | Lefortovo court, Moscow City Court
`;

/** Countries and their metonyms (capital cities stand for their governments unless "in Moscow"). */
const COUNTRIES = `
US | United States, United States of America, U.S., US, USA, America, Washington
RU | Russia, Russian Federation, Moscow
`;

/** Cities and regions: where an act happened, never who did it ("detained in Yekaterinburg"). */
const PLACES = `
US | New York, Boston, Virginia, Maryland, New Jersey, Alaska, Anchorage, Seattle, San Francisco, Houston, Chicago, Los Angeles, Miami, Florida, Texas, California, Camp David
RU | St Petersburg, St. Petersburg, Saint Petersburg, Yekaterinburg, Kazan, Vladivostok, Novosibirsk, Kaliningrad, Sochi, Rostov, Lefortovo, Siberia
`;

/** Adjectives of nationality: they make "Russian officials" an actor and "Russian banks" a target. */
const ADJECTIVES = `
US | American, U.S., US, United States
RU | Russian, Soviet
`;

const THIRD_PARTIES =
  'European Union, EU, European Commission, Brussels, Britain, British, UK, U.K., United Kingdom, London, Ukraine, Ukrainian, Kyiv, Kiev, Zelensky, Zelenskyy, NATO, China, Chinese, Beijing, Germany, German, Berlin, France, French, Paris, Japan, Japanese, Tokyo, Canada, Canadian, Australia, Australian, G7, G20, United Nations, UN, U.N., Poland, Polish, Warsaw, Turkey, Turkish, Ankara, India, Indian, New Delhi, Iran, Iranian, Tehran, Syria, Syrian, Damascus, Belarus, Belarusian, Byelorussia, Belorussia, Minsk, Lukashenko, Armenia, Azerbaijan, Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan, Israel, Israeli, Estonia, Latvia, Lithuania, Czech Republic, Finland, Finnish, Sweden, Norway, Hungary, Hungarian, Moldova, Kazakhstan, North Korea, Pyongyang, Venezuela, Cuba, Saudi Arabia, Qatar, Switzerland, Swiss, Netherlands, Dutch, Italy, Italian, Spain';

function parseTerms(text: string): Array<readonly [string, string | null]> {
  return text.split(',').map((t) => {
    const [from = '', to = ''] = t.trim().split('..');
    return [from, to === '' ? null : to] as const;
  });
}

export interface GazetteerName {
  readonly name: string;
  readonly entry: GazetteerEntry;
}

function buildNames(): GazetteerName[] {
  const names: GazetteerName[] = [];
  for (const line of PEOPLE_TABLE.trim().split('\n')) {
    const [head = '', full = '', surnames = '', terms = ''] = line.split('|').map((s) => s.trim());
    const [side = 'US', office = ''] = head.split(' ');
    const fullNames = full.split(',').map((s) => s.trim());
    for (const raw of surnames.split(',').map((s) => s.trim())) {
      const ambiguous = raw.endsWith('?');
      const surname = raw.replace('?', '');
      const entry: GazetteerEntry = {
        side: side as Side,
        kind: 'person',
        label: surname,
        office,
        terms: parseTerms(terms),
        fullNames,
        ambiguous,
      };
      for (const name of [...fullNames, surname]) names.push({ name, entry });
    }
  }
  const table = (text: string, kind: EntryKind) => {
    for (const line of text.trim().split('\n')) {
      const [side = '', list = ''] = line.split('|').map((s) => s.trim());
      const all = list.split(',').map((s) => s.trim());
      const entry: GazetteerEntry = {
        side: side as Side,
        kind,
        label: all[0] ?? '',
        office: kind === 'body' ? 'body' : kind,
        terms: null,
        fullNames: [],
        ambiguous: false,
      };
      for (const name of all) names.push({ name, entry });
    }
  };
  table(BODIES, 'body');
  table(COUNTRIES, 'country');
  table(ADJECTIVES, 'adjective');
  table(PLACES, 'place');
  const third: GazetteerEntry = {
    side: 'third',
    kind: 'country',
    label: 'third party',
    office: 'country',
    terms: null,
    fullNames: [],
    ambiguous: false,
  };
  for (const name of THIRD_PARTIES.split(',').map((s) => s.trim())) names.push({ name, entry: third });
  return names;
}

export const GAZETTEER_NAMES: readonly GazetteerName[] = buildNames();

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pattern for every name, longest first so "Russian Federation" wins over "Russian"; a possessive
 * ("Russia's", "Moscow’s") is part of the match. Case-sensitive: "us" is not the US.
 */
export const NAME_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}.])(${[...new Set(GAZETTEER_NAMES.map((n) => n.name))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?:['’]s)?(?![\\p{L}\\p{N}]|\\.\\p{L})`,
  'gu',
);

const BY_NAME = new Map<string, GazetteerEntry[]>();
for (const { name, entry } of GAZETTEER_NAMES) BY_NAME.set(name, [...(BY_NAME.get(name) ?? []), entry]);

export function entriesNamed(name: string): readonly GazetteerEntry[] {
  return BY_NAME.get(name) ?? [];
}

/** Whether a person held office on the day (ISO "YYYY-MM-DD"); institutions always do. */
export function isInOffice(entry: GazetteerEntry, dayIso: string): boolean {
  if (entry.terms === null) return true;
  return entry.terms.some(([from, to]) => dayIso >= from && (to === null || dayIso < to));
}
