/**
 * The date of an act in its sentence: the nearest date to the trigger, with the date of a report, a date after a
 * participle and a date cut off by a clause break given to what they belong to.
 */
import { readingDistance } from './clauses';
import { type DateMention, isAfterPublication } from './dates';
import type { TriggerHit } from './triggers';

/** A speech verb just before a date: "said on Thursday", "told reporters Friday", "disclosed on Friday that". */
const SPEECH_DATE =
  /\b(?:said|says|told (?:reporters|journalists|a news conference)|announced|reported|confirmed|disclosed|added|stated|insisted)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;

/** A noun for an occasion right after a month: "a September summit", "the June talks". */
const OCCASION_AFTER =
  /^\s+(?:summit|meeting|talks|visit|session|conference|elections?|vote|referendum|deadline|trip|round)\b/;

/**
 * The date of the act: the one nearest the trigger's words. A date that only says when the act was reported,
 * after it ("…, officials said on Thursday"), is the report's: it stands in only when the sentence gives no
 * other, and is marked `reported` so that a date of the act from another sentence wins over it. For an act
 * in the past tense a date after publication ("a summit next month") gives way to any other; alone, it is
 * kept, and the act is flagged.
 */
export function nearestDate(
  dates: readonly DateMention[],
  hit: TriggerHit,
  text: string,
  published: string,
  future: boolean,
  others: readonly TriggerHit[] = [],
): DateMention | null {
  const reported = (d: DateMention) =>
    d.start >= hit.end && SPEECH_DATE.test(text.slice(Math.max(0, d.start - 40), d.start));
  // "a reply to the proposals received in March": a date after a participle dates that participle's noun.
  const described = (d: DateMention) =>
    d.start > hit.end && /\b\p{L}+(?:ed|en)\s+(?:on\s+|in\s+|last\s+)?$/u.test(text.slice(hit.end, d.start));
  // "on the eve of the anniversary of Russia's invasion of Ukraine on February 24, 2022": the date is the invasion's.
  const remembered = (d: DateMention) => /\b(?:anniversary|eve)\s+of\b[^,;]*$/i.test(text.slice(0, d.start));
  // "called off a planned September summit": a month naming the occasion after it dates that occasion, not the verb.
  const attributive = (d: DateMention) =>
    d.start > hit.start &&
    /^(?:early |late |mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
      d.text,
    ) &&
    OCCASION_AFTER.test(text.slice(d.end, d.end + 20));
  // "Primakov, who took over the ministry a month ago, sat down with Christopher yesterday": a date in a relative
  // clause closed before the verb dates that clause.
  const relative = (d: DateMention) =>
    d.end <= hit.start &&
    /,\s+(?:[^,;]*\s)?(?:who|which)\s[^,;]*$/.test(text.slice(0, d.start)) &&
    /,/.test(text.slice(d.end, hit.start));
  const anchored = dates.filter((d) => d.anchor);
  const undescribed = anchored.filter((d) => !described(d) && !remembered(d) && !attributive(d) && !relative(d));
  const own = (undescribed.length > 0 ? undescribed : anchored).filter((d) => !reported(d));
  // A date across a break between clauses (";", ", and", ", but") is further than its characters: "On 2 December
  // Putin received Witkoff in the Kremlin, and on 20 December Dmitriev held talks" dates each in its own clause.
  const distance = (d: DateMention) =>
    d.end <= hit.start ? readingDistance(text, d.end, hit.start) : Math.max(0, readingDistance(text, hit.end, d.start));
  let best: DateMention | null = null;
  const late = (d: DateMention) => !future && isAfterPublication(d.date, published);
  for (const d of own.some((o) => !late(o)) ? own : anchored) {
    const closer = !best || distance(d) < distance(best);
    if (!best || (late(best) && !late(d)) || (closer && late(d) === late(best))) best = d;
  }
  // A date cut off from the verb by a clause break belongs to the act told before it, when one follows in the verb's own
  // clause: "signed in 2010 and extended for five years in 2021".
  const broken = (from: number, to: number) => /[,;]|\band\b/.test(text.slice(from, to));
  const after = own.find(
    (d) =>
      d.start >= hit.end &&
      d.start - hit.end <= 40 &&
      !broken(hit.end, d.start) &&
      !/\b\p{L}+ed\b/u.test(text.slice(hit.end, d.start)) &&
      !late(d),
  );
  // Another act told before that date (a verb, or a noun: "announced sanctions on April 15 and called Putin on April 13").
  const earlierAct = (d: DateMention) => others.some((h) => h !== hit && h.end <= d.start && d.end <= hit.start);
  if (best && after && best.end <= hit.start && broken(best.end, hit.start) && earlierAct(best)) best = after;
  return best && !own.includes(best) ? { ...best, reported: true } : best;
}

/** The second of two days joined by "and" right after a plural meeting's noun ("of 12 February and 25 March"). */
export function secondDay(dates: readonly DateMention[], hit: TriggerHit, text: string): DateMention | null {
  const after = dates.filter((d) => d.start >= hit.end && d.precision === 'day');
  const [one, two] = after;
  if (!one || !two || one.start - hit.end > 12) return null;
  return /^\s*(?:,\s*)?and\s+$/.test(text.slice(one.end, two.start)) ? two : null;
}

/**
 * "in mid-May …, and again in October", "At the end of August, and again on the first day of September": an act
 * told on two dates joined by "and again". The other of the two, when the act took one of them.
 */
export function againDay(dates: readonly DateMention[], own: DateMention | null, text: string): DateMention | null {
  const m = /,?\s+and again\b/i.exec(text);
  if (!m || !own) return null;
  const end = m.index + m[0].length;
  const after = dates.find((d) => d.start >= end && d.start - end <= 30 && !/[,;]/.test(text.slice(end, d.start)));
  const before = [...dates].reverse().find((d) => d.end <= m.index && m.index - d.end <= 60);
  if (!after || !before || after.date === before.date) return null;
  if (own.date === after.date) return before;
  return own.date === before.date ? after : null;
}

/** A place's second part between commas: "met at Hyde Park, N.Y., on Oct. 23", "in Geneva, Switzerland, on". */
const PLACE_PART = /,\s*\p{Lu}[\p{L}.]{0,14},/gu;

/**
 * "hours after Trump and Putin met in Helsinki on Monday", "after the two leaders met in Helsinki in July": a verb
 * dated in its own clause reports its act, though the clause gives the reason or the time of another; a noun does
 * not ("since the invasion in 2022").
 */
export function isDatedVerb(hit: TriggerHit, text: string, dates: readonly DateMention[]): boolean {
  return (
    hit.rule.form === 'verb' &&
    !/(?:ion|ions|ment|ments|al|als|ure|ures)$/i.test(hit.text) &&
    dates.some(
      (d) =>
        d.anchor &&
        d.start >= hit.end &&
        d.start - hit.end <= 40 &&
        !/[,;]/.test(text.slice(hit.end, d.start).replace(PLACE_PART, '')),
    )
  );
}
