import { describe, expect, it } from 'vitest';
import { findActorMentions } from '../../../src/extract/actors';

const at = (sentence: string, dayIso: string, articleText = sentence) =>
  findActorMentions(sentence, { dayIso, articleText }).map((m) => `${m.text}/${m.side}/${m.role}`);

describe('findActorMentions', () => {
  it('counts a person for a side only within their term', () => {
    expect(at('Trump said the sanctions were wrong.', '2018-05-01')).toEqual(['Trump/US/agent']);
    expect(at('Trump said the sanctions were wrong.', '2023-05-01')).toEqual(['Trump/US/inactive']);
    expect(at('Medvedev spoke on Monday.', '2010-03-01')).toEqual(['Medvedev/RU/agent']);
    expect(at('Former President Barack Obama said so.', '2015-01-01')).toEqual(['Barack Obama/US/inactive']);
  });
  it('needs a title or the full name for a surname that is also a word', () => {
    expect(at('Price said the talks went well.', '2022-01-10')).toEqual([]);
    expect(at('State Department spokesman Price said so.', '2022-01-10')).toEqual([
      'State Department/US/agent',
      'Price/US/agent',
    ]);
    const article = 'Ned Price, the spokesman, spoke first. Price said the talks went well.';
    expect(at('Price said the talks went well.', '2022-01-10', article)).toEqual(['Price/US/agent']);
  });
  it('reads metonyms, places, targets, partners and third parties', () => {
    expect(at('Moscow expelled ten diplomats.', '2021-04-16')).toEqual(['Moscow/RU/agent']);
    expect(at('He was detained in Moscow.', '2021-04-16')).toEqual(['Moscow/RU/place']);
    expect(at('Washington imposed sanctions on Russian banks.', '2021-04-16')).toEqual([
      'Washington/US/agent',
      'Russian/RU/target',
    ]);
    expect(at('Blinken held talks with Lavrov.', '2021-05-20')).toEqual(['Blinken/US/agent', 'Lavrov/RU/partner']);
    expect(at('The Kremlin and Foggy Bottom disagreed.', '2021-05-20')).toEqual([
      'Kremlin/RU/agent',
      'Foggy Bottom/US/agent',
    ]);
    expect(at('The EU sanctioned Russian officials.', '2021-05-20')).toEqual(['EU/third/agent', 'Russian/RU/agent']);
    expect(at('The Washington Post reported it.', '2021-05-20')).toEqual([]);
  });
  it('tells "US teacher" (a target) from "US says" (an actor)', () => {
    expect(at('Russia freed a US teacher.', '2025-02-11')).toEqual(['Russia/RU/agent', 'US/US/target']);
    expect(at('The US says it will respond.', '2025-02-11')).toEqual(['US/US/agent']);
    expect(at('The United States formally withdrew.', '2019-08-02')).toEqual(['United States/US/agent']);
  });
  it('reads "the administration" as Washington, but not another administration or the act of administering', () => {
    expect(at('The administration imposed new sanctions.', '2021-04-16')).toEqual(['administration/US/agent']);
    expect(at('Administration officials said the talks would go on.', '2018-04-16')).toEqual([
      'Administration/US/agent',
    ]);
    expect(at('Later his administration expelled ten diplomats.', '2021-04-16')).toEqual(['administration/US/agent']);
    expect(at('The presidential administration said nothing.', '2021-04-16')).toEqual([]);
    expect(at('Chechnya will have a coalition administration.', '1996-09-02')).toEqual([]);
    expect(at('The administration of the oath took an hour.', '2021-04-16')).toEqual([]);
  });
  it('reads a country before a past tense without -ed as acting, not as an adjective', () => {
    expect(at('The United States told Russia of its withdrawal.', '2001-12-13')).toEqual([
      'United States/US/agent',
      'Russia/RU/agent',
    ]);
    expect(at('The United States gave Russia formal notice.', '2001-12-13')).toEqual([
      'United States/US/agent',
      'Russia/RU/agent',
    ]);
  });
});
