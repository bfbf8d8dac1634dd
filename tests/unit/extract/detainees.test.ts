import { describe, expect, it } from 'vitest';
import { findNationals } from '../../../src/extract/detainees';
import { brief } from './articleHelpers';

describe('whose citizens an article names', () => {
  it('reads a nationality before a person noun and in an apposition after the name', () => {
    const found = findNationals(
      'Russia freed Trevor Reed, a former U.S. Marine, in exchange for Konstantin Yaroshenko, a Russian pilot. ' +
        'A court sentenced Russian citizen Roman Seleznev, and Ksenia Karelina, a Los Angeles spa worker with U.S. citizenship, was held.',
    );
    expect(Object.fromEntries(found)).toEqual({ Reed: 'US', Yaroshenko: 'RU', Seleznev: 'RU', Karelina: 'US' });
  });
  it('takes the nationality nearest the name', () => {
    const found = findNationals('Russian court sentences U.S. reporter Gershkovich to 16 years after secret trial');
    expect(Object.fromEntries(found)).toEqual({ Gershkovich: 'US' });
  });
  it('reads an American from a hometown in a state, a Marine, or a reporter for an American paper', () => {
    const found = findNationals(
      'Trevor R. Reed, a former Marine from Texas, was freed. Marc Fogel, a teacher from Pennsylvania, came home. ' +
        'Wall Street Journal reporter Evan Gershkovich was held, and Alsu Kurmasheva, an editor for Radio Free Europe/Radio Liberty, was sentenced.',
    );
    expect(Object.fromEntries(found)).toEqual({ Reed: 'US', Fogel: 'US', Gershkovich: 'US', Kurmasheva: 'US' });
    expect(findNationals('Ivan Petrov, a businessman from Moscow, was held.').size).toBe(0);
  });
  it('takes no place or institution for a person', () => {
    const found = findNationals(
      "A court in the Russian Pacific port of Vladivostok ruled, Russia's Federal Security Service said, as the United States looked on.",
    );
    expect(found.size).toBe(0);
  });
});

describe('one side holding someone', () => {
  it('is no US–Russia act when those held are its own people or a third country holds ours', () => {
    expect(
      brief(
        "President Vladimir Putin said on Tuesday that the United States had meddled in Russia's election. " +
          'Thousands of people have demonstrated in Moscow this week, and the police have detained hundreds.',
        '2011-12-08',
      ),
    ).not.toContainEqual(expect.stringContaining('prisoners'));
    expect(
      brief(
        'MOSCOW — The American ambassador to Russia said on Sunday that the arrest of the oil magnate Mikhail Khodorkovsky raised concerns. ' +
          "Masked security agents boarded Mr. Khodorkovsky's jet at Novosibirsk airport early on Saturday and flew him to Moscow, where a court ordered him held in custody.",
        '2003-10-27',
      ),
    ).toEqual(['2003-10-26 statement US']);
    expect(
      brief(
        'Putin warned Bush in a telephone call on Friday against supporting Georgia. Georgian authorities arrested four Russian officers on spying charges last week, and Moscow has kept up its pressure on its neighbor.',
        '2006-10-03',
      ),
    ).toEqual(['2006-09-29 diplomacy US+RU']);
  });
  it('is the other side’s act when a court or a jury of no side named convicts one side’s citizen', () => {
    expect(
      brief(
        'The American basketball star Brittney Griner was detained at a Moscow airport in February. ' +
          'Judge Anna Sotnikova of the Khimki city court convicted Ms. Griner on Thursday of smuggling drugs.',
        '2022-08-05',
      ),
    ).toContain('2022-08-04 prisoners RU');
    expect(
      brief(
        'The Russian arms dealer Viktor Bout was extradited to New York in 2010. A federal jury in Manhattan convicted Mr. Bout on Wednesday of conspiring to kill Americans.',
        '2011-11-03',
      ),
    ).toContain('2011-11-02 prisoners US');
  });
  it('is an act when the one held is a Marine or a reporter for an American paper, no nationality named', () => {
    expect(
      brief(
        'Blinken called Lavrov on Sunday about Evan Gershkovich, the Wall Street Journal reporter. Mr. Whelan, a former Marine, was arrested in Moscow in December 2018.',
        '2023-04-03',
      ),
    ).toContain('2018-12 prisoners RU');
  });
  it('is an act when the one held is the other side’s, named earlier in the article', () => {
    expect(
      brief(
        'A Moscow court on Monday sentenced Paul Whelan, a former U.S. Marine, to 16 years in prison. Whelan was detained at a Moscow hotel in December 2018.',
        '2020-06-15',
      ),
    ).toContain('2018-12 prisoners RU');
    expect(
      brief(
        'Russia dismissed U.S. claims that 10 people arrested in the United States were agents for Russian intelligence. ' +
          'The FBI arrested ten people in raids in New York on Sunday and charged them with acting as unregistered agents.',
        '2010-06-29',
      ),
    ).toContain('2010-06-27 prisoners US');
  });
});

describe('a government’s own document told in the passive', () => {
  it('makes the issuer the actor of an act with no agent named', () => {
    expect(
      brief(
        'MINISTRY OF FOREIGN AFFAIRS OF THE RUSSIAN FEDERATION\n\nStatement on the expulsion of two employees of the US Embassy in Moscow\n\n14 September 2023\n\n' +
          'The Ambassador was informed on 14 September that two US diplomats have been declared persona non grata and must leave Russia within seven days.',
        '2023-09-14',
      ),
    ).toContain('2023-09-14 expulsion RU');
  });
});

describe('a citizen held, told in the passive with no agent', () => {
  it('is held by the other side, whatever places the sentence names', () => {
    expect(
      brief(
        'Trevor Reed, a former U.S. Marine, was sentenced in Moscow on Thursday to nine years in prison. Mr. Reed, who had come to Moscow to study Russian and to visit his girlfriend, was detained in August of last year after a party.',
        '2020-07-31',
      ),
    ).toEqual(['2020-07-30 prisoners RU', '2019-08 prisoners RU']);
  });
});
