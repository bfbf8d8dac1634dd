import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/data/validate';
import { parseArticleHtml } from '../../../src/extract/articleText';
import { sourceKind } from '../../../src/extract/draft';
import { checkArticle, extractEvents } from '../../../src/extract/extract';
import { article } from './articleHelpers';

const TEXT =
  'U.S. expels Russian diplomats\n\nWASHINGTON — The United States on Thursday expelled 10 Russian diplomats, the White House said.';

describe('extractEvents', () => {
  const { events, problem } = extractEvents(
    { text: TEXT, url: 'https://www.example.org/a', published: '2021-04-15', title: 'U.S. expels Russian diplomats' },
    null,
  );
  const [e] = events;

  it('returns candidates in the dataset schema, each one a valid event', () => {
    expect(problem).toBeNull();
    const { dataset, issues } = validateDataset({
      title: 't',
      version: '1',
      license: 'x',
      updated: '2021-04-15',
      events,
    });
    expect(issues).toEqual([]);
    expect(dataset?.events).toHaveLength(1);
  });
  it('drafts the fields in its own words and points to the evidence', () => {
    expect(e).toMatchObject({
      id: '2021-04-15-us-expels-10-russian-diplomats',
      date: '2021-04-15',
      title: 'US expels 10 Russian diplomats',
      actors: ['US'],
      category: 'expulsion',
      tone: -2,
      figures: [{ value: 10, what: 'Russian diplomats', source: 0 }],
      dateExpression: 'on Thursday',
      match: null,
    });
    expect(e?.summary).toBe('example.org reports: The United States on Thursday expelled 10 Russian diplomats.');
    expect(TEXT.slice(e?.evidence.start, e?.evidence.end)).toBe(e?.evidence.sentence);
    expect(e?.sources).toEqual([
      {
        url: 'https://www.example.org/a',
        title: 'U.S. expels Russian diplomats',
        publisher: 'example.org',
        date: '2021-04-15',
        kind: 'news',
      },
    ]);
    expect(e?.confidence).toBeGreaterThan(0.7);
    expect(e?.confidence).toBeLessThanOrEqual(1);
  });
  it('names what is wrong with the input instead of throwing', () => {
    expect(checkArticle({ text: TEXT, url: 'https://x.org', published: '2021-02-30' })).toMatch(
      /"2021-02-30" is not a calendar date/,
    );
    expect(checkArticle({ text: TEXT, url: 'ftp://x.org/a', published: '2021-04-15' })).toMatch(
      /not an http or https address/,
    );
    expect(extractEvents({ text: '', url: 'https://x.org', published: '2021-04-15' }, null)).toEqual({
      events: [],
      warnings: [],
      problem: 'the article is empty: give the text of a news article.',
    });
  });
  it('warns of a past-tense act dated after publication', () => {
    const { warnings, events: late } = extractEvents(
      { text: 'Russia expelled ten U.S. diplomats on 3 May 2021.', url: 'https://x.org/a', published: '2021-04-15' },
      null,
    );
    expect(late[0]?.date).toBe('2021-05-03');
    expect(warnings.some((w) => /is after the publication day/.test(w))).toBe(true);
  });
  it('leaves out a plan: an act in the future tense dated after publication, named in a warning', () => {
    const plan = extractEvents(
      {
        text: 'A joint statement said President Obama would visit Moscow in early September for talks with President Putin.',
        url: 'https://x.org/a',
        published: '2013-06-18',
      },
      null,
    );
    expect(plan.events).toEqual([]);
    expect(plan.warnings.some((w) => /2013-09.*a plan, not an act on record/.test(w))).toBe(true);
    // The same visit reported after it happened is an act.
    const done = extractEvents(
      {
        text: 'President Obama visited Moscow on Tuesday for talks with President Putin.',
        url: 'https://x.org/a',
        published: '2013-09-05',
      },
      null,
    );
    expect(done.events.map((e) => [e.date, e.actors])).toEqual([['2013-09-03', ['US', 'RU']]]);
  });
});

