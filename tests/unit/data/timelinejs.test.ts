import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlToText } from '../../../src/data/htmlText';
import {
  composeDate,
  parseTimelineJsCsv,
  parseTimelineJsJson,
  slugify,
  TIMELINEJS_COLUMNS,
} from '../../../src/data/timelinejs';
import { toTimelineJsJson } from '../../../src/data/timelinejsExport';
import { validateDataset } from '../../../src/data/validate';
import { dataset, rawEvent } from '../fixtures';

/** A TimelineJS sheet as CSV: each row gives only the columns it names. */
function sheet(rows: Record<string, string>[]): string {
  return Papa.unparse({
    fields: [...TIMELINEJS_COLUMNS],
    data: rows.map((r) => TIMELINEJS_COLUMNS.map((c) => r[c] ?? '')),
  });
}

describe('htmlToText', () => {
  it('removes tags, decodes entities once, and makes blocks into lines', () => {
    expect(htmlToText('<p>Talks in <b>Geneva</b> &amp; Vienna</p><p>Then&nbsp;nothing.</p>')).toBe(
      'Talks in Geneva & Vienna\nThen nothing.',
    );
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#8212; &#x41; &bogus;')).toBe(
      '<script>alert(1)</script> &amp; \u2014 A &bogus;',
    );
    expect(htmlToText('line<br/>break<br>again')).toBe('line\nbreak\nagain');
  });

  it('drops scripts, styles and comments with their content, and keeps a lone "<"', () => {
    expect(htmlToText('a<script type="x">if (a<b) alert(1)</script >b<style>p{}</style>c<!-- <p>no</p> -->d')).toBe(
      'abcd',
    );
    expect(htmlToText('1 < 2 and 3 <= 4')).toBe('1 < 2 and 3 <= 4');
    expect(htmlToText('text <a href="x" unclosed')).toBe('text');
    expect(htmlToText('&#0; &#xD800; &#99999999;')).toBe('\uFFFD \uFFFD &#99999999;');
  });

  it('takes linear time on hostile input', () => {
    const t0 = performance.now();
    htmlToText('<a'.repeat(200_000));
    htmlToText('<script>'.repeat(50_000));
    htmlToText('</script'.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('never leaves a tag in text without entities, and undoes escapeHtml', () => {
    const chars = fc.constantFrom('<', '>', '/', '!', '-', 'a', 'b', 'p', 'r', ' ', '"', '\n', 's', 'c', 'i', 't');
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 60 }), (s) => {
        expect(htmlToText(s)).not.toMatch(/<[A-Za-z/!?]/);
      }),
      { seed: 42, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        expect(htmlToText(escapeHtml(s))).toBe(
          s
            .split('\n')
            .map((l) => l.replace(/\s+/g, ' ').trim())
            .filter(Boolean)
            .join('\n'),
        );
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('slugify and composeDate', () => {
  it('makes lower-case ASCII slugs', () => {
    expect(slugify('  Arms Control ')).toBe('arms-control');
    expect(slugify('Crème brûlée: São Paulo!')).toBe('creme-brulee-sao-paulo');
    expect(slugify('Санкции')).toBe('');
  });

  it('keeps the precision given and pads the parts', () => {
    expect(composeDate('2021', '', '')).toBe('2021');
    expect(composeDate('2021', '4', '')).toBe('2021-04');
    expect(composeDate(2021, 4, 5)).toBe('2021-04-05');
    expect(composeDate('800', '1', '1')).toBe('0800-01-01');
    expect(composeDate('', '4', '5')).toBeUndefined();
    expect(composeDate('-44', 'March', '15')).toBe('-44-March-15');
  });
});

describe('parseTimelineJsCsv', () => {
  const text = sheet([
    { Headline: 'US–Russia <i>relations</i>', Text: 'A sheet', Type: 'title' },
    { Year: '2021', Month: '1', Day: '20', 'End Year': '2025', Headline: 'Biden years', Type: 'era' },
    {
      Year: '2021',
      Month: '4',
      Day: '15',
      Time: '10:00',
      'Display Date': 'Mid-April',
      Headline: 'US <b>sanctions</b>',
      Text: '<p>Ten diplomats &amp; more.</p>',
      Media: 'https://example.org/a',
      'Media Credit': 'Treasury',
      'Media Caption': 'Press release',
      Group: 'Sanctions',
    },
    { Year: '2021', Month: '4', Headline: 'US sanctions', Group: 'Arms Control', Media: 'javascript:alert(1)' },
    { Year: '2021', Month: '4', Headline: 'US sanctions' },
  ]);

  it('maps the sheet onto our raw shape: title row, era rows and events with rows', () => {
    const { raw, rows, issues } = parseTimelineJsCsv(text);
    expect(raw.title).toBe('US–Russia relations');
    expect(raw.eras).toEqual([
      { id: 'era-biden-years', title: 'Biden years', start: '2021-01-20', end: '2025', kind: 'period' },
    ]);
    expect(rows).toEqual([4, 5, 6]);
    expect(raw.events[0]).toEqual({
      id: '2021-04-15-us-sanctions',
      date: '2021-04-15',
      title: 'US sanctions',
      summary: 'Ten diplomats & more.',
      actors: [],
      category: 'sanctions',
      displayDate: 'Mid-April',
      sources: [{ url: 'https://example.org/a', title: 'Press release', publisher: 'Treasury', kind: 'reference' }],
    });
    expect(raw.events.map((e) => (e as { id: string }).id)).toEqual([
      '2021-04-15-us-sanctions',
      '2021-04-us-sanctions',
      '2021-04-us-sanctions-2',
    ]);
    expect((raw.events[1] as { category: string }).category).toBe('arms-control');
    expect(issues).toEqual([
      expect.objectContaining({ level: 'warning', index: 1, row: 5, field: 'media', id: '2021-04-us-sanctions' }),
    ]);
  });

  it('gives the same ids for the same file, and records that validate with warnings only', () => {
    expect(parseTimelineJsCsv(text).raw).toEqual(parseTimelineJsCsv(text).raw);
    const { dataset: d, issues } = validateDataset(parseTimelineJsCsv(text).raw);
    expect(d?.events).toHaveLength(3);
    expect(issues.every((i) => i.level === 'warning')).toBe(true);
    expect(d?.eras.map((e) => e.kind)).toEqual(['period']);
  });

  it('warns about a day without a month and names a missing Year column', () => {
    const { issues } = parseTimelineJsCsv(sheet([{ Year: '2021', Day: '5', Headline: 'X' }]));
    expect(issues[0]).toMatchObject({ field: 'date', row: 2 });
    const bad = parseTimelineJsCsv('Headline,Text\nX,Y\n');
    expect(bad.issues[0]?.message).toContain('has no column Year or Headline');
  });
});

describe('parseTimelineJsJson', () => {
  it('maps slides, eras, the title slide and unique_id; passes non-objects through for validation', () => {
    const { raw } = parseTimelineJsJson({
      title: { text: { headline: 'My <em>timeline</em>' } },
      eras: [{ start_date: { year: 2021 }, end_date: { year: '2022' }, text: { headline: 'An era' } }],
      events: [
        {
          start_date: { year: 2021, month: 6, day: 16, display_date: 'June 16' },
          end_date: { year: 2021, month: 6, day: 17 },
          text: { headline: 'Geneva summit', text: 'Biden &amp; Putin meet.' },
          group: 'summit',
          unique_id: 'geneva',
        },
        'not a slide',
      ],
    });
    expect(raw.title).toBe('My timeline');
    expect(raw.eras).toEqual([{ id: 'era-an-era', title: 'An era', start: '2021', end: '2022', kind: 'period' }]);
    expect(raw.events).toEqual([
      {
        id: 'geneva',
        date: '2021-06-16',
        end: '2021-06-17',
        title: 'Geneva summit',
        summary: 'Biden & Putin meet.',
        actors: [],
        category: 'summit',
        displayDate: 'June 16',
        sources: [],
      },
      'not a slide',
    ]);
  });
});

describe('toTimelineJsJson', () => {
  it('writes TimelineJS JSON at each date precision with escaped text', () => {
    const d = dataset([
      rawEvent({ id: 'a', date: '2021', title: 'A <b>bold</b> claim', summary: 'Tom & "Jerry"' }),
      rawEvent({ id: 'b', date: '2021-04', end: '2022-01-02', category: 'summit' }),
    ]);
    const doc = toTimelineJsJson({ title: 'T & U', events: d.events });
    expect(doc.title).toEqual({ text: { headline: 'T &amp; U', text: '' } });
    expect(doc.events).toEqual([
      {
        unique_id: 'a',
        start_date: { year: 2021 },
        text: { headline: 'A &lt;b&gt;bold&lt;/b&gt; claim', text: 'Tom &amp; &quot;Jerry&quot;' },
        group: 'sanctions',
      },
      {
        unique_id: 'b',
        start_date: { year: 2021, month: 4 },
        end_date: { year: 2022, month: 1, day: 2 },
        text: { headline: 'US announces sanctions', text: 'The United States announced sanctions.' },
        group: 'summit',
      },
    ]);
  });

  it('round-trips through parseTimelineJsJson: ids, dates, titles, summaries and categories', () => {
    const d = dataset([
      rawEvent({ id: 'a', date: '2021-04-15', end: '2021-05', title: 'A <b> & </b>', summary: 'x < y' }),
      rawEvent({ id: 'b', date: '1999' }),
    ]);
    const back = validateDataset(parseTimelineJsJson(toTimelineJsJson({ events: d.events, eras: d.eras })).raw);
    const pick = (e: {
      id: string;
      date: string;
      end: string | null;
      title: string;
      summary: string;
      category: string;
    }) => [e.id, e.date, e.end, e.title, e.summary, e.category].join('|');
    expect(back.dataset?.events.map(pick)).toEqual(d.events.map(pick));
  });
});
