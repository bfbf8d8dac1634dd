/**
 * Reactions and reported speech, kept apart from the acts they are about: "Moscow denied involvement" is a
 * statement by Russia, never a reason to make Russia the actor of the sanctions it answers. Only strong
 * reactions count (a denial, a condemnation, a threat or promise of a response, an accusation); "declined
 * to comment" and plain explanations do not.
 */
import type { Actor } from '../data/categories';
import type { ActorMention } from './actors';
import type { RawCandidate, SentenceAnalysis } from './candidates';
import { type DateMention, FUTURE_TENSE } from './dates';

const SPEECH =
  /\b(?:said|says|say|told|stated|added|declared|warned|warns|vowed|vows|pledged|promised|threatened|threatens|denied|denies|rejected|rejects|dismissed|dismisses|condemned|condemns|denounced|denounces|critici[sz]ed|critici[sz]es|accused|accuses|blamed|blames|called|calls|described|branded|labell?ed|insisted|protested|slammed|decried|responded|retorted|wrote|posted|urged)\b/gi;
const STRONG =
  /\b(?:den(?:y|ies|ied|ying|ial)|reject|dismiss|condemn|denounc|protest|slam|decri|retaliat|respon(?:d|se)|reciprocal|mirror|countermeasure|absurd|illegal|unlawful|unacceptable|hostile|aggressi|rebuff|unfriendly|groundless|baseless|unfounded|provocat|russophob|blackmail|hysteria|fabricat|unanswered|killer|violat|accus|blame|warn|vow|threat)\w*/i;
const TRIVIAL =
  /\b(?:declined to comment|no immediate comment|did not (?:immediately )?respond|could not be reached|not immediately available)\b/i;
const NEGATIVE_TONE =
  /\b(?:den|reject|dismiss|condemn|denounc|protest|slam|decri|retaliat|absurd|illegal|unlawful|unacceptable|hostile|unfriendly|groundless|baseless|unfounded|provocat|russophob|blackmail|hysteria|fabricat|killer|violat|accus|blame|warn|threat)/i;

/** The speaking side nearest the speech verb: before it ("Peskov said"), or just after ("said Peskov"). */
function speakerAt(mentions: readonly ActorMention[], verbStart: number, verbEnd: number): ActorMention | null {
  const acting = mentions.filter((m) => m.role === 'agent' && m.side !== 'third');
  const after = acting.find((m) => m.start >= verbEnd && m.start - verbEnd <= 45);
  const before = [...acting].reverse().find((m) => m.end <= verbStart && verbStart - m.end <= 70);
  const third = mentions.find(
    (m) => m.role === 'agent' && m.side === 'third' && m.end <= verbStart && verbStart - m.end <= 30,
  );
  if (third && (!before || third.start > before.start)) return null;
  return before ?? after ?? null;
}

function nearestDate(dates: readonly DateMention[], at: number): DateMention | null {
  return [...dates].filter((d) => d.anchor).sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0] ?? null;
}

/** A statement by one government in this sentence, unless the same side acts in it (it is then explaining its act). */
export function findStatement(a: SentenceAnalysis, acts: readonly RawCandidate[]): RawCandidate | null {
  const text = a.sentence.text;
  if (!STRONG.test(text) || TRIVIAL.test(text)) return null;
  for (const m of text.matchAll(SPEECH)) {
    const start = m.index ?? 0;
    const speaker = speakerAt(a.mentions, start, start + m[0].length);
    if (!speaker || speaker.side === 'third') continue;
    const side = speaker.side as Actor;
    if (acts.some((c) => c.actors.includes(side))) return null;
    const trigger = {
      rule: {
        category: 'statement' as const,
        re: SPEECH,
        tone: -1,
        form: 'verb' as const,
        mutual: false,
        gist: 'says',
      },
      start,
      end: start + m[0].length,
      text: m[0],
    };
    return {
      category: 'statement',
      actors: [side],
      tone: NEGATIVE_TONE.test(text) ? -1 : 1,
      gist: /\bden(?:y|ies|ied|ying)/i.test(text) ? 'denies' : 'condemns',
      statement: true,
      analysis: a,
      trigger,
      date: nearestDate(a.dates, start),
      how: 'subject',
      names: speaker.entry.kind === 'person' || speaker.entry.kind === 'body' ? [speaker.entry.label] : [],
      future: FUTURE_TENSE.test(text),
    };
  }
  return null;
}
