import { describe, expect, it } from 'vitest';
import { findFigures, parseNumberWords } from '../../../src/extract/figures';

const figs = (s: string) =>
  findFigures(s).map(({ value, what, note }) => (note ? { value, what, note } : { value, what }));

describe('findFigures', () => {
  it('keeps the total and puts the parts in its note', () => {
    expect(figs('The Treasury sanctioned 32 entities and individuals: 16 entities and 16 individuals.')).toEqual([
      { value: 32, what: 'entities and individuals', note: 'of which 16 entities and 16 individuals' },
    ]);
    expect(
      figs('Russia will expel 60 U.S. diplomats: 58 diplomats at the embassy and 2 diplomats at the consulate.'),
    ).toEqual([{ value: 60, what: 'U.S. diplomats', note: 'of which 58 diplomats and 2 diplomats' }]);
  });
  it('reads numbers written as words and with abbreviations in the phrase', () => {
    expect(figs('Washington expelled ten Russian diplomats.')).toEqual([{ value: 10, what: 'Russian diplomats' }]);
    expect(figs('Russia said it would expel 10 U.S. diplomats.')).toEqual([{ value: 10, what: 'U.S. diplomats' }]);
    expect(figs('Officials said two dozen tankers were seized.')).toEqual([{ value: 24, what: 'tankers' }]);
    expect(figs('It sanctioned more than 30 of their subsidiaries.')).toEqual([{ value: 30, what: 'subsidiaries' }]);
    expect(figs('It pledged $1.6 billion in aid.')).toEqual([{ value: 1_600_000_000, what: 'US dollars' }]);
  });
  it('counts prison terms, not other lengths of time, dates, ages or order numbers', () => {
    expect(figs('A court sentenced him to 16 years in a penal colony.')).toEqual([
      { value: 16, what: 'years in prison' },
    ]);
    expect(figs('Relations are at their lowest in 30 years.')).toEqual([]);
    expect(figs('Executive Order 14024 was signed on April 15, 2021 by a 34-year-old official.')).toEqual([]);
  });
  it('parses numbers written out in words, with hundreds, thousands and dozens', () => {
    expect(parseNumberWords('forty-seven')).toBe(47);
    expect(parseNumberWords('three hundred and twelve')).toBe(312);
    expect(parseNumberWords('two thousand four hundred')).toBe(2400);
    expect(parseNumberWords('a dozen')).toBe(12);
    expect(parseNumberWords('a million')).toBe(1_000_000);
    expect(parseNumberWords('six nine')).toBeNull();
    expect(figs('The ministry ordered sixty-three consular employees to leave.')).toEqual([
      { value: 63, what: 'consular employees' },
    ]);
    expect(figs('Roughly three hundred and forty lawmakers were put on the list.')).toEqual([
      { value: 340, what: 'lawmakers' },
    ]);
    expect(figs('It blacklisted eleven banks and twelve shipping firms.')).toEqual([
      { value: 11, what: 'banks' },
      { value: 12, what: 'shipping firms' },
    ]);
  });
  it('reads a vote tally as the votes on each side, each noting the other', () => {
    expect(figs('The upper house voted 151 to 3 to back the accord.')).toEqual([
      { value: 151, what: 'votes in favour', note: '3 against' },
      { value: 3, what: 'votes against', note: '151 in favour' },
    ]);
    expect(figs('Deputies approved the measure by a vote of 402-0 on Wednesday.')).toEqual([
      { value: 402, what: 'votes in favour', note: '0 against' },
      { value: 0, what: 'votes against', note: '402 in favour' },
    ]);
    expect(figs('The Security Council adopted the text, as amended, by 10 votes to none.')).toEqual([
      { value: 10, what: 'votes in favour', note: '0 against' },
      { value: 0, what: 'votes against', note: '10 in favour' },
    ]);
    expect(figs('The Senate voted 51 to 48 against the treaty.').map((f) => [f.value, f.what])).toEqual([
      [51, 'votes against'],
      [48, 'votes in favour'],
    ]);
    expect(figs('Leaders met from 2014 to 2016.')).toEqual([]);
    expect(figs('Prices rose by 10 to 20 percent.').map((f) => f.what)).toEqual(['percent', 'percent']);
  });
  it('reads the sides of a vote counted apart: in favour, against, abstaining', () => {
    const sides = (s: string) => figs(s).map((f) => [f.value, f.what]);
    expect(sides('350 deputies voted in favour of the ratification law, 96 voted against.')).toEqual([
      [350, 'votes in favour'],
      [96, 'votes against'],
    ]);
    expect(sides('On 13 October the Senate voted, with 48 senators in favour and 51 against.')).toEqual([
      [48, 'votes in favour'],
      [51, 'votes against'],
    ]);
    expect(sides('The resolution passed with 93 votes in favour, 18 against and 65 abstentions.')).toEqual([
      [93, 'votes in favour'],
      [18, 'votes against'],
      [65, 'abstentions'],
    ]);
    // No vote in the sentence: "against" is no side of one.
    expect(sides('Sanctions were imposed on 12 banks against the advice of Europe.')).toEqual([[12, 'banks']]);
  });
  it('reads a range as its two ends, each noting the other', () => {
    expect(figs('The jets passed between 30 and 60 feet from the deck.')).toEqual([
      { value: 30, what: 'feet', note: 'to 60' },
      { value: 60, what: 'feet', note: 'upper end of a range from 30' },
    ]);
    expect(figs('The convoy carried from forty to fifty tons of flour.')).toEqual([
      { value: 40, what: 'tons', note: 'to 50' },
      { value: 50, what: 'tons', note: 'upper end of a range from 40' },
    ]);
  });
  it('reads what a range counts from the noun before it when none follows', () => {
    expect(
      figs('Each side will cut its deployed strategic warheads to between 1,700 and 2,200 by the end of 2012.'),
    ).toEqual([
      { value: 1700, what: 'deployed strategic warheads', note: 'to 2200' },
      { value: 2200, what: 'deployed strategic warheads', note: 'upper end of a range from 1700' },
    ]);
    expect(
      figs('Each party reduces its nuclear warheads to a level of 1,700 to 2,200 by December 31, 2012.').map(
        (f) => f.value,
      ),
    ).toEqual([1700, 2200]);
    expect(figs('Prices rose from 40 to 60 over the week.')).toEqual([]);
  });
});

