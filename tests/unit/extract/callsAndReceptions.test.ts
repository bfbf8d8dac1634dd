import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('"called the Russian president": a call to an office', () => {
  it('reads "called the Russian president yesterday to complain" as a call', () => {
    expect(
      brief(
        'Mr. Clinton called the Russian president yesterday to complain about the arrest of an American scholar in Moscow.',
        '1999-06-16',
      ),
    ).toContain('1999-06-15 diplomacy US');
  });
  it('keeps "called the Russian president a partner" as words, not a call', () => {
    expect(
      brief('Mr. Clinton called the Russian president a partner in an interview yesterday.', '1999-06-16'),
    ).not.toContain('1999-06-15 diplomacy US+RU');
  });
});

describe('a named visitor received anywhere', () => {
  it('reads "received Mr Putin in Anchorage" as a meeting of both', () => {
    expect(brief('In August Mr Trump received Mr Putin in Anchorage.', '2025-10-20')).toContain('2025-08 summit US+RU');
  });
  it('leaves "received the news in" alone', () => {
    expect(brief('In August Moscow received the news in silence.', '2025-10-20')).toEqual([]);
  });
});
