/**
 * The ordering exercise as a Moodle XML quiz file: one question of qtype "ordering" (the Ordering question
 * type plugin, qtype_ordering), importable in Moodle's question bank.
 *
 * Its fields as the plugin reads them on import: `layouttype` VERTICAL, `selecttype` ALL (every card shown),
 * `selectcount` the number of cards, `gradingtype`, `showgrading`, and one `<answer>` per item in the
 * correct order (Moodle stores the order from the file, so the items are written in date order and Moodle
 * shuffles them for each attempt).
 *
 * Grading: RELATIVE_NEXT_EXCLUDE_LAST by default: an item earns its mark when the item after it is the
 * right one, the last item excluded. Like the app's score by pairs, one card put in the wrong place costs
 * a mark or two, where ABSOLUTE_POSITION (also offered) can give nothing for an order that is right but
 * for its first card.
 *
 * Escaping: every text is plain text made HTML (&, <, >, " and ' as entities) and written as CDATA, so a
 * title with "<script>" shows as text in Moodle; "]]>" cannot survive HTML escaping, and the CDATA writer
 * splits it anyway. Characters XML 1.0 forbids (control characters other than tab and line ends, lone
 * surrogates, U+FFFE and U+FFFF) are dropped: an XML parser would reject the whole file for one.
 */
import type { OrderCard } from './orderCards';

export type MoodleGrading = 'RELATIVE_NEXT_EXCLUDE_LAST' | 'ABSOLUTE_POSITION';

export interface MoodleMeta {
  /** The question's name in the question bank. */
  readonly name: string;
  /** The instruction above the items; default "Put these events in the order they happened, earliest first." */
  readonly questionText?: string;
  /** Where the events come from (the dataset's citation and the view's address), shown after the attempt. */
  readonly source?: string;
  readonly grading?: MoodleGrading;
}

/** XML 1.0's Char production: tab, line ends, U+0020–U+D7FF, U+E000–U+FFFD and beyond U+FFFF. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** The text without the characters XML cannot hold (iterating code points, so a lone surrogate is one). */
function dropNonXml(text: string): string {
  let out = '';
  for (const ch of text) if (isXmlChar(ch.codePointAt(0) as number)) out += ch;
  return out;
}

/** Plain text as HTML text, without characters XML cannot hold. */
export function escapeHtmlText(text: string): string {
  return dropNonXml(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function cdata(html: string): string {
  return `<![CDATA[${html.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** `<tag format="html"><text>…</text></tag>` with the HTML in CDATA. */
function htmlField(tag: string, html: string, indent: string): string {
  return `${indent}<${tag} format="html">\n${indent}  <text>${cdata(html)}</text>\n${indent}</${tag}>`;
}

export function serializeMoodleXml(cards: readonly OrderCard[], meta: MoodleMeta): string {
  const solution = [...cards].sort((a, b) => a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const question = meta.questionText ?? 'Put these events in the order they happened, earliest first.';
  const order = solution.map((c) => `<li>${escapeHtmlText(c.dateLabel)}: ${escapeHtmlText(c.title)}</li>`).join('');
  const feedback = `<ol>${order}</ol>${meta.source ? `<p>${escapeHtmlText(meta.source)}</p>` : ''}`;
  const answers = solution.map(
    (c, i) =>
      `    <answer fraction="${i + 1}" format="html">\n      <text>${cdata(escapeHtmlText(c.title))}</text>\n    </answer>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<quiz>',
    '  <question type="ordering">',
    `    <name>\n      <text>${escapeHtmlText(meta.name)}</text>\n    </name>`,
    htmlField('questiontext', `<p>${escapeHtmlText(question)}</p>`, '    '),
    htmlField('generalfeedback', feedback, '    '),
    '    <defaultgrade>1</defaultgrade>',
    '    <penalty>0.3333333</penalty>',
    '    <hidden>0</hidden>',
    '    <layouttype>VERTICAL</layouttype>',
    '    <selecttype>ALL</selecttype>',
    `    <selectcount>${solution.length}</selectcount>`,
    `    <gradingtype>${meta.grading ?? 'RELATIVE_NEXT_EXCLUDE_LAST'}</gradingtype>`,
    '    <showgrading>SHOW</showgrading>',
    htmlField('correctfeedback', '', '    '),
    htmlField('partiallycorrectfeedback', '', '    '),
    htmlField('incorrectfeedback', '', '    '),
    ...answers,
    '  </question>',
    '</quiz>',
    '',
  ].join('\n');
}
