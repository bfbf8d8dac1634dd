/**
 * Reactions and reported speech, kept apart from the acts they are about: "Moscow denied involvement" is a
 * statement by Russia, never a reason to make Russia the actor of the sanctions it answers. Only strong
 * reactions count (a denial, a condemnation, a threat or promise of a response, an accusation), and only in
 * the words around the speech verb; "declined to comment" and plain explanations do not.
 */
import type { Actor } from '../data/categories';
import type { ActorMention } from './actors';
import { isObject } from './agents';
import type { RawCandidate, SentenceAnalysis } from './candidates';
import { type DateMention, isFutureAt } from './dates';

const SPEECH =
  /\b(?:(?:hit|hits|hitting|fired|fires|shot|shoots|lashed|lashes|struck|strikes|pushed|pushes) (?:back|out)|made (?:the|his|her|these|those) (?:comments?|remarks?)|said|says|say|told|stated|added|declared|warned|warns|vowed|vows|pledged|promised|threatened|threatens|denied|denies|deny|dismissed|dismisses|condemned|condemns|denounced|denounces|critici[sz]ed|critici[sz]es|accused|accuses|blamed|blames|called|calls|described|branded|labell?ed|insisted|protested|slammed|decried|responded|responds|retorted|replied|answered|wrote|posted|urged|voiced|expressed|rejected (?:the |U\.S\. |US |American |Russian |Western )?(?:accusations?|allegations?|claims?|charges?|criticism|demands?)|rejects (?:the )?(?:accusations?|allegations?|claims?))\b/gi;
const STRONG =
  /\b(?:hit back|fired back|shot back|lashed out|struck back|made (?:the|his|her|these|those) (?:comments?|remarks?)|war criminal|hypocri|unworthy|unforgivable|urg(?:e|ed|es|ing)|den(?:y|ies|ied|ying|ial)|reject|dismiss|condemn|denounc|protest|slam|decri|retaliat|respon(?:d|se)|reciprocal|mirror|countermeasure|absurd|illegal|unlawful|unacceptable|hostile|aggressi|rebuff|unfriendly|groundless|baseless|unfounded|provocat|russophob|blackmail|hysteria|fabricat|unanswered|killer|violat|accus|blame|warn|vow|threat|regret|destroy(?!er)|demand|called on|retort|mockery|sham|counterproductive|unjustified|destructive|mistake|unfortunate|regrettabl|unjust|unsafe|unprofessional|reckless|irresponsib|disproportionate|politically motivated|flagrant|breach|outrage|deplor|insist|pushed back)\w*/i;
const TRIVIAL =
  /\b(?:declined to comment|no immediate comment|did not (?:immediately )?respond|could not be reached|not immediately available)\b/i;
const NEGATIVE_TONE =
  /\b(?:den|reject|dismiss|condemn|denounc|protest|slam|decri|retaliat|absurd|illegal|unlawful|unacceptable|hostile|aggressi|groundless|baseless|unfounded|provocat|russophob|blackmail|hysteria|fabricat|killer|violat|accus|blame|warn|threat|regret|destroy(?!er)|mockery|sham|counterproductive|unjustified|destructive|mistake|unfortunate|regrettabl|unjust|unsafe|unprofessional|reckless|irresponsib|disproportionate|politically motivated|flagrant|breach|outrage|deplor)/i;

/** The speaking side nearest the speech verb: before it ("Peskov said"), or just after ("said Peskov"). */
function speakerAt(
  text: string,
  mentions: readonly ActorMention[],
  verbStart: number,
  verbEnd: number,
): ActorMention | null {
  const acting = mentions.filter((m) => m.role === 'agent');
  // "Biden, asked whether …, replied": the subject before the aside speaks, not a name inside it.
  if (/,\s*$/.test(text.slice(0, verbStart))) {
    const subject = acting.find((m) => m.end <= verbStart && /^\s*,/.test(text.slice(m.end)));
    if (subject) return subject.side === 'third' ? null : subject;
  }
  const before = [...acting].reverse().find((m) => m.end <= verbStart && verbStart - m.end <= 70 && !isObject(text, m));
  // "said Peskov", "said the Kremlin's spokesman": only a verb of saying puts its speaker after it; after
  // "accused", "called in" or "urged" the name is who is spoken to or about.
  const plain = /^(?:said|says|say|told|stated|added|declared|wrote|posted|insisted|replied|answered|responded)$/i;
  const after = plain.test(text.slice(verbStart, verbEnd))
    ? acting.find((m) => m.start >= verbEnd && m.start - verbEnd <= 45)
    : undefined;
  const speaker = before ?? after ?? null;
  return speaker && speaker.side !== 'third' ? speaker : null;
}

function nearestDate(dates: readonly DateMention[], at: number): DateMention | null {
  return [...dates].filter((d) => d.anchor).sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))[0] ?? null;
}

/** A statement by one government in this sentence, unless the same side acts in it (it is then explaining its act). */
export function findStatement(a: SentenceAnalysis, acts: readonly RawCandidate[]): RawCandidate | null {
  const text = a.sentence.text;
  if (TRIVIAL.test(text)) return null;
  // "Americans denied entry" is a ban, not a denial.
  const verbs = [...text.matchAll(SPEECH)].filter(
    (m) => !/^\s+(?:entry|visas?|access|permission|a visa)\b/i.test(text.slice((m.index ?? 0) + m[0].length)),
  );
  for (const [i, m] of verbs.entries()) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // "had been warned" is not speech; "has said", "has long insisted" is a standing position, not a dated statement.
    if (
      /\b(?:been|be|was|were|has|have|had)\s+(?:\p{L}+ly\s+|long\s+)?$/iu.test(
        text.slice(Math.max(0, start - 25), start),
      )
    )
      continue;
    // "in what the command described as reckless": an aside on an act, not a statement of its own.
    if (/\bwhat\s+[^,;]{0,50}$/i.test(text.slice(Math.max(0, start - 60), start))) continue;
    // The words this verb introduces: up to the next speech verb.
    const clause = text.slice(Math.max(0, start - 40), verbs[i + 1]?.index ?? text.length);
    if (!STRONG.test(clause)) continue;
    const speaker = speakerAt(text, a.mentions, start, end);
    if (!speaker) continue;
    // "a trial that the White House called a sham" describes the trial; the words were said on another occasion.
    if (/\b(?:that|which|whom)\s+[^,;]{0,40}$/i.test(text.slice(Math.max(0, speaker.start - 50), speaker.start)))
      continue;
    const side = speaker.side as Actor;
    if (acts.some((c) => c.actors.length === 1 && c.actors.includes(side))) return null;
    const denies = /\bden(?:y|ies|ied|ying)|reject/i.test(m[0]);
    const rule = {
      category: 'statement' as const,
      re: SPEECH,
      tone: -1,
      form: 'verb' as const,
      mutual: false as const,
      gist: 'says',
    };
    return {
      category: 'statement',
      actors: [side],
      tone: NEGATIVE_TONE.test(clause) ? -1 : 1,
      gist: denies ? 'denies' : 'condemns',
      statement: true,
      analysis: a,
      trigger: { rule, start, end, text: m[0] },
      date: nearestDate(a.dates, start),
      how: 'subject',
      names: speaker.entry.kind === 'person' || speaker.entry.kind === 'body' ? [speaker.entry.label] : [],
      future: isFutureAt(text, start),
    };
  }
  return null;
}
