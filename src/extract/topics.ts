/**
 * What a sentence is about, for the `topic` triggers (triggers.ts) whose category is their topic's: "signed"
 * under a treaty is arms control, under a trade deal economy.
 */
import type { CategoryId } from '../data/categories';

/** What a sentence is about, for `topic` rules, in order of precedence. */
const ARMS_ACRONYMS = /\b(?:New START|START(?: I{1,3})?|INF|ABM|CTBT|CFE)\b/;

const TOPICS: ReadonlyArray<readonly [CategoryId, RegExp]> = [
  [
    'arms-control',
    /\b(?:(?<!\b(?:investment|tax|extradition|trade|friendship|legal assistance|peace) )(?:treaty|treaties)|Open Skies|test[- ]ban|arms control|arms-control|strategic stability|warheads|nuclear (?:arms|weapons|testing|tests)|missile defen[cs]e|intermediate-range|ratif\w*)\b/i,
  ],
  [
    'sanctions',
    /\b(?:sanctions|Sanctions Act|CAATSA|asset freezes?|restrictive measures|anti-\p{L}+ (?:restrictions|measures)|export (?:controls?|control lists?|restrictions)|[Ee]ntity [Ll]ist|end-user list)\b/u,
  ],
  [
    'military',
    /\b(?:air safety|airspace|deconfliction|military|troops|forces|warships?|pilots|defen[cs]e (?:officials|ministers?|ministry|ministries|chiefs|secretary))\b/i,
  ],
  [
    'cooperation',
    /\b(?:space station|ISS|Nunn-Lugar|counter-?terrorism|non-?proliferation|chemical weapons|(?:highly )?enriched uranium|fissile material|joint (?:programme|program|initiative|declaration)|cooperation agreement|plutonium|uranium)\b/i,
  ],
  // What a settlement of a war is agreed on: a ceasefire, a truce, a peace plan.
  [
    'diplomacy',
    /\b(?:cease-?fires?|cessation of hostilities|truces?|peace (?:plan|deal|agreement|settlement|process|framework)|political settlement|de-?escalat\p{L}*|humanitarian (?:corridors?|pauses?)|settl(?:e|es|ed|ing|ement of)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:conflict|crisis|war))\b/iu,
  ],
  ['economy', /\b(?:trade|tariffs?|WTO|World Trade Organi[sz]ation|investment|oil|gas|energy deal|imports|exports)\b/i],
  ['law', /\b(?:law|bill|legislation|Act|decree|court ruling|foreign agents?)\b/],
];

function isArms(text: string): boolean {
  return ARMS_ACRONYMS.test(text) || (TOPICS[0]?.[1].test(text) ?? false);
}

/**
 * The topic of a sentence, else of the one before it, else of the article's lead ("…the New START treaty.
 * Putin signed a law ratifying the extension"). A treaty in the sentence or the one before wins.
 */
export function topicOf(sentence: string, previous = '', lead = '', sentenceOnly = false): CategoryId | null {
  if (isArms(sentence) || isArms(previous)) return 'arms-control';
  for (const text of sentenceOnly ? [sentence] : [sentence, previous]) {
    const found = TOPICS.find(([, re]) => re.test(text))?.[0];
    if (found) return found;
  }
  // The lead decides only for treaties: an article about a treaty is about it throughout.
  return isArms(lead) ? 'arms-control' : null;
}
