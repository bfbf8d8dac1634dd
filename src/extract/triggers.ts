/**
 * Words that report an act, by category. A rule whose category is `topic` (sign, extend, suspend,
 * withdraw…) takes its category from what the sentence is about: a treaty, a law, trade. Noun triggers
 * ("sanctions", "talks") count only with a verb that makes them happen ("imposed sanctions", "talks were
 * held"); otherwise they name an earlier act ("in response to the sanctions").
 */
import type { CategoryId } from '../data/categories';
import { N, PAIR, SPOKE_THEN, verbs } from './lexicon';

export type TriggerCategory = CategoryId | 'topic';

/**
 * How a two-sided act finds its parties: `meet` takes every side named as acting, partnering or hosting
 * (talks, calls, exchanges: "Putin met Witkoff"); `joint` only sides named together as its subject or
 * after "with" ("the US and Russia signed", "signed with Russia"), since what follows "signed" is a text.
 */
export type Mutual = 'meet' | 'joint' | false;

export interface TriggerRule {
  readonly category: TriggerCategory;
  readonly re: RegExp;
  readonly tone: number;
  readonly form: 'verb' | 'noun';
  readonly mutual: Mutual;
  /** What the title says the actor did: "expels", "sanctions", "holds talks with". */
  readonly gist: string;
  /** A verb that often only carries another trigger ("signed a law withdrawing…"): the other one wins. */
  readonly light?: boolean;
}

const W = "[\\p{L}\\d.,'’-]+";
/** Sending an envoy home: "called", "brought" or "ordered" him back. */
const RECALLED = '(?:called|calls|calling|brought|ordered)';
/** What one can join, leave or let lapse: a treaty, an accord, a body. */
const FRAMEWORK_NOUNS =
  'treaty|treaties|agreements?|accords?|pacts?|conventions?|organi[sz]ation|alliance|council|commission|talks|negotiations|group|programme|program|framework|deal|regime|moratorium';
const FRAMEWORK = `(?:${FRAMEWORK_NOUNS})\\b`;
/** What is cancelled, suspended or put on hold when contacts are cut. */
const CONTACTS = `(?:summits?|meetings?|talks|visits?|contacts|channels|dialogue|consultations|negotiations|engagements|cooperation|ties|participation\\s+in\\s+(?:${W}\\s+){0,4}?(?:summits?|meetings?|talks|preparations|negotiations)|exchanges)`;
const rule = (
  category: TriggerCategory,
  pattern: string,
  tone: number,
  gist: string,
  form: 'verb' | 'noun' = 'verb',
  mutual: Mutual = false,
  flags = 'giu',
): TriggerRule => ({
  category,
  // Not after a hyphen: "submarine-launched missiles" is a kind of missile, not a launch.
  re: new RegExp(`(?<![\\p{L}-])(?:${pattern})\\b`, flags),
  tone,
  form,
  mutual,
  gist,
  light: /^(?:signs|agrees|approves)$/.test(gist),
});

