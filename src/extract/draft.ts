/**
 * The words of a candidate: a title in our own words from the category, actors and main figure (never the
 * article's sentence), a summary that condenses the evidence sentence and says whose report it is, a slug
 * id, and the article as the event's source with its kind told by its host.
 */
import type { Actor, SourceKind } from '../data/categories';
import { findStateMediaHost } from '../data/hosts';
import type { RawSource } from '../data/schema';
import { DATELINE } from './article';
import { LENGTH_WHAT } from './lengths';
import { type MergedCandidate, toneOf } from './merge';

const SIDE_NAME: Record<Actor, string> = { US: 'US', RU: 'Russia' };
const SIDE_ADJ: Record<Actor, string> = { US: 'US', RU: 'Russian' };
/** Treaties by the names articles give them, short or in full (as ministries write them), and as a title names them. */
const TREATIES: readonly (readonly [RegExp, string])[] = [
  [
    /\bNew START\b|\bTreaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms\b/i,
    'New START',
  ],
  [
    /\bINF Treaty\b|\bIntermediate[- ]Range Nuclear Forces Treaty\b|\bTreaty on (?:the Elimination of (?:Their )?)?Intermediate[- ]Range and Shorter[- ]Range Missiles\b/i,
    'the INF Treaty',
  ],
  [
    /\bABM Treaty\b|\bAnti-Ballistic Missile Treaty\b|\bTreaty on the Limitation of Anti-Ballistic Missile Systems\b/i,
    'the ABM Treaty',
  ],
  [/\bOpen Skies Treaty\b|\bTreaty on Open Skies\b/i, 'the Open Skies Treaty'],
  [/\bCFE Treaty\b|\bTreaty on Conventional Armed Forces in Europe\b/i, 'the CFE Treaty'],
  [/\bSTART II\b/i, 'START II'],
  [/\bSTART I\b/i, 'START I'],
  [/\bComprehensive (?:Nuclear-)?Test[- ]Ban Treaty\b|\bCTBT\b/i, 'the Comprehensive Test Ban Treaty'],
  [/\bplutonium[- ]disposition agreement\b/i, 'the plutonium disposition agreement'],
];

/** The treaty the evidence names first, as a title names it. */
function treatyIn(text: string): string | undefined {
  let first: { at: number; name: string } | undefined;
  for (const [pattern, name] of TREATIES) {
    const at = pattern.exec(text)?.index;
    if (at !== undefined && (!first || at < first.at)) first = { at, name };
  }
  return first?.name;
}

function who(actors: readonly Actor[], names: readonly string[]): string {
  const people = [...new Set(names)].slice(0, 2);
  if (actors.length === 2) return people.length === 2 ? `${people[0]} and ${people[1]}` : 'US and Russia';
  const [side = 'US'] = actors;
  return SIDE_NAME[side];
}