describe('lengths that count', () => {
  const figures = (s: string) => findFigures(s).map((f) => [f.value, f.what]);
  it('counts the length of talks, a call, a meeting or a halt, before or after its occasion', () => {
    expect(figures('Witkoff and Kushner held about four hours of talks with Putin.')).toEqual([[4, 'hours of talks']]);
    expect(figures('Their talks lasted nearly two hours.')).toEqual([[2, 'hours of talks']]);
    expect(figures('A call of about 90 minutes on Tuesday.')).toEqual([[90, 'minutes of the call']]);
    expect(figures('Putin and Trump agreed to a 30-day halt on strikes on energy infrastructure.')).toEqual([
      [30, 'days of the halt'],
    ]);
  });
  it('counts the length told after the verb of a meeting or a call, in hours, minutes or days of talks', () => {
    expect(figures('Mr. Yeltsin met Mr. Clinton for about an hour.')).toEqual([[1, 'hour of talks']]);
    expect(figures('The two presidents spent nearly five hours together in the Kremlin.')).toEqual([
      [5, 'hours of talks'],
    ]);
    expect(figures('The envoy spent about four hours with Mr. Lavrov.')).toEqual([[4, 'hours of talks']]);
    expect(figures('They spoke by telephone for less than ten minutes.')).toEqual([[10, 'minutes of the call']]);
    expect(figures('The call lasted about half an hour, the White House said.')).toEqual([[30, 'minutes of the call']]);
    expect(figures('It ran to two hours and sixteen minutes.')).toEqual([[136, 'minutes of talks']]);
    expect(figures('He made the offer during talks of about an hour.')).toEqual([[1, 'hour of talks']]);
    expect(figures('The third round of talks took place in Geneva, over two days.')).toEqual([[2, 'days of talks']]);
  });
  it('does not count a length with no meeting or call told ("spent four years", "for three days")', () => {
    expect(figures('He spent four years with the ministry.')).toEqual([]);
    expect(figures('The minister said Russia would wait for three days.')).toEqual([]);
    expect(figures('The two have known each other for twenty years.')).toEqual([]);
  });
  it('counts a notice given before an act', () => {
    expect(figures('Russia notified the United States thirty minutes before the launch.')).toEqual([
      [30, 'minutes of advance notice'],
    ]);
  });
  it('leaves out a length that is background or an age', () => {
    expect(figures('The United States has waited for 30 years.')).toEqual([]);
    expect(figures('A 30-year-old man was detained.')).toEqual([]);
  });
});