// biome-ignore format: one rule a line reads as a table.
export const TRIGGERS: readonly TriggerRule[] = [
  // "sanction Rosneft" (a name after it) is the verb; "sanction relief" is not: case matters, so no "i" flag.
  rule('sanctions', '[Ss]anctioned|[Ss]anctioning|[Ss]anction(?= (?:\\p{Lu}|\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|more than|nearly|about)\\b))', -2, 'sanctions', 'verb', false, 'gu'),
  // Before the noun alone, which would claim its span: "lifted the sanctions" is their lifting.
  rule('sanctions', `lift(?:ed|s|ing)?\\s+(?:${W}\\s+){0,3}?(?:sanctions|ban|restrictions)`, 1, 'lifts sanctions'),
  rule('sanctions', 'sanctions|counter-?sanctions|penalties|restrictive measures', -2, 'imposes sanctions', 'noun'),
  // The legal basis of sanctions kept in force: "formally renewed the national emergency".
  rule('sanctions', `${verbs('renew', 'extend', 'continue')}\\s+(?:the\\s+)?(?:${W}\\s+){0,2}?national emergency`, -1, 'renews sanctions'),
  rule('sanctions', 'designat(?:ed|es|ing)|blacklist(?:ed|s|ing)?', -2, 'sanctions'),
  rule('sanctions', `(?:barred|banned|barring|banning|bars|bans|bar|ban|prohibited)\\s+(?:${W}\\s+){0,8}?from (?:entering|entry|travel)`, -2, 'bars entry to'),
  // "banned President Biden", "barred 398 members of the House": a ban on people is an entry ban.
  rule('sanctions', `(?:barred|banned|barring|banning|bars|bans|blacklist(?:ed|s|ing)?)\\s+(?:${W}\\s+){0,3}?(?:President|Secretary|Senators?|Speaker|officials|members|lawmakers|legislators|deputies|congressmen|journalists|executives)\\b`, -2, 'bars entry to'),
  // "closed American airspace to Russian flights", "airspace would be closed to all Russian aircraft".
  rule('sanctions', `clos(?:ed|es|ing|e)\\s+(?:(?:its|their|the|American|U\\.S\\.|US|Russian)\\s+)?airspace\\s+to|airspace\\s+(?:would be|will be|was|is)\\s+closed\\s+to`, -2, 'closes airspace to'),
  // "barred trade with three Russian institutes": trade cut off by one side with the other's bodies.
  rule('sanctions', `(?:barred|banned|barring|banning|bars|bans|prohibited|prohibits|cut off|halted|suspended)\\s+(?:all\\s+)?(?:trade|dealings|transactions|business)\\s+with`, -2, 'bars trade with'),
  rule('sanctions', 'entry bans?|travel bans?|visa bans?|visa restrictions|stop list|export controls?|export restrictions|entity list|asset freezes?|embargo', -2, 'imposes restrictions', 'noun'),
  rule('sanctions', `fr(?:oze|eezes|eezing|eeze)\\s+(?:${W}\\s+){0,4}?assets`, -2, 'freezes assets'),
  // "On Oct. 22 the Treasury blocked Rosneft and Lukoil": the Treasury blocks property, which is a sanction.
  rule('sanctions', `(?<=\\b(?:Treasury|Treasury Department|OFAC|Office of Foreign Assets Control)\\s+(?:(?:also|then|on\\s+\\p{L}+|has|had)\\s+){0,2})block(?:ed|s|ing)\\b`, -2, 'sanctions'),
  rule('expulsion', `expel(?:s|led|ling)?|declar(?:ed|es|ing)? (?:${W} ){0,8}?person(?:a|ae) non grat(?:a|ae)`, -2, 'expels'),
  rule('expulsion', 'expulsions?', -2, 'expels', 'noun'),
  // "755 people would have to stop working for the American mission", "must leave the country within a week".
  rule('expulsion', `(?:would|will|must|had|have|has)\\s+(?:have\\s+)?to\\s+(?:leave|stop working\\s+(?:for|at))\\s+(?:the\\s+)?(?:${W}\\s+){0,2}?(?:mission|embassy|consulates?|country)\\b`, -2, 'expels'),
  // "60 American diplomats would have to leave by April 5", "10 diplomats would be asked to leave".
  rule('expulsion', `(?<=\\b(?:diplomats|officials|staff|employees|personnel)\\s+)(?:would|will|must|were|are)\\s+(?:have\\s+to|be\\s+(?:asked|told|ordered|required)\\s+to|(?:asked|told|ordered|required)\\s+to)\\s+(?:leave|depart)`, -2, 'expels'),
  rule('expulsion', `order(?:ed|s|ing)?\\s+(?:${W}\\s+){1,12}?(?:to (?:leave|depart|quit)|out of (?:the country|the United States|Russia))`, -2, 'expels'),
  // "ordered out Alexander X", "sent two officials home", "gave him seven days to leave", "ousted the No. 2 diplomat".
  rule('expulsion', `(?:order(?:ed|s|ing)?|kick(?:ed|s|ing)?|throw(?:s|ing|n)?|threw)\\s+out\\b(?!\\s+of\\s+(?:court|the case))`, -2, 'expels'),
  rule('expulsion', `(?:sen[dt]|sends|sending)\\s+(?!(?:${W}\\s+){0,6}?(?:troops|soldiers|forces|sailors)\\b)(?:${W}\\s+){1,7}?home\\b`, -2, 'expels'),
  rule('expulsion', `(?:g[ai]ve|gives?n?|giving)\\s+(?:${W}\\s+){0,5}?${N}\\s+(?:hours|days|weeks)\\s+to\\s+(?:leave|depart|get out|quit)`, -2, 'expels'),
  rule('expulsion', `oust(?:ed|s|ing)?\\s+(?:${W}\\s+){0,6}?(?:diplomats?|envoys?|attach[eé]s?|officials?|staff|employees|ambassador|secretary|counselor|counsellor)`, -2, 'expels'),
  // "demanded that Washington cut its embassy staff", "proposes that the American side bring the number of staff…".
  rule('expulsion', `(?:demand(?:ed|s|ing)?|propos(?:ed|es|ing)|order(?:ed|s|ing)?|told|requir(?:ed|es|ing))\\s+(?:that\\s+)?(?:${W}\\s+){0,5}?(?:reduce|cut|bring|slash|limit)\\s+(?:${W}\\s+){0,8}?(?:staff|personnel|diplomats|employees)`, -2, 'cuts mission staff'),
  rule('expulsion', `(?:clos(?:e|ed|es|ing)|shut(?:s|ting|tered)?(?: down)?|seiz(?:e|ed|es|ing))\\s+(?:${W}\\s+){0,4}?(?:consulates?|compounds?|diplomatic (?:property|properties|facilities|dachas?)|dachas?|embassy)`, -2, 'closes'),
  rule('expulsion', `(?:cut|cuts|reduc(?:e|ed|es|ing)|cap(?:ped|s)?|slash(?:ed|es)?|limit(?:ed|s)?)\\s+(?:${W}\\s+){0,5}?(?:diplomatic|embassy|mission)\\s+(?:staff|personnel|workforce)`, -2, 'cuts mission staff'),
  rule('expulsion', `(?:added|designated|listed|named|put)\\s+(?:${W}\\s+){0,6}?unfriendly`, -2, 'lists as unfriendly'),
  // Contacts cut come before meetings, so that "scrapped a meeting" is not read as a meeting.
  rule('diplomacy', `(?:cancel(?:l?ed|s|ing)?|shel(?:ve|ved|ves|ving)|postpon(?:e|ed|es|ing)|call(?:ed|s|ing)? off|scrap(?:ped|s|ping)?|put(?:s|ting)? off|pull(?:ed|s|ing)? out of)\\s+(?:${W}\\s+){0,4}?${CONTACTS}`, -1, 'cancels a meeting with'),
  rule('diplomacy', `(?:suspend(?:ed|s|ing)?|broke off|break(?:s|ing)? off|cut(?:s|ting)? off|halt(?:ed|s|ing)?|froze|freez(?:e|es|ing)|(?:put|puts|putting|placed)\\s+(?:${W}\\s+){0,6}?on hold|(?:put|puts|putting|placed) on hold)\\s+(?:${W}\\s+){0,5}?${CONTACTS}`, -1, 'suspends talks with'),
  // "presented the measure as a response to…" describes the measure: no note is delivered.
  rule('diplomacy', `(?:hand(?:ed|s|ing)?(?: over)?|deliver(?:ed|s|ing)?|present(?:ed|s|ing)?|submit(?:ted|s|ting)?)\\s+(?:${W}\\s+){0,9}?(?<!\\bas\\s+(?:an?\\s+)?)(?:notes?|reply|response|proposals?|letter|d[eé]marche|message|protest|draft (?:treaty|treaties|agreements?))\\b`, -1, 'delivers a note to'),
  // "sent Mr. Bush a message calling the attacks barbarous", "wrote to Russia's justice minister": a letter to the
  // other side.
  rule('diplomacy', `(?:sent|sends|sending)\\s+(?:${W}\\s+){0,4}?(?:an?\\s+|his\\s+|her\\s+)?(?:(?:personal|written|private)\\s+)?(?:message|letter|telegram)\\b|(?:wrote|writes|writing)\\s+to(?=\\s+(?:the\\s+)?\\p{Lu})`, 0, 'writes to', 'verb', false, 'gu'),
  // "the proposals delivered in January": a document with its own date is an act of its own.
  rule('diplomacy', `(?:proposals?|reply|response|notes?|letter|demands)\\s+(?:${W}\\s+){0,5}?(?:delivered|handed over|submitted|presented)(?=\\s+(?:in|on|last|early|late)\\b)`, -1, 'delivers a note to'),
  // "their sixth call of the year": a call counted in a pair's series was held.
  rule('diplomacy', '(?:tele)?phone (?:call|conversation|talks?)|video (?:call|conference|link)|by (?:tele)?phone|(?:tele)?phoned|a call|their\\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:nd|rd|th))\\s+(?:(?:tele)?phone\\s+)?(?:call|conversation)', 1, 'holds a call with', 'verb', 'meet'),
  // "had spoken for the first time in months", "talked over the phone": speaking with no "with" is a call when said how.
  rule('diplomacy', `${verbs('speak', 'talk')}\\s+(?:by (?:tele)?phone|over the (?:tele)?phone|for the first time)`, 1, 'holds a call with', 'verb', 'meet'),
  // "The two defense chiefs last spoke on Feb. 18": a pair that spoke on a day held a call.
  // So is "The two" opening a sentence, the pair of the sentence before: "The two spoke briefly on March 2".
  rule('diplomacy', `(?<=(?:\\b${PAIR}|^["“]?The two)\\s+(?:last\\s+|had\\s+|first\\s+|also\\s+)?)${SPOKE_THEN}`, 1, 'holds a call with', 'verb', 'meet'),
  // "the two men had only a brief conversation": a pair that had a conversation, with no "with", met.
  rule('diplomacy', `(?<=\\b${PAIR}\\s+(?:also\\s+|then\\s+|later\\s+)?)(?:held|had|have|hold)\\s+(?:only\\s+)?(?:an?|their)\\s+(?:${W}\\s+){0,2}?(?:conversation|exchange|chat)\\b(?!\\s+(?:with|of)\\b)`, 1, 'meets', 'verb', 'meet'),
  // "Austin and Shoigu spoke again", "Blinken and Lavrov last spoke on Feb. 18": a named pair that spoke, then how or when.
  rule('diplomacy', `(?<=\\p{Lu}[\\p{L}'’-]+\\s+and\\s+(?:(?:Mr|Mrs|Ms)\\.\\s+|\\p{Lu}[\\p{L}'’-]+\\s+)?\\p{Lu}[\\p{L}'’-]+\\s+(?:last\\s+|had\\s+|also\\s+)?)${SPOKE_THEN}`, 1, 'holds a call with', 'verb', 'meet'),
  // "Austin finally reached Shoigu by telephone", "reached Sergei Shoigu … for about an hour": a call that got through.
  rule('diplomacy', `reached(?=\\s+(?:(?:his|her)\\s+(?:counterpart\\s+)?)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?[^.;]{0,40}?\\b(?:by (?:tele)?phone|on the (?:tele)?phone|for (?:about |nearly |almost |more than )?(?:an?|\\d+|one|two) (?:hour|minutes))\\b)`, 1, 'holds a call with', 'verb', 'meet'),
  // "When Mr. Tillerson called again last month, Mr. Lavrov demanded…": a call repeated.
  rule('diplomacy', '[Cc]alled again\\b', 1, 'calls', 'verb', 'meet', 'gu'),
  // Case matters here: "called Putin" is a call, "called interference" is not.
  rule('diplomacy', `[Cc]alled\\s+(?:(?:his|her|their)\\s+)?(?:counterpart\\s+)?(?:(?:US|U\\.S\\.|Russian|American)\\s+)?(?:(?:President|Prime Minister|Foreign Minister|Secretary of State)\\s+)?(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?(?:\\p{Lu}[\\p{L}'-]+\\s+)?\\p{Lu}[\\p{L}'-]+(?=\\s*(?:on|to|,|\\.|and|for|after|in|from|amid|about|$))`, 1, 'calls', 'verb', 'meet', 'gu'),
  // "Mr. Bush called the Russian president yesterday to complain…": a call to an office, not "called the president a liar".
  rule('diplomacy', `[Cc]alled\\s+(?:the|his|her)\\s+(?:Russian|American|U\\.S\\.|US)\\s+(?:president|leader|counterpart)\\b(?!['’]s|\\s+(?:an?|the|his|her)\\b)`, 1, 'calls', 'verb', 'meet', 'gu'),
  // "meet" alone is nearly always a plan ("agreed to meet", "proposed they meet"): only what happened counts.
  // "spent Monday in Moscow in talks with", "was in Geneva for talks with": a stay spent in talks.
  rule('diplomacy', `(?:spent|was|were)\\s+(?:${W}\\s+){0,6}?(?:in|for)\\s+talks\\s+with`, 1, 'meets', 'verb', 'meet'),
  // "spent about six hours getting acquainted", "spent an hour taking his measure", "spent nearly five hours together".
  rule('diplomacy', `spent\\s+(?:(?:about|nearly|almost|some|over|more than|less than|roughly)\\s+)?(?:${W}\\s+){1,2}?(?:hours?|minutes?)\\s+(?:together|with|getting|talking|taking|discussing|in (?:talks|conversation|private)|behind closed doors|alone)`, 1, 'meets', 'verb', 'meet'),
  // "held talks", "held about four hours of talks", "held a second round of talks".
  // A visitor received at a seat of power: "Putin received Special Envoy Witkoff in the Kremlin".
  // So is one "received at the White House" (the visitor is the subject).
  // Or a named visitor received anywhere: "Mr Trump received Mr Putin in Anchorage".
  rule('diplomacy', `${verbs('receive', 'host', 'welcome')}\\s+(?:(?:President|Prime Minister|Foreign Minister|Secretary of State|Secretary|Special Envoy|Ambassador|Mr|Mrs|Ms)\\.?\\s+)?(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}?\\p{Lu}[\\p{L}'’-]+\\s+(?:in|at)(?=\\s+\\p{Lu})`, 1, 'meets', 'verb', 'meet', 'gu'),
  rule('diplomacy', `${verbs('receive', 'host', 'welcome')}\\s+(?:${W}\\s+){0,7}?(?:in|at)\\s+(?:the\\s+)?(?:Kremlin|White House|Oval Office|Camp David|Novo-Ogaryovo|Bocharov Ruchei|Konstantinovsky Palace|(?:his|her)\\s+(?:residence|dacha|ranch))\\b`, 1, 'meets', 'verb', 'meet'),
  rule('diplomacy', `(?<!\\b(?:be|been|being|was|were|is|are)\\s)met|meets|meeting with|(?:held|hold|holds|holding)\\s+(?:${W}\\s+){0,5}?talks`, 1, 'meets', 'verb', 'meet'),
  // "spoke for an hour this afternoon with President Putin", "spoke today from Camp David with President Putin", "had
  // spoken by telephone on Friday to Lavrov", "spoke today with Foreign Minister Lavrov". Not "with Reed's parents".
  rule('diplomacy', `(?:spoke|spoken|talked)\\s+(?:(?:by (?:tele)?phone|over the (?:tele)?phone|again|at length|briefly|privately|from\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?|for\\s+(?:(?:about|nearly|almost|more than|over|some)\\s+)?(?:an?|one|two|three|four|\\d+|half an?)\\s+(?:${W}\\s+){0,3}?(?:hours?|minutes?)|(?:earlier\\s+)?(?:today|tonight|this|on|last|yesterday)(?:\\s+(?:morning|afternoon|evening|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?),?\\s+){0,3}(?:with|to)\\s+(?:(?:his|her)\\s+)?(?:(?:US|U\\.S\\.|Russian|American)\\s+)?(?:(?:President|Prime Minister|Foreign Minister|Secretary of State|counterpart)\\s+)?\\p{Lu}\\p{L}*(?!\\p{L}|['’]s\\b)`, 1, 'holds a call with', 'verb', 'meet', 'gu'),
  // "Mr. Putin and President Bush issued a joint statement": a text the two made together, where they met.
  rule('diplomacy', `(?:issued|adopted|released|signed|agreed on)\\s+(?:an?\\s+)?joint\\s+(?:statement|declaration|communiqu[eé])`, 1, 'issues a joint statement with', 'verb', 'meet'),
  // "Kerry and Lavrov talked for about six hours in London": the length says they met.
  rule('diplomacy', `(?:talked|spoke|conferred|negotiated)(?=\\s+for\\s+(?:(?:about|nearly|almost|more than|over|some|roughly|close to)\\s+)?(?:an?|\\d+|[\\p{L}-]+)\\s+(?:hours?|minutes?)\\b)`, 1, 'meets', 'verb', 'meet'),
  rule('diplomacy', 'talks|meeting|negotiations|dialogue|consultations', 1, 'holds talks with', 'noun', 'meet'),
  // "their conversation of February 12": a conversation given its own day took place.
  rule('diplomacy', `(?:telephone |phone )?conversations?(?=,?\\s+(?:of|on)\\s+(?:${W}\\s+)?(?:\\d|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))`, 1, 'holds a call with', 'verb', 'meet'),
  rule('diplomacy', `grant(?:ed|s|ing)?\\s+(?:${W}\\s+){0,6}?(?:political\\s+|temporary\\s+)?asylum`, -1, 'grants asylum against the wishes of'),
  rule('diplomacy', `recall(?:ed|s|ing)?\\s+(?:${W}\\s+){0,3}?(?:ambassador|envoy)`, -1, 'recalls its ambassador'),
  // "called Ambassador Anatoly Antonov home for consultations", "called him home for consultations".
  rule('diplomacy', `${RECALLED}\\s+(?:(?:its|their|the|his|her)\\s+)?(?:${W}\\s+)?(?:ambassador|envoy)\\s+(?:${W}\\s+){0,4}?(?:home|back)\\b|${RECALLED}\\s+(?:him|her)\\s+(?:home|back)(?=\\s+for\\s+consultations)`, -1, 'recalls its ambassador'),
  rule('diplomacy', `(?:ambassador|envoy|charg[eé] d['’]affaires)(?:,? [\\p{L}.'’-]+){0,4},? (?:was|were|had been|has been) summoned`, -1, 'summons the envoy of'),
  rule('diplomacy', `(?:summon(?:ed|s|ing)?|call(?:ed|s|ing)? in)\\s+(?:${W}\\s+){0,4}?(?:ambassador|envoy|charg[eé] d['’]affaires|diplomats?)`, -1, 'summons the envoy of'),
  rule('diplomacy', `(?:restor(?:e|ed|es|ing)|reopen(?:ed|s|ing)?|resum(?:e|ed|es|ing))\\s+(?:${W}\\s+){0,4}?(?:embass(?:y|ies)|consulates?|flights|staffing|diplomatic|talks|dialogue)`, 1, 'restores ties with', 'verb', 'joint'),
  rule('diplomacy', `(?:announc(?:ed|es|e)|agreed to hold|will hold|plan to hold)\\s+(?:${W}\\s+){0,3}?summit`, 1, 'announces a summit with', 'verb', 'joint'),
  rule('summit', 'summit', 1, 'hold a summit', 'noun', 'meet'),
  rule('summit', 'face[- ]to[- ]face|in[- ]person (?:talks|meeting)', 1, 'hold a summit', 'verb', 'meet'),
  rule('topic', `sign(?:ed|s|ing)?|${verbs('ink')}|${verbs('put')}\\s+(?:their|his|her|its)\\s+(?:names|signatures?)\\s+(?:(?:yesterday|today|on\\s+\\p{L}+)\\s+)?to`, 2, 'signs', 'verb', 'joint'),
  rule('topic', 'ratif(?:y|ied|ies|ying)', 2, 'ratifies'),
  // More names on a list: "Washington added 20 more people from Putin's circle" (what list, the topic says).
  rule('topic', `${verbs('add')}\\s+(?:${N}\\s+)(?:more\\s+|further\\s+|other\\s+|new\\s+)?(?:${W}\\s+){0,2}?(?:people|individuals|entities|companies|banks|names|officials|oligarchs|firms|businessmen)\\b`, -2, 'sanctions'),
  // Proposals made: "the proposals that Russia put forward in December", "tabled a draft treaty".
  rule('diplomacy', `(?<=\\b(?:proposals?|plans?|drafts?|initiatives?|demands|terms)\\b[^.;]{0,50}?)(?:put|puts|putting)\\s+forward|(?:(?:put|puts|putting)\\s+forward|${verbs('table', 'submit')})\\s+(?:${W}\\s+){0,3}?(?:proposals?|drafts?|plans?|initiatives?|demands|terms)\\b`, 0, 'puts forward proposals'),
  // "The State Duma approved the Treaty on January 25": a legislature's approval of a treaty is its ratification.
  rule('topic', `approv(?:e|ed|es|ing)\\s+(?:the\\s+|a\\s+)?(?:${W}\\s+){0,3}?[Tt]reaty\\b`, 2, 'ratifies'),
  // "exchanged the instruments of ratification": the day a treaty enters into force.
  rule('topic', `exchang(?:ed|es|ing)\\s+(?:the\\s+)?(?:instruments|documents)\\s+of\\s+ratification|exchang(?:ed|es|ing)\\s+(?:the\\s+)?diplomatic\\s+notes(?=[^.;]{0,60}\\b(?:in force|extend|extension|into force)\\b)|exchang(?:ed|es|ing)\\s+(?:the\\s+)?ratification\\s+(?:instruments|documents)`, 2, 'brings into force', 'verb', 'joint'),
  // "gave its consent to ratification of the treaty": the Senate's vote, told with the noun.
  rule('topic', `${verbs('give')}\\s+(?:its\\s+)?(?:advice and\\s+)?consent\\s+to\\s+(?:the\\s+)?ratification`, 2, 'ratifies'),
  // "gave notice that the United States would leave the … Treaty", "announced that it would withdraw from": the notice is the act.
  rule('topic', `(?:${verbs('give')}\\s+(?:formal\\s+)?notice(?:\\s+to\\s+(?:${W}\\s+){0,2}?${W})?|announced|declared|informed\\s+(?:${W}\\s+){1,3}?)(?:\\s+(?:on|in|last|yesterday|today)\\b[^,;]{0,20}?)?\\s+that\\s+(?:${W}\\s+){1,4}?(?:(?:would|was going to|will)\\s+(?:not\\s+return\\s+to|leave|withdraw\\s+from|quit|exit|pull\\s+out\\s+of)|(?:is|was)\\s+(?:leaving|withdrawing\\s+from|quitting|exiting|pulling\\s+out\\s+of))\\s+(?:the\\s+|an?\\s+)?(?:${W}\\s+){0,5}?${FRAMEWORK}`, -2, 'withdraws from'),
  rule('topic', `(?:approv(?:e|ed|es|ing)|pass(?:ed|es|ing)|adopt(?:ed|s|ing)?|enact(?:ed|s|ing)?)\\s+(?:${W}\\s+){0,4}?(?:bill|law|legislation|resolution|measure|package|decree)`, 0, 'approves'),
  rule('topic', 'extend(?:ed|s|ing)?', 2, 'extends', 'verb', 'joint'),
  rule('topic', 'extension', 2, 'extends', 'noun', 'joint'),
  // "entered into force on 1 January 2002", "took effect yesterday": a treaty's or a measure's day of effect.
  rule('topic', `(?:entered|enters|came|comes|brought|bringing|brings)\\s+into\\s+force|took\\s+effect(?=\\s+(?:on|in|yesterday|today|last|at)\\b)`, 2, 'brings into force', 'verb', 'joint'),
  rule('topic', `(?:withdr(?:ew|aw|aws|awn|awing)|pull(?:ed|s|ing)? out|exit(?:ed|s)?|quit|quits|abandon(?:ed|s)?)\\s+(?:${W}\\s+){0,3}?(?:from|of)?`, -2, 'withdraws from'),
  // "left the treaty", not "left on Wednesday" or "left Moscow room to…": leaving is a withdrawal only from a framework.
  rule('topic', `(?:leaves|left)\\s+(?:the\\s+|an?\\s+)?(?:${W}\\s+){0,3}?${FRAMEWORK}`, -2, 'withdraws from'),
  rule('topic', 'withdrawal', -2, 'withdraws from', 'noun'),
  // A withdrawal worded as no longer being bound: "no longer considered itself bound by the treaty".
  rule('topic', `no longer\\s+(?:${verbs('consider', 'regard', 'see')}\\s+(?:itself|themselves)\\s+)?(?:bound by|${verbs('abide by', 'comply with', 'observe', 'adhere to', 'honour', 'honor')})`, -2, 'withdraws from'),
  // Stopping short of leaving: "stopped observing the Treaty", "ceased implementing the accord".
  rule('topic', `${verbs('stop', 'cease')}\\s+(?:observing|implementing|complying\\s+with|abiding\\s+by|honou?ring|adhering\\s+to|applying)`, -2, 'suspends'),
  // "stopped allowing American inspections", "barred American inspectors": verification halted.
  rule('arms-control', `${verbs('stop', 'cease', 'halt', 'end', 'bar', 'refuse')}\\s+(?:(?:allowing|permitting|accepting|receiving|admitting|hosting)\\s+)?(?:${W}\\s+){0,3}?(?:inspections?|inspectors|inspection\\s+visits)\\b`, -1, 'halts inspections under'),
  rule('topic', 'suspend(?:ed|s|ing)?|suspension|revok(?:e|ed|es|ing)|halt(?:ed|s)', -2, 'suspends'),
  // Ending a framework of cooperation: "published a decree terminating the agreement", "froze its dealings with".
  rule('topic', `${verbs('terminate', 'end', 'denounce', 'abrogate', 'annul', 'scrap', 'tear up', 'cancel', 'freeze', 'pull out of', 'withdraw from', 'quit', 'exit', 'wind down', 'shut down')}\\s+(?:${W}\\s+){0,6}?(?:agreements?|accords?|pacts?|treaty|treaties|cooperation|partnerships?|memorand(?:um|a)|working groups?|commissions?|programmes?|programs?|dealings|joint projects?)\\b|${verbs('stop', 'cease', 'end')}\\s+(?:${W}\\s+){0,2}?cooperati(?:ng|on)`, -2, 'ends cooperation with'),
  // "agreed to have their teams work on…" is a plan made in a meeting, not an agreement of its own.
  // "That arrangement was reached in Geneva", "reached an understanding": an agreement in other words.
  rule('topic', `(?<=\\b(?:arrangements?|understanding|compromise)(?:\\s+${W}){0,9}?\\s+(?:was|were|had been|has been)\\s+)(?:reached|struck|worked out)\\b|reach(?:ed|es)?\\s+(?:an?|the)\\s+(?:${W}\\s+)?(?:arrangement|understanding|compromise)`, 2, 'agrees', 'verb', 'joint'),
  // "settled yesterday on a formula that would bring Russian troops into the force": an agreement reached.
  rule('topic', `settl(?:ed|es)\\s+(?:(?:yesterday|today|on\\s+\\p{L}+)\\s+)?(?:on|upon)\\s+(?:an?|the)\\s+(?:${W}\\s+)?(?:formula|compromise|deal|plan|arrangement|text|terms)\\b`, 2, 'agrees', 'verb', 'joint'),
  rule('topic', 'agreed(?! to (?:have|work|continue|keep|consider|meet|hold|start|begin|launch|discuss|explore|talk|maintain|stay|return))|agrees|(?<!\\bdraft\\s)(?:agreement|accord|deal)', 2, 'agrees', 'verb', 'joint'),
  rule('arms-control', `(?:reduc(?:e|ed|es|ing|tions?)|cut(?:s|ting)?|eliminat(?:e|ed|es|ing)|scrap(?:s|ped|ping)?|dismantl(?:e|ed|es|ing))\\s+(?:${W}\\s+){0,5}?(?:arsenals?|warheads|(?:strategic|nuclear) (?:forces|arms|arsenal|weapons|bombers|missiles))`, 1, 'cuts its arsenal'),
  rule('arms-control', 'inspections?|moratorium|notifications|telemetry', -1, 'acts on', 'noun'),
  // "Obama scrapped his predecessor's plan for a radar in the Czech Republic": a missile-defence plan dropped.
  rule('arms-control', `${verbs('scrap', 'shelve', 'drop', 'abandon', 'cancel')}\\s+(?:${W}\\s+){0,4}?plans?\\s+(?:for|of)\\s+(?:${W}\\s+){0,3}?(?:missile[- ]defen[cs]e|interceptors?|radars?|anti-?missile)`, 1, 'drops a missile-defence plan'),
  rule('arms-control', `violat(?:ed|es|ing|ion|ions)\\s+(?:${W}\\s+){0,3}?(?:treaty|INF|New START|accord)`, -1, 'accuses of violating'),
  rule('prisoners', `(?:taken|took|take|takes|taking)\\s+(?:${W}\\s+){0,4}?into custody|abduct(?:ed|s|ing)?|kidnapp?(?:ed|s|ing)?|extradit(?:ed|es|ing)|stopped\\s+(?:${W}\\s+){0,2}?at\\s+(?:${W}\\s+){0,3}?(?:airport|border|customs|checkpoint)`, -1, 'detains'),
  // Custody ordered or extended: "ordered him held for two months", "kept her in custody", "remanded in custody".
  rule('prisoners', `${verbs('order', 'keep', 'remand', 'extend')}\\s+(?:${W}\\s+){0,16}?(?:(?:to\\s+)?(?:remain|stay|be\\s+held|be\\s+kept)\\s+)?(?:behind bars|in (?:custody|detention|jail|pre-?trial detention)|under (?:house )?arrest|held\\b)`, -1, 'detains'),
  rule('prisoners', `seiz(?:ed|es|ing)\\s+(?:${W}\\s+){0,3}?(?:citizens?|nationals?|Americans?|Russians?|journalists?|reporters?|him|her|them)\\b`, -1, 'detains'),
  rule('prisoners', `(?<!\\b(?:it|which|this)\\s+)(?:has|have|had)\\s+been\\s+held(?!\\s+(?:talks|responsible|accountable|up|back|in (?:high|low)))`, -1, 'detains'),
  // "jail" alone is mostly the place ("died in a Moscow jail"): only "to jail" and "jails him" are the verb; so is
  // "arrest" the noun ("the Yukos arrest") unless a modal or "to" makes it a verb.
  // Not a participle that only describes: "the jailed reporter", "transferring convicted prisoners".
  rule('prisoners', `(?<!\\b(?:the|a|an|its|their|his|her)\\s)(?:arrest(?:ed|s|ing)|(?<=\\b(?:to|will|would|could|may|might|did)\\s)arrest|detain(?:ed|s|ing)?|jail(?:ed|ing)|(?<=\\bto\\s)jail|jails(?=\\s+(?:an?\\s+)?(?:US|U\\.S\\.|American|Russian|him|her|them|\\d))|imprison(?:ed|s)?|convict(?:ed|s)?|sentenc(?:ed|es|ing))(?!\\s+(?:prisoners|persons|criminals|felons|offenders)\\b)`, -1, 'detains'),
  rule('prisoners', 'arrest|detention|sentence|conviction|trial', -1, 'detains', 'noun'),
  rule('prisoners', '(?:prisoners?|spy|spies|detainees?)\\s+(?:swaps?|exchanges?)|(?:swaps?|exchanges?)\\s+of\\s+(?:prisoners|spies|agents|detainees)|swapp?(?:ed|ing)?|exchanged|in exchange for|traded|trading\\s+(?=(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|\\w+teen|twenty)\\s+(?:people|prisoners|detainees|agents|spies|men)\\b)', 2, 'exchange prisoners', 'verb', 'meet'),
  rule('prisoners', `(?:releas(?:ed|es|ing)|fre(?:ed|es|eing)|pardon(?:ed|s|ing)?)(?!\\s+(?:${W}\\s+){0,2}?(?:statement|report|data|documents?|video|transcript|readout|details|images|funds|oil|what|information|e-?mails|records|files|footage|photos|results|findings|names|list))`, 2, 'frees'),
  // "struck a deal", "strike a balance": the idiom is no attack.
  rule('military', `(?:strikes?|struck)(?!\\s+(?:a\\s+|an\\s+|the\\s+)?(?:${W}\\s+)?(?:deal|agreement|bargain|compromise|balance|accord|pact|tone|note|chord)s?\\b)|airstrikes?|air strikes?|bomb(?:ed|ing)|shelled|intercept(?:ed|s|ion)|shot down|downed|collid(?:ed|es)|collision|buzz(?:ed|ing)|invad(?:e|ed|es|ing)|invasion`, -2, 'strikes'),
  rule('military', `(?:made|make|makes|making|conduct(?:ed|s|ing)?|carr(?:ied|ies|y) out)\\s+(?:${W}\\s+){0,3}?(?:low|close)[- ](?:passes|fly-?bys|flybys|approaches)|fl(?:ew|y|ies|ying)\\s+(?:dangerously\\s+)?(?:low|close)\\b|fly-?bys|sideswip(?:ed|es|ing)|rammed|fired on`, -2, 'buzzes'),
  rule('military', `(?:authori[sz](?:ed|es|ing|ation)|permission|approv(?:ed|es|ing|al)|allow(?:ed|s|ing))\\s+(?:${W}\\s+){0,4}?(?:to\\s+)?(?:use|deploy|send)\\s+(?:of\\s+)?(?:the\\s+)?(?:armed forces|military force|force|troops|the army)`, -2, 'authorises force against'),
  rule('military', `(?<!\\b(?:on|of|the|its|their|all|non|newly)[\\s-])deployed|deploy(?:s|ing|ment)?|reposition(?:ed|s)?|(?:fired|launched)\\s+(?:${W}\\s+){0,3}?(?:missiles|rockets|Tomahawks?)`, -1, 'deploys'),
  rule('cyber', `hacked|hacking into|hacks into|broke into|breached|attacked\\s+(?:${W}\\s+){0,3}?(?:networks?|systems?|servers?|computers?)`, -1, 'attributes a cyberattack to'),
  // "in material breach of the Treaty": a treaty broken, not a network.
  rule('arms-control', `(?:material\\s+)?breach(?=\\s+of\\s+(?:the|its|their)\\s+(?:${W}\\s+){0,6}?${FRAMEWORK})`, -1, 'accuses', 'noun'),
  rule('cyber', 'hacks?|hacking|cyber-?attacks?|cyber (?:operation|intrusion|campaign|attack)s?|breach(?:es)?(?!\\s+of\\s+(?:the|its|their)\\s)|ransomware', -1, 'attributes a cyberattack to', 'noun'),
  rule('cyber', `interfer(?:e|ed|es|ing)\\s+(?:${W}\\s+){0,5}?(?:elections?|vote|campaign)|meddl(?:e|ed|es)`, -1, 'accuses of election interference'),
  rule('cyber', `(?:election|electoral|vote)\\s+(?:interference|meddling)|(?:interference|meddling)\\s+in\\s+(?:${W}\\s+){0,4}?(?:elections?|vote|campaign)|disinformation|influence (?:campaign|operation)s?`, -1, 'accuses of election interference', 'noun'),
  rule('cyber', 'indict(?:ed|s|ment)|charged|charges', -1, 'charges'),
  // "Russia became the 156th member of the World Trade Organization", "joined the WTO": entry to the trade system.
  rule('economy', `(?:joined|joins|became\\s+(?:a|the)\\s+(?:\\d+(?:st|nd|rd|th)\\s+)?(?:full\\s+)?member\\s+of)\\s+the\\s+(?:World Trade Organi[sz]ation|WTO|W\\.T\\.O\\.)`, 1, 'joins the WTO'),
  rule('economy', `tariffs?|(?:ban(?:ned|s|ning)?|halt(?:ed|s)?|restrict(?:ed|s)?|stop(?:ped|s))\\s+(?:${W}\\s+){0,4}?(?:imports?|investment)|price cap|trade (?:deal|agreement|status|relations)|normal trade|Jackson-Vanik`, -1, 'acts on trade with'),
  // Listing targets: "added 45 firms to the entity list", "named them as military end users", "published a list of … end users".
  rule('sanctions', `${verbs('add', 'place', 'put', 'include', 'name', 'list', 'designate')}\\s+(?:${W}\\s+){0,8}?(?:to|on|in|as)\\s+(?:the\\s+|its\\s+|a\\s+)?["“]?(?:${W}\\s+){0,3}?(?:list|blacklist|end[- ]users?)\\b`, -2, 'sanctions'),
  rule('sanctions', `${verbs('publish', 'issue', 'release', 'unveil', 'update')}\\s+(?:${W}\\s+){0,3}?(?:list|blacklist)\\b(?=[^.]{0,200}\\b(?:end[- ]users?|entit|export|sanction|visa bans?|travel bans?|asset freezes?|frozen))`, -2, 'sanctions'),
  rule('sanctions', `${verbs('expand', 'tighten', 'widen', 'broaden', 'extend')}\\s+(?:${W}\\s+){0,3}?(?:export (?:rules|controls|restrictions|curbs)|(?:rules|controls|restrictions|curbs)\\s+on\\s+(?:${W}\\s+){0,2}?(?:exports?|end[- ]users?))`, -2, 'sanctions'),
  // Financial restrictions: "restricted the access of Russian banks … to long-term financing", "cut them off from SWIFT".
  rule('sanctions', `${verbs('restrict', 'limit', 'block', 'curb')}\\s+(?:(?:the|their|its)\\s+)?access\\b(?=[^.]{0,160}\\b(?:financing|credit|capital|loans|dollars?|banking|payments)\\b)|${verbs('cut off', 'bar', 'block', 'shut out')}\\s+(?:${W}\\s+){0,6}?from\\s+(?:${W}\\s+){0,3}?(?:financing|credit|capital markets|dollars?|SWIFT|payments)\\b`, -2, 'sanctions'),
  // Near misses and tests of arms: "nearly collided", "passed within 50 feet of", "test-fired a missile", "destroyed a satellite".
  rule('military', `${verbs('collide', 'sideswipe')}|near[- ]collisions?|${verbs('pass', 'come', 'fly', 'sail')}\\s+within\\s+(?:${W}\\s+){0,4}?(?:feet|foot|meters|metres|yards|miles|kilometers|kilometres)\\s+of`, -2, 'strikes'),
  rule('military', `${verbs('test-fire', 'test', 'fire', 'launch')}\\s+(?:${W}\\s+){0,3}?(?:anti-satellite|ASAT|ballistic|cruise|hypersonic|interceptor|nuclear-capable)\\b|${verbs('destroy', 'shoot down')}\\s+(?:${W}\\s+){0,3}?(?:satellites?|drones?|aircraft|jets?|planes?|ships?|vessels?)\\b`, -2, 'strikes'),
  rule('military', '(?:anti-satellite|ASAT|missile|weapons?) tests?', -2, 'strikes', 'noun'),
  // Recognising a breakaway state: "recognized South Ossetia and Abkhazia as independent states".
  rule('diplomacy', `${verbs('recognize', 'recognise')}\\s+(?:${W}\\s+){0,6}?as\\s+(?:independent|sovereign)\\b`, -2, 'recognises'),
  // Talks worded with phrasal verbs: "sat down with", "held a meeting with", "held a conversation with".
  // A treaty or accord that ran its course: "the treaty … expired on Thursday". Its parties are the act's sides; "when
  // the treaty lapsed" is background.
  rule('topic', `(?<=\\b${FRAMEWORK}[^.;]{0,80}?)(?<!\\b(?:when|since|after|before|until|once|because)\\s[^.;,]{0,60})(?:expired|lapsed|ran out|has run out|came to an end)`, -1, 'lets lapse', 'verb', 'meet'),
  // An offer is an act of its own, of the topic offered: "offered in March to keep to the limits", "proposed to extend".
  rule('topic', `${verbs('offer', 'propose')}(?=\\s+(?:(?:in|on|last|this)\\s+[\\p{L}\\d.]+\\s+(?:[\\p{L}\\d]+\\s+)?)?to\\s+(?!(?:the|a|an|his|her|its|their|them|him|us|me)\\b)\\p{L})`, 1, 'offers'),
  // Aid given: "donated 200 ventilators", "sent humanitarian aid to", "delivered medical supplies".
  rule('cooperation', `${verbs('donate')}|${verbs('send', 'deliver', 'ship', 'provide', 'airlift', 'fly')}\\s+(?:${W}\\s+){0,5}?(?:aid|assistance|humanitarian (?:aid|supplies|cargo)|medical (?:supplies|equipment|aid)|ventilators|vaccines|relief)\\b`, 2, 'sends aid to'),
  // Weapons cleared for another's use: "authorised Kyiv to fire American-made missiles at targets inside Russia".
  rule('military', `${verbs('authorise', 'authorize', 'allow', 'permit', 'clear')}\\s+(?:${W}\\s+){0,4}?to\\s+(?:use|fire|launch|strike)\\b`, -2, 'authorises strikes on'),
  // Forces sent in: "sent Russian troops into Ukraine", "ordered forces into the two regions", "sent its forces across the
  // border", "sending in its army"; and land taken: "annexed Crimea".
  rule('military', `${verbs('send', 'dispatch', 'order')}\\s+(?:(?:${W}\\s+){0,3}?(?:troops|forces|soldiers|tanks|units|army)\\s+(?:${W}\\s+){0,2}?(?:into|across)\\b|in\\s+(?:its|the|their)\\s+(?:troops|forces|army|tanks))`, -2, 'sends forces into'),
  // "annexes" is as often a noun: the consulate's annexes.
  rule('military', 'annex(?:ed|ing)', -2, 'annexes'),
  // Forces ordered somewhere: "ordered two nuclear submarines to be positioned", "dispatched bombers to Venezuela".
  rule('military', `${verbs('order', 'dispatch')}\\s+(?:${W}\\s+){0,3}?(?:submarines?|warships?|destroyers?|carriers?|bombers?|troops|forces|fighter jets|battalions?|brigades?)\\b`, -1, 'deploys'),
  // Forces moved in: "a column of Russian soldiers drove into the city", "troops rolled into".
  rule('military', `${verbs('drive', 'roll', 'march', 'race', 'pour', 'move', 'push', 'cross')}\\s+(?:${W}\\s+){0,2}?into\\b`, -2, 'sends forces into'),
  // A veto in a council: "vetoed a draft resolution", "voted against the resolution"; "holds a veto" is a power, not an act.
  rule('diplomacy', `veto(?:ed|es|ing)|${verbs('vote')}\\s+against\\s+(?:the\\s+|a\\s+)?(?:${W}\\s+){0,3}?(?:resolution|draft)`, -1, 'vetoes'),
  // A visit to the other side's capital is a meeting there: "when Mr. Obama visited Moscow in July".
  // Case matters here (no "i" flag, or \\p{Lu} would match any letter): "visited Moscow", not "visit to Russia".
  rule('diplomacy', `[Vv]isit(?:ed|s|ing)?(?=\\s+(?:the\\s+)?\\p{Lu})`, 1, 'visits', 'verb', 'meet', 'gu'),
  // A named visitor's dated visit: "Mr. Kerry's visit to Sochi in May", "since John Kerry's visit to Moscow in July".
  rule('diplomacy', `(?<=\\p{L}['’]s\\s+(?:(?:first|second|third|last|recent|brief|surprise|official|state)\\s+)?)visit(?=\\s+to\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?\\s+(?:in|on|last|early|late)\\s+(?:(?:early|late|mid-)\\s*)?(?:\\p{Lu}|\\d))`, 1, 'visits', 'verb', 'meet', 'gu'),
  // "came to Washington", "flew to Moscow", "went to Moscow", "had been to Moscow": a journey to the other side's
  // capital is a visit (visitsPlace checks the place).
  rule('diplomacy', `(?:came|comes|went|travell?ed|flew|arrived|(?:had|has|have) been)\\s+(?:to|in)(?=\\s+(?:the\\s+)?\\p{Lu})`, 1, 'visits', 'verb', 'meet', 'gu'),
  // "In March he brought to Moscow the proposal", "carried it to Moscow": a message taken to the other side's capital.
  rule('diplomacy', `(?:brought|carried|took)\\s+(?:(?:it|them|the\\s+(?:${W}\\s+){0,4}?(?:proposal|plan|message|letter|offer|draft|text))\\s+)?to(?=\\s+(?:the\\s+)?\\p{Lu})`, 1, 'visits', 'verb', 'meet', 'gu'),
  // Two sides at the table: "the two presidents sat down in the Kremlin on Tuesday".
  rule('diplomacy', `${verbs('sit down')}(?=\\s+(?:in|at|together|for|on)\\b)`, 1, 'meets', 'verb', 'meet'),
  rule('diplomacy', `${verbs('sit down with', 'sit down for talks with')}|${verbs('hold', 'have')}\\s+(?:an?\\s+|their\\s+)?(?:${W}\\s+){0,2}?(?:meeting|conversation|discussions?|exchange)\\s+with`, 1, 'meets', 'verb', 'meet'),
  // "Blinken and Lavrov held their first call", "the two ministers had their second conversation": the parties
  // are the subject.
  rule('diplomacy', `${verbs('hold', 'have')}\\s+their\\s+(?:${W}\\s+){0,2}?(?:(?:tele)?phone\\s+)?(?:call|conversation)\\b`, 1, 'holds a call with', 'verb', 'meet'),
];

export interface TriggerHit {
  readonly rule: TriggerRule;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function findTriggers(sentence: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (const r of TRIGGERS) {
    for (const m of sentence.matchAll(r.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // The first rule to claim a span keeps it: the list runs from specific to general.
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      hits.push({ rule: r, start, end, text: m[0] });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
