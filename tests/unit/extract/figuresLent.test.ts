import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/extract/extract';
import { findFigures } from '../../../src/extract/figures';
import { article } from './articleHelpers';

const figs = (s: string) => findFigures(s).map(({ value, what }) => `${value} ${what}`);

/** Each candidate as "date category: value what; …". */
const withFigures = (text: string, published: string) =>
  extractEvents(article(text, published), null).events.map(
    (e) => `${e.date} ${e.category}: ${(e.figures ?? []).map((f) => `${f.value} ${f.what}`).join('; ')}`,
  );

describe('lengths and terms written in other ways', () => {
  it('reads the length of an occasion named before a clause between commas, halves included', () => {
    expect(figs('Their meeting, held behind closed doors, went on for almost three and a half hours.')).toEqual([
      '3.5 hours of the meeting',
    ]);
    expect(figs('The delegations held talks for two and a half days in Vienna.')).toEqual(['2.5 days of talks']);
  });
  it('reads the time between a step and its effect told after "takes effect"', () => {
    expect(figs('Under the treaty the withdrawal takes effect six months after the notice is received.')).toEqual([
      '6 months until the withdrawal takes effect',
    ]);
    expect(figs('The ban will take effect 90 days after the order is published.')).toEqual([
      '90 days until it takes effect',
    ]);
    expect(figs('The ban took effect two days after the vote was held.')).toEqual(['2 days until it takes effect']);
  });
  it('reads a prison term written before its noun, and not an age', () => {
    expect(figs('The journalist, who is serving an eight-year sentence, was moved to a colony.')).toEqual([
      '8 years in prison',
    ]);
    expect(figs('A 41-year-old engineer was detained in Tver.')).toEqual([]);
  });
  it('reads the time given to go, told after the order or as "given … to go"', () => {
    expect(figs('The ministry ordered the attaché to leave the country within five days.')).toEqual([
      '5 days given to leave',
    ]);
    expect(figs('The three diplomats were given ten days to go.')).toEqual(['3 diplomats', '10 days given to go']);
  });
});

describe('parts told without their noun', () => {
  const notes = (t: string) => findFigures(t).map((f) => `${f.value} ${f.what}${f.note ? ` (${f.note})` : ''}`);
  it('count what the figure before them counts, and are noted under the total they make', () => {
    expect(
      notes(
        'Moscow ordered 45 US diplomats out: 30 at the embassy in Moscow, ten at the consulate in Yekaterinburg and five in Vladivostok.',
      ),
    ).toEqual([
      '45 US diplomats (of which 30 US diplomats at the embassy in Moscow and 10 US diplomats at the consulate in Yekaterinburg and 5 US diplomats in Vladivostok)',
    ]);
    expect(notes('The list names 25 officials, 20 of them tied to the prison service and five to the courts.')).toEqual(
      ['25 officials (of which 20 officials tied to the prison service and 5 officials to the courts)'],
    );
  });
  it('stand alone when they make no total, and a length or a year is no whole', () => {
    expect(
      notes('About 120 of the targets were named by the Treasury and more than 80 by the State Department.'),
    ).toEqual(['120 targets', '80 targets by the State Department']);
    expect(notes('The talks lasted three hours, two of them with only the interpreters present.')).toEqual([
      '3 hours of talks',
    ]);
  });
});

describe('figures of a sentence without an act', () => {
  it('go to the vote the sentence before told, and to the incident at sea', () => {
    expect(
      withFigures(
        'On Friday Russia vetoed the American draft resolution in the Security Council. Twelve members voted in favour and two abstained.',
        '2022-09-30',
      ),
    ).toEqual(['2022-09-30 diplomacy: 12 votes in favour; 2 abstentions']);
    expect(
      withFigures(
        'A Russian fighter jet intercepted a US Navy reconnaissance plane over the Black Sea on Tuesday, the Pentagon said. The jet came within 20 feet of the plane.',
        '2019-06-06',
      ),
    ).toEqual(['2019-06-04 military: 20 feet']);
  });
  it('go to the expulsion they give a time to leave, and to the withdrawal they give a date of effect', () => {
    expect(
      withFigures(
        'The State Department expelled two Russian diplomats on Monday. They were given seven days to go.',
        '2023-03-08',
      ),
    ).toEqual(['2023-03-06 expulsion: 2 Russian diplomats; 7 days given to go']);
    expect(
      withFigures(
        'The United States notified Russia on Friday that it was withdrawing from the Open Skies Treaty. The withdrawal takes effect six months after that notice.',
        '2020-05-23',
      ),
    ).toEqual(['2020-05-22 arms-control: 6 months until the withdrawal takes effect']);
  });
  it('give the length of the defence chiefs’ call to it, and not a halt’s days', () => {
    expect(
      withFigures(
        'Defense Secretary Lloyd Austin spoke with Russian Defense Minister Sergei Shoigu on Friday. The call lasted about an hour.',
        '2022-05-14',
      ),
    ).toEqual(['2022-05-13 military: 1 hour of the call']);
  });
});