describe('halves, deadlines and terms sought', () => {
  it('reads "and a half" as part of the number before it', () => {
    expect(figs('He was sentenced to two and a half years in a penal colony.')).toEqual([
      { value: 2.5, what: 'years in prison' },
    ]);
    expect(figs('The conversation lasted nearly two and a half hours, and it ended with a plan.')).toEqual([
      { value: 2.5, what: 'hours of the conversation' },
    ]);
    expect(figs('Russia had been fighting for three and a half years.')).toEqual([]);
  });
  it('counts a time given to do something, and no other time ahead', () => {
    expect(figs('The 35 operatives have 72 hours to leave the United States with their families.')).toEqual([
      { value: 35, what: 'operatives' },
      { value: 72, what: 'hours given to leave the United States' },
    ]);
    expect(figs('He gave it 60 days to return to compliance before Washington stopped observing it.')).toEqual([
      { value: 60, what: 'days given to return to compliance' },
    ]);
    expect(figs('Trump said Russia had 50 days to reach a deal or face tariffs.')).toEqual([
      { value: 50, what: 'days given to reach a deal' },
    ]);
    expect(figs('Congress now has 60 days to review the agreement.')).toEqual([]);
  });
  it('counts the time before a withdrawal or a measure takes effect, and no other time ahead', () => {
    expect(figs('He said the United States would withdraw from the treaty in six months.')).toEqual([
      { value: 6, what: 'months until the withdrawal takes effect' },
    ]);
    expect(figs('The new sanctions take effect in 30 days.')).toEqual([
      { value: 30, what: 'days until it takes effect' },
    ]);
    expect(figs('The family had kept silent for six months.')).toEqual([]);
  });
  it('counts the term the prosecution asked for', () => {
    expect(figs('Prosecutors had asked for nine and a half years.')).toEqual([
      { value: 9.5, what: 'years sought by prosecutors' },
    ]);
    expect(figs('The prosecution sought 15 years.')).toEqual([{ value: 15, what: 'years sought by prosecutors' }]);
  });
  it('reads a length told with "approximately", or after "discussed"', () => {
    expect(figs('The meeting with the consul general lasted approximately six hours.')).toEqual([
      { value: 6, what: 'hours of talks' },
    ]);
    expect(figs('The two presidents discussed the terms for about 90 minutes.')).toEqual([
      { value: 90, what: 'minutes of talks' },
    ]);
  });
});

describe('the pair a report is about', () => {
  it('is no count: "the two countries", "the two leaders"; but "the two diplomats" expelled are', () => {
    expect(findFigures('Relations between the two countries were working, the two leaders said.')).toEqual([]);
    expect(findFigures('The warning went through the hotline the two militaries keep for air operations.')).toEqual([]);
    expect(findFigures('Russia expelled the two diplomats on Monday.').map((f) => [f.value, f.what])).toEqual([
      [2, 'diplomats'],
    ]);
    expect(findFigures("Mr. Yeltsin's two-day visit to Washington ended.").map((f) => [f.value, f.what])).toEqual([
      [2, 'days of the visit'],
    ]);
  });
});
