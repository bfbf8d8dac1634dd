import { describe, expect, it } from 'vitest';
import { applyEventFields, fieldsOfEvent } from '../../../../src/modes/extract/eventFields';
import { infWorkbench } from './articleFixture';

const event = infWorkbench().items[2]?.event;
if (!event) throw new Error('no third candidate');
const fields = fieldsOfEvent(event);

describe('applyEventFields', () => {
  it('refuses a bad date under the date field, naming it and the value', () => {
    expect(applyEventFields(event, { ...fields, date: '2019-02-30' }, new Set())).toEqual({
      ok: false,
      problems: { date: 'Date: "2019-02-30" is not a calendar date.' },
    });
    expect(applyEventFields(event, { ...fields, date: 'Feb 2019' }, new Set())).toEqual({
      ok: false,
      problems: { date: 'Date: must be YYYY, YYYY-MM or YYYY-MM-DD.' },
    });
  });

  it('reports each field the dataset schema refuses, or warns about, under its own name', () => {
    const got = applyEventFields(
      event,
      { ...fields, title: ' ', summary: '', actors: [], category: 'gossip', tone: '' },
      new Set(),
    );
    expect(got.ok).toBe(false);
    if (got.ok) return;
    expect(got.problems).toEqual({
      title: 'Title: is empty.',
      summary: 'Summary: is empty.',
      actors: 'Actors: names no actor.',
      category: expect.stringMatching(/^Category: "gossip" is not one of summit, diplomacy/),
      tone: 'Tone: is missing.',
    });
  });

  it('applies valid fields, and drafts a new id for a new date, unlike the ids taken', () => {
    const got = applyEventFields(
      event,
      { ...fields, date: '2019-02-02', tone: '-1', actors: ['RU'] },
      new Set(['2019-02-02-russia-suspends-arms-control-commitments']),
    );
    expect(got).toEqual({
      ok: true,
      event: {
        ...event,
        date: '2019-02-02',
        tone: -1,
        id: '2019-02-02-russia-suspends-arms-control-commitments-2',
      },
    });
  });

  it('keeps the id when neither date nor title changes', () => {
    const got = applyEventFields(event, { ...fields, summary: 'Russia suspended its part in the treaty.' }, new Set());
    expect(got).toMatchObject({
      ok: true,
      event: { id: event.id, summary: 'Russia suspended its part in the treaty.' },
    });
  });
});
