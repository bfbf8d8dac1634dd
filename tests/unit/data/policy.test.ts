import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/data/model';
import { checkPolicy, computeCuratedIssues, titleSimilarity } from '../../../src/data/policy';
import { validateDataset } from '../../../src/data/validate';
import { dataset, rawDataset, rawEvent } from '../fixtures';

const NOW = Date.UTC(2026, 10, 28);
/** The fixtures' dataset is updated 2026-01-01; a curated one states how far it is checked. */
const CURATED = { through: '2025-12-31' };
const src = (url: string, kind: string, extra: Record<string, unknown> = {}) => ({
  url,
  title: 't',
  publisher: 'p',
  date: '2021-04-15',
  kind,
  ...extra,
});
const check = (events: Record<string, unknown>[], extra: Record<string, unknown> = CURATED) =>
  checkPolicy(dataset(events, extra), { nowMs: NOW });
const lines = (issues: ReturnType<typeof check>) => issues.map(formatIssue);

describe('checkPolicy', () => {
  it('passes a well-sourced dataset', () => {
    expect(check([rawEvent()])).toEqual([]);
  });
  it('flags http sources, repeated sources, future dates, responses to later events and figures without a source', () => {
    const s = src('http://example.org/x', 'news');
    const issues = check([
      rawEvent({ id: 'early', date: '2021-01-01', respondsTo: ['late'], sources: [{ ...s, date: '2021-01-01' }, s] }),
      rawEvent({ id: 'late', date: '2021-02-01', figures: [{ value: 32, what: 'designations', source: 3 }] }),
      rawEvent({ id: 'future', date: '2027-01-01' }),
    ]);
    expect(issues.map((i) => `${i.id} ${i.field}`)).toEqual([
      'early sources[0].url',
      'early sources[1].url',
      'early sources[1].url',
      'early respondsTo',
      'late figures[0].source',
      'future date',
      'future date', // after `through` too
      'late sources', // its one source (the fixture's) is dated 2021-04-15, long before the event
    ]);
  });
  it('flags near-duplicates: same date and category with similar titles', () => {
    const issues = check([
      rawEvent({ id: 'a', title: 'US expels 10 Russian diplomats' }),
      rawEvent({ id: 'b', title: 'US expels ten Russian diplomats' }),
      rawEvent({ id: 'c', title: 'Treasury designates 32 entities' }),
    ]);
    expect(issues.map((i) => `${i.id} ${i.field}`)).toEqual(['b title']);
  });
  it('measures title similarity on words', () => {
    expect(titleSimilarity('a b c', 'a b c')).toBe(1);
    expect(titleSimilarity('a b', 'c d')).toBe(0);
  });
});