/** A one-line title in our words: "US expels 10 Russian diplomats", "Biden and Putin hold a summit". */
export function draftTitle(c: MergedCandidate): string {
  const first = c.parts[0];
  if (!first) return 'Candidate event';
  const actors = first.actors;
  const names = c.parts.flatMap((p) => p.names);
  const subject = who(actors, names);
  const [side = 'US'] = actors;
  const them = side === 'US' ? 'RU' : 'US';
  // What the act counts (diplomats, targets), not a length or a sum: "expels 7 days given to leave" reads wrong.
  const fig = c.figures.find((f) => !LENGTH_WHAT.test(f.what) && !/^(?:US dollars|euros)/.test(f.what));
  const counted = fig ? `${fig.value} ${fig.what}` : '';
  const evidence = c.parts.map((p) => p.analysis.sentence.text).join(' ');
  const treaty = treatyIn(evidence);
  // Two sides take the plural of the gist's first word: "withdraws from" → "withdraw from", "ratifies" → "ratify".
  const verb = (s: string) => (actors.length === 2 ? s.replace(/^(\S+?)ies\b/, '$1y').replace(/^(\S+?)s\b/, '$1') : s);
  switch (first.category) {
    case 'sanctions':
      if (first.gist === 'lifts sanctions') return `${subject} lifts sanctions on ${SIDE_ADJ[them]} targets`;
      return counted ? `${subject} sanctions ${counted}` : `${subject} imposes sanctions on ${SIDE_ADJ[them]} targets`;
    case 'expulsion':
      if (first.gist === 'closes') return `${subject} closes ${SIDE_ADJ[them]} diplomatic premises`;
      if (first.gist === 'cuts mission staff') return `${subject} limits the ${SIDE_ADJ[them]} mission's staff`;
      if (actors.length === 2) return `${subject} expel each other's diplomats`;
      return `${subject} expels ${counted || `${SIDE_ADJ[them]} diplomats`}`;
    case 'summit':
      return `${subject} hold a summit`;
    case 'diplomacy':
      if (actors.length === 2) return `${subject} ${/call/.test(first.gist) ? 'hold a call' : 'hold talks'}`;
      if (first.gist === 'recalls its ambassador') return `${subject} recalls its ambassador from ${SIDE_NAME[them]}`;
      if (first.gist === 'summons the envoy of') return `${subject} summons the ${SIDE_ADJ[them]} envoy`;
      if (first.gist === 'recognises') return `${subject} recognises breakaway regions as states`;
      if (first.gist === 'vetoes')
        return `${subject} ${/^veto/i.test(first.trigger.text) ? 'vetoes' : 'votes against'} a ${SIDE_ADJ[them]}-backed draft`;
      if (/^(?:meets|calls|holds)/.test(first.gist)) return `${subject} holds talks with ${SIDE_NAME[them]}`;
      return `${subject} ${first.gist} ${SIDE_NAME[them]}`;
    case 'arms-control':
      if (/^(?:meets|holds)/.test(first.gist))
        return `${subject} ${verb('holds')} talks on ${treaty ?? 'arms control'}`;
      if (first.gist === 'cuts its arsenal') return `${subject} ${verb('pledges')} cuts in nuclear arms`;
      if (first.gist === 'agrees') return `${subject} ${verb('agrees')} on ${treaty ?? 'arms control'}`;
      // "citing alleged violations of the Treaty by Russia": an accusation (candidates.ts), whatever the trigger.
      if (first.gist === 'accuses of violating' || first.gist === 'accuses')
        return `${subject} accuses ${SIDE_NAME[them]} of violating ${treaty ?? 'an arms-control treaty'}`;
      return `${subject} ${verb(first.gist)} ${treaty ?? 'arms-control commitments'}`;
    case 'prisoners':
      if (actors.length === 2 || first.gist === 'exchange prisoners') return `${subject} exchange prisoners`;
      if (first.gist === 'frees') return `${subject} frees a ${SIDE_ADJ[them]} prisoner`;
      if (/sentenc/i.test(first.trigger.text))
        return `${SIDE_ADJ[side]} court sentences a ${SIDE_ADJ[them]} citizen${fig && /years/.test(fig.what) ? ` to ${fig.value} years` : ''}`;
      return `${subject} ${/charg/i.test(first.trigger.text) ? 'charges' : 'detains'} a ${SIDE_ADJ[them]} citizen`;
    case 'military':
      if (first.gist === 'signs' || first.gist === 'agrees')
        return `${subject} ${verb(first.gist)} a military agreement`;
      if (first.gist === 'annexes') return `${subject} annexes territory`;
      if (first.gist === 'sends forces into') return `${subject} sends in its forces`;
      return `${SIDE_ADJ[side]} military action involving ${SIDE_ADJ[them]} forces`;
    case 'cyber':
      return first.gist === 'charges'
        ? `${subject} charges Russians over hacking or interference`
        : first.gist === 'accuses of election interference'
          ? `${subject} accuses ${SIDE_NAME[them] === 'US' ? 'the US' : SIDE_NAME[them]} of election interference`
          : `${subject} ${first.gist} ${SIDE_NAME[them]}`;
    case 'statement': {
      if (first.gist === 'denies') return `${subject} rejects ${SIDE_ADJ[them]} accusations`;
      if (actors.length === 2) return `${subject} issue a statement`;
      const tone = toneOf(c);
      return `${subject} ${tone < 0 ? 'criticises' : tone > 0 ? 'welcomes a step by' : 'comments on'} ${SIDE_NAME[them] === 'US' ? 'the US' : SIDE_NAME[them]}`;
    }
    case 'law':
      if (actors.length === 2) return `${subject} adopt a measure on their relations`;
      return `${subject} adopts a measure aimed at ${SIDE_NAME[them]}`;
    case 'economy':
      if (actors.length === 2) return `${subject} ${first.tone > 0 ? 'ease' : 'restrict'} trade between them`;
      return `${subject} ${first.tone > 0 ? 'eases' : 'restricts'} trade with ${SIDE_NAME[them]}`;
    default:
      return actors.length === 2
        ? `${subject} agree to cooperate`
        : `${subject} and ${SIDE_NAME[them]} agree to cooperate`;
  }
}

/** The evidence sentence condensed: no leading time words, no trailing attribution, no parenthesis; at most 240 characters. */
export function condense(sentence: string): string {
  let s = sentence
    // A dateline ("WASHINGTON, April 15 (Wire) — ") says where the report was filed, not what happened.
    .replace(DATELINE, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/^["“]|["”]$/g, '')
    .replace(
      /,?\s+(?:the\s+)?[\p{L}.' -]{2,60}\s+(?:said|says|reported|told reporters|announced)(?:\s+on\s+\p{L}+)?\.?$/u,
      '.',
    );
  if (s.length > 240) s = `${s.slice(0, 240).replace(/[,;]?\s+\S*$/, '')}…`;
  // A sentence cut short ends with its ellipsis, not a full stop after it.
  return s.endsWith('…') ? s : s.replace(/\s*\.?$/, '.');
}

export function draftSummary(c: MergedCandidate, publisher: string, dated: boolean): string {
  const first = c.parts[0];
  const sentence = first ? condense(first.analysis.sentence.text) : '';
  const lead = `${publisher} reports: ${sentence}`;
  const notes: string[] = [];
  if (!dated)
    notes.push('The article gives no date for this act: the publication month stands in, with low confidence.');
  return [lead, ...notes].join(' ');
}

export function slugId(date: string, title: string, taken: Set<string>): string {
  const words = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/[\s-]+/)
    .filter((w) => w && !['a', 'an', 'the', 'of', 'on', 'to', 'and'].includes(w))
    .slice(0, 7);
  const base = `${date}-${words.join('-')}`;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const GOVERNMENT_US = /(?:^|\.)(?:[a-z0-9-]+\.)*(?:gov|mil|usembassy\.gov)$/;
const GOVERNMENT_RU =
  /(?:^|\.)(?:kremlin\.ru|mid\.ru|government\.ru|gov\.ru|duma\.gov\.ru|council\.gov\.ru|mil\.ru|russianembassy\.org|russiaun\.ru)$/;

export function sourceKind(url: string): SourceKind {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'news';
  }
  if (findStateMediaHost(url) !== null) return 'state-media';
  if (GOVERNMENT_RU.test(host)) return 'government-ru';
  if (GOVERNMENT_US.test(host)) return 'government-us';
  return 'news';
}

export function draftSource(url: string, title: string, publisher: string, published: string): RawSource {
  return { url, title, publisher, date: published, kind: sourceKind(url) };
}
