import { describe, expect, it } from 'vitest';
import { sourceKindLabel } from '../../../src/data/categories';
import { toRawEvent } from '../../../src/data/exportData';
import { formatIssue } from '../../../src/data/model';
import { validateDataset } from '../../../src/data/validate';
import { rawDataset, rawEvent } from '../fixtures';

const src = (url: string, kind: string, extra: Record<string, unknown> = {}) => ({
  url,
  title: 't',
  publisher: 'p',
  date: '2021-04-15',
  kind,
  ...extra,
});

describe('sources on state media hosts, in any dataset', () => {
  const { dataset, issues } = validateDataset(
    rawDataset([
      rawEvent({
        id: 'a',
        sources: [
          src('https://www.reuters.com/world/1', 'news'),
          src('https://example.org/b', 'news'),
          src('https://www.rt.com/news/1', 'news'),
          src('https://www.xinhuanet.com/english/1', 'reference'),
          src('https://tass.com/politics/1', 'state-media', { country: 'CN' }),
          src('https://www.globaltimes.cn/1', 'state-media'),
          src('https://www.cgtn.com/1', 'state-media', { country: 'CN' }),
        ],
      }),
    ]),
  );
  const sources = dataset?.events[0]?.sources ?? [];

  it('keeps every source and shows each state media one as its state', () => {
    expect(sources.map((s) => sourceKindLabel(s))).toEqual([
      'News',
      'News',
      'Russian state-affiliated media',
      'Chinese state-affiliated media',
      'Russian state-affiliated media',
      'Chinese state-affiliated media',
      'Chinese state-affiliated media',
    ]);
    expect(sources[2]?.relabelledFrom).toEqual({ kind: 'news', country: null });
    expect(sources[3]).toMatchObject({ kind: 'state-media', country: 'CN' });
    expect(sources[6]?.relabelledFrom).toBeNull();
  });

  it('downloads the sources as shown, with their state', () => {
    const event = dataset?.events[0];
    if (!event) throw new Error('no event');
    expect(toRawEvent(event).sources.map((s) => `${s.kind} ${s.country ?? '-'}`)).toEqual([
      'news -',
      'news -',
      'state-media -',
      'state-media CN',
      'state-media RU',
      'state-media CN',
      'state-media CN',
    ]);
  });

  it('warns for each change, naming the source, the host and its state', () => {
    expect(issues.map(formatIssue)).toEqual([
      'Warning: event 0 (a), sources[2].kind: "news" on www.rt.com, which is Russian state-affiliated media; shown as state-affiliated media',
      'Warning: event 0 (a), sources[3].kind: "reference" on www.xinhuanet.com, which is Chinese state-affiliated media; shown as state-affiliated media',
      'Warning: event 0 (a), sources[4].country: "CN" on tass.com, which is Russian state-affiliated media; shown as Russian',
      'Warning: event 0 (a), sources[5].country: absent (which means Russia) on www.globaltimes.cn, which is Chinese state-affiliated media; shown as Chinese',
    ]);
    expect(issues.every((i) => i.level === 'warning')).toBe(true);
  });

  it('counts a source by its place in the file when an earlier one is unusable', () => {
    const { issues: shifted } = validateDataset(
      rawDataset([rawEvent({ id: 'b', sources: ['not a source', src('https://rt.com/a', 'news')] })]),
    );
    expect(shifted.map((i) => i.field)).toEqual(['sources[0]', 'sources[1].kind']);
  });
});

describe('through and country fields', () => {
  it('reads through and country, and ignores a malformed through with a warning', () => {
    const ok = validateDataset(
      rawDataset([rawEvent({ sources: [src('https://cgtn.com/a', 'state-media', { country: 'CN' })] })], {
        through: '2025-12-31',
      }),
    );
    expect(ok.issues).toEqual([]);
    expect(ok.dataset?.through).toBe('2025-12-31');
    expect(ok.dataset?.events[0]?.sources[0]?.country).toBe('CN');
    expect(validateDataset(rawDataset([rawEvent()])).dataset?.through).toBeNull();
    const bad = validateDataset(rawDataset([rawEvent()], { through: '2025-12' }));
    expect(bad.dataset?.through).toBeNull();
    expect(bad.issues.map(formatIssue)).toEqual([
      'Warning: dataset, through: "2025-12" is not a date of the form YYYY-MM-DD; ignored',
    ]);
  });
  it('keeps a source whose country is not an ISO code, with a warning', () => {
    const { dataset, issues } = validateDataset(
      rawDataset([rawEvent({ id: 'c', sources: [src('https://example.org/a', 'state-media', { country: 'China' })] })]),
    );
    expect(dataset?.events[0]?.sources[0]?.country).toBeNull();
    expect(issues.map((i) => `${i.level} ${i.field}`)).toEqual(['warning sources[0].country']);
  });
});