describe('source rules', () => {
  const one = (...sources: Record<string, unknown>[]) => lines(check([rawEvent({ id: 'e', sources })]));

  it('rejects staging, CDN and mirror copies, and nothing else', () => {
    expect(one(src('https://digital-stage.thehill.com/a', 'news'), src('https://thehill.com/a', 'news'))).toEqual([
      "Error: event e, sources[0].url: digital-stage.thehill.com is a staging copy of the site, not the page's address of record: cite the publisher's own address",
    ]);
    expect(one(src('https://nsarchive.gwu.edu./a', 'reference'))).toEqual([
      "Error: event e, sources[0].url: nsarchive.gwu.edu. is the host written with a trailing dot, not the page's address of record: cite the publisher's own address",
    ]);
  });

  it('requires state media to be labelled state-media, with the state when it is not Russia', () => {
    expect(
      one(
        src('https://tass.com/politics/1', 'news'),
        src('https://sputnikglobe.com/2021/x', 'reference'),
        src('https://www.rt.com/news/1', 'state-media'),
        src('https://de.sputniknews.com/politik/1', 'state-media'),
        src('https://www.reuters.com/world/1', 'news'),
        src('https://start.example/rt.com', 'news'),
        src('https://en.people.cn/a', 'news'),
      ),
    ).toEqual([
      'Error: event e, sources[0].kind: is "news", but tass.com is Russian state-affiliated media (Russia\'s state news agency): label it "state-media"',
      'Error: event e, sources[1].kind: is "reference", but sputnikglobe.com is Russian state-affiliated media (Rossiya Segodnya\'s international outlet, in all its language domains (sarabic.ae, noticiabrasil.net.br)): label it "state-media"',
      'Error: event e, sources[6].kind: is "news", but en.people.cn is Chinese state-affiliated media (the Communist Party\'s newspaper): label it "state-media" with "country": "CN"',
    ]);
  });

  it("requires a state media source's country to be the host's; absent means Russia", () => {
    expect(
      one(
        src('https://www.cgtn.com/a', 'state-media', { country: 'CN' }),
        src('https://www.cgtn.com/b', 'state-media'),
        src('https://tass.com/c', 'state-media', { country: 'CN' }),
        src('https://tass.com/d', 'state-media', { country: 'RU' }),
      ),
    ).toEqual([
      'Error: event e, sources[1].country: is absent (which means Russia), but www.cgtn.com is Chinese state-affiliated media (China Media Group, the state broadcaster): use "CN"',
      'Error: event e, sources[2].country: is "CN", but tass.com is Russian state-affiliated media (Russia\'s state news agency): use "RU" or leave it out',
    ]);
  });

  it('requires state-media for a reprint whose publisher names a state outlet in parentheses or with "via"', () => {
    const pub = (publisher: string, kind: string, extra = {}) =>
      src(`https://example.org/${encodeURIComponent(publisher)}`, kind, { publisher, ...extra });
    expect(
      one(
        pub('Business Standard (TASS)', 'news'),
        pub('Report.az (via TASS)', 'news'),
        pub('UrduPoint (Sputnik)', 'state-media'),
        pub('RIA Novosti via Mail.ru News', 'state-media'),
        pub('TASS', 'news'),
        pub('Taipei Times (Reuters)', 'news'),
        pub("People's Daily Online (Xinhua)", 'state-media'),
      ),
    ).toEqual([
      'Error: event e, sources[0].kind: is "news", but the publisher "Business Standard (TASS)" names TASS, Russian state-affiliated media: label it "state-media"',
      'Error: event e, sources[1].kind: is "news", but the publisher "Report.az (via TASS)" names TASS, Russian state-affiliated media: label it "state-media"',
      'Error: event e, sources[6].country: is absent (which means Russia), but the publisher "People\'s Daily Online (Xinhua)" names Xinhua, Chinese state-affiliated media: use "CN"',
    ]);
  });

  it('keeps country for state media', () => {
    expect(one(src('https://example.org/a', 'news', { country: 'CN' }))).toEqual([
      'Error: event e, sources[0].country: is only for state-media sources: leave it out',
    ]);
  });

  it('warns, without an error, about weak hosts with the reason', () => {
    const issues = check([
      rawEvent({
        id: 'e',
        sources: [
          src('https://www.reuters.com/a', 'news'),
          src('https://www.devdiscourse.com/a', 'news'),
          src('https://en.wikipedia.org/wiki/X', 'reference'),
        ],
      }),
    ]);
    expect(issues.map((i) => i.level)).toEqual(['warning', 'warning']);
    expect(lines(issues)).toEqual([
      "Warning: event e, sources[1].url: www.devdiscourse.com is a weak host, an aggregator or rewriter of other outlets' reports: cite the outlet that reported it",
      'Warning: event e, sources[2].url: en.wikipedia.org is a weak host, an encyclopedia: cite what it cites',
    ]);
  });
});

describe('computeCuratedIssues', () => {
  it('turns validation warnings into errors, except where the policy reports the same field', () => {
    const raw = rawDataset(
      [
        rawEvent({ id: 'a', category: 'weather' }),
        rawEvent({ id: 'b', date: '2021-05-01', sources: [src('https://rt.com/a', 'news', { date: '2021-05-01' })] }),
        rawEvent({
          id: 'c',
          date: '2021-06-01',
          sources: [src('https://devdiscourse.com/a', 'news', { date: '2021-06-01' })],
        }),
      ],
      CURATED,
    );
    const { dataset: d, issues } = validateDataset(raw);
    if (!d) throw new Error('no dataset');
    expect(issues.map((i) => `${i.level} ${i.id} ${i.field}`)).toEqual([
      'warning a category',
      'warning b sources[0].kind',
    ]);
    const curated = computeCuratedIssues(issues, checkPolicy(d, { nowMs: NOW }));
    expect(curated.map((i) => `${i.level} ${i.id} ${i.field}`)).toEqual([
      'error a category',
      'error b sources[0].kind',
      'warning c sources[0].url',
    ]);
    expect(curated[1]?.message).toContain('but rt.com is Russian state-affiliated media');
  });
});
