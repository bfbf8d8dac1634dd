import { describe, expect, it } from 'vitest';
import { brief } from './articleHelpers';

describe("a message taken to the other side's capital", () => {
  it('is a visit there', () => {
    expect(brief('In June Sergei Lavrov brought to Washington a letter from President Putin.', '2017-08-01')).toEqual([
      '2017-06 diplomacy US+RU',
    ]);
    expect(brief('On Monday Rex Tillerson carried the plan to Moscow.', '2017-04-14')).toEqual([
      '2017-04-10 diplomacy US+RU',
    ]);
  });
  it('is no visit without a visitor of the other side', () => {
    expect(brief('In June the crisis brought to Moscow a sense of alarm.', '2017-08-01')).toEqual([]);
  });
});

describe('a visitor received at a seat of power', () => {
  it('met the host, in the passive too', () => {
    expect(brief('Foreign Minister Sergei Lavrov was received at the White House on Wednesday.', '2017-05-12')).toEqual(
      ['2017-05-10 diplomacy US+RU'],
    );
  });
});
