import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe('"police detained him": the one the sentence before named', () => {
  it('makes the police the other side of the citizen named just before', () => {
    expect(
      brief(
        'Friends of Daniel Hale, an American engineer living in Kazan, say he is innocent. Police detained him in March and accused him of spying.',
        '2023-09-12',
      ),
    ).toEqual(['2023-03 prisoners RU']);
  });
  it('leaves a pronoun of no national named before unread', () => {
    expect(
      brief(
        'The engineer had lived in Kazan for years. Police detained him in March and accused him of spying.',
        '2023-09-12',
      ),
    ).toEqual([]);
  });
});