describe('sourceKind', () => {
  it('tells government and state-media hosts from news', () => {
    expect(sourceKind('https://www.state.gov/x')).toBe('government-us');
    expect(sourceKind('https://home.treasury.gov/news')).toBe('government-us');
    expect(sourceKind('http://en.kremlin.ru/events/1')).toBe('government-ru');
    expect(sourceKind('https://mid.ru/en/1')).toBe('government-ru');
    expect(sourceKind('https://tass.com/politics/1')).toBe('state-media');
    expect(sourceKind('https://www.rt.com/news/1')).toBe('state-media');
    expect(sourceKind('https://www.reuters.com/world/1')).toBe('news');
  });
});

describe('parseArticleHtml', () => {
  it('takes the title and the article text, dropping navigation, asides, footers, scripts and captions', () => {
    const html = `<html><head><title>Sanctions &amp; expulsions</title><script>var x = "<p>no</p>";</script></head>
      <body><nav><a>World</a></nav><article><h1>Head</h1><p>First paragraph.</p><aside><p>Related: other story</p></aside>
      <figure><img src="a.jpg"><figcaption>A caption</figcaption></figure><p>Second &mdash; paragraph.</p></article>
      <footer>© Site</footer></body></html>`;
    expect(parseArticleHtml(html)).toEqual({
      title: 'Sanctions & expulsions',
      text: 'Head\nFirst paragraph.\nSecond — paragraph.',
    });
  });
});

describe('plans and decisions announced', () => {
  const run = (text: string, published: string) =>
    extractEvents({ text, url: 'https://news.example.org/a', published }, null, { minConfidence: 0 });
  it('leaves out an act in the future tense dated only to the present week, and says why', () => {
    const { events, warnings } = run(
      'Secretary of State Condoleezza Rice will hold talks with Foreign Minister Sergei Lavrov in Moscow this week.',
      '2008-07-08',
    );
    expect(events).toEqual([]);
    expect(warnings).toEqual([
      '"Rice and Lavrov hold talks": dated 2008-07 ("this week"), not before the publication day and in the future tense: a plan, not an act on record; left out.',
    ]);
  });
  it('keeps a decision announced in the future tense: "notified Congress that it will close"', () => {
    const { events } = run(
      'The State Department has notified Congress that it will close the US consulate in Vladivostok, Russia.',
      '2020-12-21',
    );
    expect(events.map((e) => [e.date, e.category, e.actors.join('+')])).toEqual([['2020-12', 'expulsion', 'US']]);
  });
  it('titles talks and pledged cuts on arms control in plain words', () => {
    const { events } = run(
      'The two leaders said they would launch a dialogue on strategic stability with Russia and the United States.',
      '2021-06-17',
    );
    expect(events.map((e) => e.title)).toEqual(['US and Russia hold talks on arms control']);
  });
});

describe('titles of two-sided acts', () => {
  it('name both sides once: "US and Russia agree to cooperate"', () => {
    const { events } = extractEvents(
      {
        text: 'Russia and the United States signed an agreement on Thursday to cooperate on a joint space station.',
        url: 'https://news.example.org/a',
        published: '1993-09-03',
      },
      null,
    );
    expect(events.map((e) => e.title)).toEqual(['US and Russia agree to cooperate']);
  });
});

describe('a summary cut short', () => {
  it('ends with its ellipsis, with no full stop after it', () => {
    const long = `GENOA, Italy — President Bush and President Vladimir Putin agreed on Sunday to begin talks on offensive and defensive arms, ${'a link Moscow has long sought and one that American officials hope will ease its objections, '.repeat(3)}officials said.`;
    const [e] = extractEvents({ text: long, url: 'https://news.example.org/a', published: '2001-07-23' }, null).events;
    expect(e?.summary.endsWith('…')).toBe(true);
    expect(e?.summary).not.toMatch(/…\.$/);
  });
});

describe('figures of the sentence after an act', () => {
  it('go to the main act of the sentence before, not to an act in a clause after it', () => {
    const text =
      'MOSCOW, May 14 — The State Duma on Wednesday ratified the arms treaty with the United States, which the two presidents signed in Moscow on May 24, 2002. The ratification law was supported by 294 deputies, while 134 voted against it.';
    const events = extractEvents(article(text, '2003-05-14'), null).events;
    const figures = (date: string) => events.find((e) => e.date === date)?.figures?.map((f) => f.value);
    expect(figures('2003-05-14')).toEqual([294, 134]);
    expect(figures('2002-05-24')).toBeUndefined();
  });
});
