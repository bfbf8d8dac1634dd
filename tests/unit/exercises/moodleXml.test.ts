import { describe, expect, it } from 'vitest';
import { serializeMoodleXml } from '../../../src/exercises/moodleXml';
import type { OrderCard } from '../../../src/exercises/orderCards';

const card = (id: string, startMs: number, title: string, dateLabel = 'a date'): OrderCard => ({
  id,
  title,
  clue: '',
  startMs,
  dateLabel,
});

function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

/** What Moodle shows for an HTML text: the text an HTML parser makes of it, and whether it made elements. */
function asHtml(html: string): { text: string; elements: number } {
  const div = document.createElement('div');
  div.innerHTML = html;
  return { text: div.textContent ?? '', elements: div.querySelectorAll('*').length };
}

const CARDS = [
  card('c', 3, 'Third', '3 March 2003'),
  card('a', 1, 'First', '1 January 2001'),
  card('b', 2, 'Second', '2 February 2002'),
];

describe('serializeMoodleXml', () => {
  it('writes one ordering question with its settings and the items in date order', () => {
    const doc = parseXml(serializeMoodleXml(CARDS, { name: 'Order: three events', source: 'Dataset 0.1.1' }));
    const q = doc.querySelector('quiz > question')!;
    expect(q.getAttribute('type')).toBe('ordering');
    const field = (tag: string) => q.querySelector(`:scope > ${tag}`)?.textContent;
    expect(field('name > text')).toBe('Order: three events');
    expect([
      field('layouttype'),
      field('selecttype'),
      field('selectcount'),
      field('gradingtype'),
      field('showgrading'),
    ]).toEqual(['VERTICAL', 'ALL', '3', 'RELATIVE_NEXT_EXCLUDE_LAST', 'SHOW']);
    expect([...q.querySelectorAll(':scope > answer > text')].map((t) => t.textContent)).toEqual([
      'First',
      'Second',
      'Third',
    ]);
    expect(asHtml(field('generalfeedback > text') ?? '').text).toBe(
      '1 January 2001: First2 February 2002: Second3 March 2003: ThirdDataset 0.1.1',
    );
    expect(asHtml(field('questiontext > text') ?? '').text).toBe(
      'Put these events in the order they happened, earliest first.',
    );
  });

  it('offers absolute-position grading when asked', () => {
    const doc = parseXml(serializeMoodleXml(CARDS, { name: 'x', grading: 'ABSOLUTE_POSITION' }));
    expect(doc.querySelector('gradingtype')?.textContent).toBe('ABSOLUTE_POSITION');
  });

  it('keeps hostile text as text: CDATA ends, script tags, ampersands, quotes and control characters', () => {
    const hostile =
      ']]><script>alert("x")</script> AT&T & Co\'s <b>bold</b>\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uD800 tab\there';
    const shown = ']]><script>alert("x")</script> AT&T & Co\'s <b>bold</b> tab\there';
    const xml = serializeMoodleXml([card('h', 1, hostile, hostile), card('z', 2, 'Plain')], {
      name: hostile,
      questionText: hostile,
      source: hostile,
    });
    const doc = parseXml(xml);
    expect(doc.querySelector('script, b')).toBeNull();
    expect(doc.querySelector('name > text')?.textContent).toBe(shown);
    const answer = asHtml(doc.querySelector('answer > text')?.textContent ?? '');
    expect(answer).toEqual({ text: shown, elements: 0 });
    const question = asHtml(doc.querySelector('questiontext > text')?.textContent ?? '');
    expect(question).toEqual({ text: shown, elements: 1 }); // the <p> we wrote, nothing from the text
  });

  it('is checked by a parser that does reject a broken file', () => {
    expect(() => parseXml('<quiz><question></quiz>')).toThrow(/not well-formed/);
    expect(() => parseXml('<quiz>\u0001</quiz>')).toThrow(/not well-formed/);
  });

  it('writes a question with no items for no cards, still well-formed', () => {
    const doc = parseXml(serializeMoodleXml([], { name: 'empty' }));
    expect(doc.querySelectorAll('answer')).toHaveLength(0);
    expect(doc.querySelector('selectcount')?.textContent).toBe('0');
  });
});
