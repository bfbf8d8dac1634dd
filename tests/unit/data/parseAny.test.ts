import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/data/model';
import { attachRows, parseAnyDataset, validateAnyDataset } from '../../../src/data/parseAny';
import { rawDataset, rawEvent } from '../fixtures';

const OUR_CSV = [
  'id,date,title,summary,actors,category,tone,source1_url,source1_title,source1_publisher,source1_kind',
  'a,2021-04-15,US sanctions,S.,US,sanctions,-2,https://example.org/a,A,Example,news',
  'b,2021-13-45,Bad date,S.,RU,sanctions,-2,https://example.org/b,B,Example,news',
].join('\r\n');

const TIMELINEJS_CSV =
  'Year,Month,Day,Time,Headline,Text,Type,Group\r\n2021,4,15,,Sanctions,<p>Text</p>,,Sanctions\r\n';

describe('parseAnyDataset', () => {
  it('tells the four formats apart by content', async () => {
    const json = JSON.stringify(rawDataset([rawEvent()]));
    const tljson = JSON.stringify({ events: [{ start_date: { year: 2021 }, text: { headline: 'X' } }] });
    expect((await parseAnyDataset(json, 'a.csv')).format).toBe('json');
    expect((await parseAnyDataset(`\uFEFF  ${json}`, 'a')).format).toBe('json');
    expect((await parseAnyDataset(tljson, 'a.json')).format).toBe('timelinejs-json');
    expect((await parseAnyDataset(OUR_CSV, 'a.json')).format).toBe('csv');
    expect((await parseAnyDataset(TIMELINEJS_CSV, 'a')).format).toBe('timelinejs-csv');
  });

  it('keeps a JSON document as it is and gives CSV records their rows', async () => {
    const json = rawDataset([rawEvent()]);
    expect(await parseAnyDataset(JSON.stringify(json), 'x.json')).toEqual({
      raw: json,
      format: 'json',
      issues: [],
      rows: null,
    });
    expect((await parseAnyDataset(OUR_CSV, 'x.csv')).rows).toEqual([2, 3]);
  });

  it('titles a CSV dataset after its file name', async () => {
    const raw = (await parseAnyDataset(OUR_CSV, 'https://x.org/data/my-events.csv?v=2')).raw as { title: string };
    expect(raw.title).toBe('my-events');
    expect(((await parseAnyDataset(TIMELINEJS_CSV, 'C:\\data\\sheet.csv')).raw as { title: string }).title).toBe(
      'sheet',
    );
  });

  it.each([
    ['', 'is empty'],
    ['  \n ', 'is empty'],
    ['<!DOCTYPE html><html><body>Not found</body></html>', 'is a web page (HTML)'],
    ['{"events": [{"id": "a", "date": "20', 'is truncated'],
    ['{"events": [}', 'is not valid JSON'],
    ['name,when\nx,2021\n', 'is neither JSON nor a CSV we know'],
    ['i\u0000d\u0000,\u0000d\u0000a\u0000t\u0000e', 'is not UTF-8 text (it contains NUL bytes)'],
  ])('gives one clear error for %j', async (text, message) => {
    const result = await parseAnyDataset(text, 'file.csv');
    expect(result.raw).toBeNull();
    expect(result.format).toBeNull();
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ level: 'error', index: null, field: 'file.csv' });
    expect(result.issues[0]?.message).toContain(message);
  });

  it('names the expected columns when a CSV header matches neither format', async () => {
    const message = (await parseAnyDataset('name,when\nx,2021\n', 'f.csv')).issues[0]?.message ?? '';
    expect(message).toContain('"name,when"');
    expect(message).toContain('id, date, title');
    expect(message).toContain('Year, Month, Day, Headline');
  });
});

describe('validateAnyDataset', () => {
  it('reports a CSV record by its spreadsheet row', async () => {
    const { format, dataset, issues } = await validateAnyDataset(OUR_CSV, 'events.csv');
    expect(format).toBe('csv');
    expect(dataset?.events.map((e) => e.id)).toEqual(['a']);
    expect(issues.map(formatIssue)).toEqual(['Error: row 3 (b), date: "2021-13-45" is not a calendar date']);
  });

  it('puts row numbers on validation issues of a long sheet, multi-line cells included', async () => {
    const lines = ['id,date,title'];
    for (let i = 2; i <= 13; i += 1) lines.push(`e${i},2021-01-0${(i % 9) + 1},"Title\n${i}"`);
    lines.push('bad,2021-13-45,Bad');
    const { issues } = await validateAnyDataset(lines.join('\n'), 'f.csv');
    const dateIssue = issues.find((i) => i.id === 'bad');
    expect(dateIssue?.row).toBe(14);
    expect(formatIssue(dateIssue!)).toBe('Error: row 14 (bad), date: "2021-13-45" is not a calendar date');
  });

  it('passes a file-level error through with no dataset', async () => {
    const { dataset, issues } = await validateAnyDataset('', 'f.json');
    expect(dataset).toBeNull();
    expect(issues.map(formatIssue)).toEqual([
      'Error: dataset, f.json: is empty: a dataset is JSON ({"events": […]}) or CSV with a header row',
    ]);
  });

  it('reads a JSON dataset exactly as validateDataset does', async () => {
    const { format, dataset, issues } = await validateAnyDataset(JSON.stringify(rawDataset([rawEvent()])), 'd.json');
    expect(format).toBe('json');
    expect(issues).toEqual([]);
    expect(dataset?.events).toHaveLength(1);
  });
});

describe('attachRows', () => {
  it('maps by index, else by event id, and leaves era and JSON issues alone', async () => {
    const parsed = { raw: { events: [{ id: 'a' }, { id: 'b' }] }, rows: [2, 5] };
    const issues = attachRows(
      [
        { level: 'error', index: 1, id: 'b', field: 'date', message: 'm' },
        { level: 'error', index: null, id: 'a', field: 'respondsTo', message: 'm' },
        { level: 'warning', index: null, id: 'a', field: 'eras[0].end', message: 'm' },
        { level: 'warning', index: null, id: null, field: '(file)', message: 'm', row: 9 },
      ],
      parsed,
    );
    expect(issues.map((i) => i.row)).toEqual([5, 2, undefined, 9]);
    expect(attachRows(issues.slice(0, 1), { raw: {}, rows: null })[0]?.row).toBe(5);
  });
});
