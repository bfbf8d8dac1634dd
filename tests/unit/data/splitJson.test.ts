import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTopLevelArray } from '../../../src/data/splitJson';

const parts = (text: string) => {
  const split = splitTopLevelArray(text, 'events');
  if (!split) return null;
  return { rest: JSON.parse(split.rest), items: split.items.map(([s, e]) => JSON.parse(text.slice(s, e))) };
};

describe('splitTopLevelArray', () => {
  it('finds each record of the top-level array and leaves the rest of the document whole', () => {
    const text =
      '{ "title": "a [\\"b\\"] {c}", "eras": [[1], {"events": [9]}], "events": [ {"x": "}]"}, 2 , "s\\\\" ,[3,[4]] ], "z": null }';
    expect(parts(text)).toEqual({
      rest: { title: 'a ["b"] {c}', eras: [[1], { events: [9] }], events: [], z: null },
      items: [{ x: '}]' }, 2, 's\\', [3, [4]]],
    });
    expect(parts('{"events": []}')).toEqual({ rest: { events: [] }, items: [] });
  });
  it('gives nothing for a document without such an array', () => {
    expect(splitTopLevelArray('[{"events": [1]}]', 'events')).toBeNull();
    expect(splitTopLevelArray('{"events": {"a": 1}}', 'events')).toBeNull();
    expect(splitTopLevelArray('{"other": [1, 2]}', 'events')).toBeNull();
  });
  it('agrees with JSON.parse on any document, however it is spaced', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.array(fc.jsonValue()),
        fc.constantFrom(undefined, 0, 1, 2, '\t'),
        (extra, events, space) => {
          const { events: _, ...others } = extra;
          const doc = { ...others, events, after: extra };
          const text = JSON.stringify(doc, null, space);
          const got = parts(text);
          expect(got?.items).toEqual(JSON.parse(JSON.stringify(events)));
          expect(got?.rest).toEqual(JSON.parse(JSON.stringify({ ...doc, events: [] })));
        },
      ),
      { numRuns: 300 },
    );
  });
});
