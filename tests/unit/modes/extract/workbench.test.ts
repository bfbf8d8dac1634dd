import { describe, expect, it } from 'vitest';
import {
  countDecisions,
  reduceWorkbench,
  selectAcceptedEvents,
  selectSourceAdditions,
  selectTakenIds,
  toSchemaEvent,
} from '../../../../src/modes/extract/workbench';
import { INF_ARTICLE, infWorkbench } from './articleFixture';

const WITHDRAWS = '2019-08-02-us-withdraws-from-inf-treaty';
const RUSSIA_SUSPENDS = '2019-02-russia-suspends-arms-control-commitments';

describe('reduceWorkbench', () => {
  const wb = infWorkbench();

  it('holds each candidate undecided, in the article’s order, with a colour of its own', () => {
    expect(wb.items.map((i) => [i.key, i.colour, i.decision])).toEqual([
      [WITHDRAWS, 0, 'pending'],
      ['2019-02-us-suspends-arms-control-commitments', 1, 'pending'],
      [RUSSIA_SUSPENDS, 2, 'pending'],
      ['2019-08-russia-criticises-us', 3, 'pending'],
    ]);
    expect(wb.article).toBe(INF_ARTICLE);
    expect(wb.problem).toBeNull();
  });

  it('keeps the schema fields and leaves out what only the curator sees', () => {
    const first = wb.items[0];
    expect(Object.keys(first?.event ?? {}).sort()).toEqual(
      ['actors', 'category', 'date', 'id', 'sources', 'summary', 'title', 'tone'].sort(),
    );
    expect(first?.candidate.match).toBe('2019-08-02-us-withdrawal-from-inf-effective');
  });

  it('records a source addition for a matched candidate, and a new event for an accepted one', () => {
    let next = reduceWorkbench(wb, { type: 'decide', key: WITHDRAWS, decision: 'source' });
    next = reduceWorkbench(next, { type: 'decide', key: RUSSIA_SUSPENDS, decision: 'accepted' });
    next = reduceWorkbench(next, { type: 'decide', key: '2019-08-russia-criticises-us', decision: 'rejected' });
    expect(countDecisions(next)).toEqual({ pending: 1, accepted: 1, source: 1, rejected: 1 });
    expect(selectAcceptedEvents(next).map((e) => e.id)).toEqual([RUSSIA_SUSPENDS]);
    expect(selectSourceAdditions(next)).toEqual([
      {
        event: '2019-08-02-us-withdrawal-from-inf-effective',
        source: {
          url: INF_ARTICLE.url,
          title: INF_ARTICLE.title,
          publisher: 'Example Wire',
          date: '2019-08-02',
          kind: 'news',
        },
        evidence: expect.stringMatching(/^WASHINGTON — The United States formally withdrew/),
      },
    ]);
  });

  it('refuses a source addition for a candidate without a match', () => {
    const next = reduceWorkbench(wb, { type: 'decide', key: RUSSIA_SUSPENDS, decision: 'source' });
    expect(next.items[2]?.decision).toBe('pending');
  });

  it('keeps the key of an edited event, so its card and highlights stay its own', () => {
    const item = wb.items[2];
    if (!item) throw new Error('no third candidate');
    const event = { ...item.event, id: '2019-02-02-russia-suspends-inf', date: '2019-02-02' };
    const next = reduceWorkbench(wb, { type: 'edit', key: RUSSIA_SUSPENDS, event });
    expect(next.items[2]).toMatchObject({ key: RUSSIA_SUSPENDS, edited: true, event: { date: '2019-02-02' } });
    expect(selectTakenIds(next, WITHDRAWS).has('2019-02-02-russia-suspends-inf')).toBe(true);
    expect(selectTakenIds(next, WITHDRAWS).has(WITHDRAWS)).toBe(false);
  });

  it('selects a candidate, and leaves the state as it is when it is already selected', () => {
    const next = reduceWorkbench(wb, { type: 'select', key: RUSSIA_SUSPENDS });
    expect(next.selected).toBe(RUSSIA_SUSPENDS);
    expect(reduceWorkbench(next, { type: 'select', key: RUSSIA_SUSPENDS })).toBe(next);
  });

  it('says why an article could not be read, with no candidates', () => {
    const next = reduceWorkbench(wb, {
      type: 'extracted',
      article: { ...INF_ARTICLE, text: ' ' },
      result: { events: [], warnings: [], problem: 'the article is empty: give the text of a news article.' },
    });
    expect(next.items).toEqual([]);
    expect(next.problem).toMatch(/is empty/);
  });
});

describe('toSchemaEvent', () => {
  it('drops confidence, evidence, alsoIn, dateExpression and match', () => {
    const c = infWorkbench().items[0]?.candidate;
    if (!c) throw new Error('no candidate');
    const e = toSchemaEvent(c);
    for (const k of ['confidence', 'evidence', 'alsoIn', 'dateExpression', 'match']) expect(e).not.toHaveProperty(k);
  });
});
