import { describe, expect, it } from 'vitest';
import {
  findNonCanonicalHost,
  findStateMediaHost,
  findStateOutletInPublisher,
  findWeakHost,
  hostOf,
  STATE_MEDIA_HOSTS,
  WEAK_HOSTS,
} from '../../../src/data/hosts';
import { isSafeLink } from '../../../src/data/safeLink';

const country = (url: string) => findStateMediaHost(url)?.country ?? null;

describe('host rules', () => {
  it('finds state media by domain and subdomain, Sputnik in its language domains', () => {
    expect(country('https://tass.com/politics/1')).toBe('RU');
    expect(country('https://www.rt.com/news/1')).toBe('RU');
    expect(country('https://fr.sputniknews.africa/x')).toBe('RU');
    expect(country('https://sputniknewslv.com/x')).toBe('RU');
    expect(country('https://sarabic.ae/x')).toBe('RU');
    expect(country('https://covid-19.chinadaily.com.cn/a')).toBe('CN');
    expect(country('https://english.vov.vn/a')).toBe('VN');
    expect(country('https://www.kuna.net.kw/a')).toBe('KW');
    expect(country('https://rt.com./news')).toBe('RU');
  });
  it('does not take a look-alike for state media', () => {
    expect(country('https://start.example/rt.com')).toBeNull();
    expect(country('https://art.com/x')).toBeNull();
    expect(country('https://en.vestikavkaza.ru/material/1')).toBeNull();
    expect(country('not a url')).toBeNull();
  });
  it('gives each listed domain and its subdomains the first rule that names it', () => {
    STATE_MEDIA_HOSTS.forEach((rule, i) => {
      for (const d of rule.domains) {
        const first = STATE_MEDIA_HOSTS.findIndex((r) => r.domains.includes(d) || r.pattern?.test(d));
        expect(first).toBeLessThanOrEqual(i);
        for (const url of [`https://${d}/a`, `https://news.www.${d}/b?c=1`]) {
          expect(findStateMediaHost(url)?.country).toBe(STATE_MEDIA_HOSTS[first]?.country);
        }
      }
    });
  });
  it('answers addresses asked in turn and again, each on its own parse', () => {
    const asked = ['https://tass.com/a', 'javascript:alert(1)', 'https://tass.com/a', 'https://example.org/', 'x'];
    expect(asked.map((u) => [isSafeLink(u), hostOf(u), country(u)])).toEqual([
      [true, 'tass.com', 'RU'],
      [false, '', null],
      [true, 'tass.com', 'RU'],
      [true, 'example.org', null],
      [false, null, null],
    ]);
  });
  it('gives every table entry a reason', () => {
    for (const rule of STATE_MEDIA_HOSTS) expect(rule.reason.length).toBeGreaterThan(5);
    expect(Object.keys(WEAK_HOSTS).length).toBeGreaterThan(10);
  });
  it('finds a state outlet named in parentheses or with "via", not elsewhere', () => {
    expect(findStateOutletInPublisher('Business Standard (TASS)')).toEqual({ name: 'TASS', country: 'RU' });
    expect(findStateOutletInPublisher('Report.az (via TASS)')).toEqual({ name: 'TASS', country: 'RU' });
    expect(findStateOutletInPublisher('RIA Novosti via Mail.ru News')).toEqual({ name: 'RIA Novosti', country: 'RU' });
    expect(findStateOutletInPublisher("People's Daily Online (Xinhua)")?.country).toBe('CN');
    expect(findStateOutletInPublisher('TASS')).toBeNull();
    expect(findStateOutletInPublisher('Vestnik Kavkaza (via Vestnik)')).toBeNull();
    expect(findStateOutletInPublisher('Orlando Sentinel (Knight-Ridder)')).toBeNull();
    expect(findStateOutletInPublisher('Art (via Artnet)')).toBeNull();
  });
  it('flags staging, CDN and mirror hosts, and a trailing dot', () => {
    const reason = (url: string) => findNonCanonicalHost(url)?.reason ?? null;
    expect(reason('https://digital-stage.thehill.com/x')).toBe('a staging copy of the site');
    expect(reason('https://staging.rferl.org/a')).toBe('a staging copy of the site');
    expect(reason('https://staging-resources.inmm.org/a')).toBe('a staging copy of the site');
    expect(reason('https://dcyh5l5lgidpq.cloudfront.net/a')).toContain('CloudFront');
    expect(reason('https://1036-dot-apnews-int.appspot.com/a')).toContain('App Engine');
    expect(reason('https://img2-azcdn.newser.com/story/1')).toContain('CDN');
    expect(reason('https://img1-azrcdn.newser.com/story/1')).toContain('CDN');
    expect(reason('https://nsarchive.gwu.edu./a')).toBe('the host written with a trailing dot');
    expect(reason('https://www.thehill.com/x')).toBeNull();
    expect(reason('https://www.stagecoach.com/x')).toBeNull();
  });
  it('finds weak hosts with their reason, on subdomains too', () => {
    expect(findWeakHost('https://www.devdiscourse.com/a')).toEqual({
      host: 'www.devdiscourse.com',
      reason: 'aggregator',
    });
    expect(findWeakHost('https://en.wikipedia.org/wiki/X')?.reason).toBe('encyclopedia');
    expect(findWeakHost('https://en.wikipedia.org./wiki/X')?.reason).toBe('encyclopedia');
    expect(findWeakHost('https://www.questia.com/a')?.reason).toBe('closed');
    expect(findWeakHost('https://federal.elaws.us/a')?.reason).toBe('reprint');
    expect(findWeakHost('https://www.reuters.com/a')).toBeNull();
    expect(findWeakHost('https://notwikipedia.org/a')).toBeNull();
  });
});
