/**
 * Host rules for sources, one table each, every entry with its reason (data/README.md summarises them):
 * state-affiliated media by country, non-canonical hosts (staging, CDN and mirror copies) and weak hosts.
 * A domain entry matches the domain and its subdomains ("tass.com" matches "tass.com" and "www.tass.com").
 */
import { urlParts } from './safeLink';

interface StateMediaRule {
  readonly domains: readonly string[];
  /** Also matches these hostnames, for outlets with many country domains (Sputnik). */
  readonly pattern?: RegExp;
  readonly country: string;
  /** Names a publisher field may give the outlet by, as written (case matters: "RT" is not "rt"). */
  readonly names: readonly string[];
  readonly reason: string;
}

function rule(domains: string[], country: string, names: string[], reason: string): StateMediaRule {
  return { domains, country, names, reason };
}

/**
 * Outlets whose editorial line the state controls, through ownership or direct funding without a legal
 * guarantee of independence. US-funded VOA and RFE/RL are not here: a statutory firewall separates their
 * newsrooms from the government, and they are `news` with the publisher named.
 */
export const STATE_MEDIA_HOSTS: readonly StateMediaRule[] = [
  rule(['tass.com', 'tass.ru', 'itar-tass.com'], 'RU', ['TASS', 'ITAR-TASS'], "Russia's state news agency"),
  rule(['ria.ru', 'rian.ru'], 'RU', ['RIA Novosti', 'RIA'], 'state news agency, part of Rossiya Segodnya'),
  rule(['rt.com', 'ruptly.tv'], 'RU', ['RT', 'Russia Today', 'Ruptly'], 'state-funded broadcaster (TV-Novosti)'),
  {
    ...rule(
      ['sputnikglobe.com', 'sarabic.ae', 'noticiabrasil.net.br', 'armeniasputnik.am', 'sputnikportal.rs'],
      'RU',
      ['Sputnik'],
      "Rossiya Segodnya's international outlet, in all its language domains (sarabic.ae, noticiabrasil.net.br)",
    ),
    pattern: /(^|\.)(sputniknews[a-z-]*|sputnik-[a-z]+)\.[a-z.]+$|(^|\.)sputnik\.(by|kz|kg|az|md|tj)$/,
  },
  rule(['rg.ru'], 'RU', ['Rossiyskaya Gazeta'], "the Russian government's official newspaper"),
  rule(
    ['rbth.com'],
    'RU',
    ['Russia Beyond', 'RBTH'],
    'Russia Beyond (the Headlines), from Rossiyskaya Gazeta, then TV-Novosti',
  ),
  rule(['1tv.ru', '1tv.com'], 'RU', ['Channel One'], 'Channel One, majority state-owned'),
  rule(['vesti.ru'], 'RU', ['Vesti'], 'news of VGTRK, the state broadcaster'),
  rule(['tvzvezda.ru'], 'RU', ['Zvezda'], "the Defence Ministry's television channel"),
  rule(['xinhuanet.com', 'news.cn'], 'CN', ['Xinhua'], "China's state news agency"),
  rule(['chinadaily.com.cn'], 'CN', ['China Daily'], "owned by the Communist Party's Publicity Department"),
  rule(['cgtn.com', 'cctv.com'], 'CN', ['CGTN', 'CCTV'], 'China Media Group, the state broadcaster'),
  rule(
    ['people.cn', 'people.com.cn'],
    'CN',
    ["People's Daily", 'People\u2019s Daily'],
    "the Communist Party's newspaper",
  ),
  rule(['globaltimes.cn'], 'CN', ['Global Times'], "published by People's Daily"),
  rule(['trtworld.com', 'trt.net.tr'], 'TR', ['TRT'], "Turkey's state broadcaster"),
  rule(['aa.com.tr'], 'TR', ['Anadolu Agency', 'Anadolu'], "Turkey's state news agency"),
  rule(['presstv.ir', 'presstv.com'], 'IR', ['Press TV', 'PressTV'], "IRIB, Iran's state broadcaster"),
  rule(['irna.ir'], 'IR', ['IRNA'], "Iran's state news agency"),
  rule(['belta.by'], 'BY', ['BelTA'], "Belarus's state news agency"),
  rule(
    ['aljazeera.com', 'aljazeera.net'],
    'QA',
    ['Al Jazeera'],
    "funded by the state of Qatar; its US platform AJ+ was ordered to register as an agent of Qatar's government (FARA, 2020)",
  ),
  rule(['kuna.net.kw'], 'KW', ['KUNA', 'Kuwait News Agency'], "Kuwait's state news agency"),
  rule(['vov.vn'], 'VN', ['Voice of Vietnam', 'VOV'], "Vietnam's state radio"),
  rule(
    ['vietnamplus.vn', 'vnanet.vn'],
    'VN',
    ['Vietnam News Agency', 'VNA', 'VietnamPlus'],
    "Vietnam's state news agency",
  ),
  rule(['cand.com.vn'], 'VN', ['Cong An Nhan Dan'], "newspaper of Vietnam's Ministry of Public Security"),
  rule(['nhandan.vn'], 'VN', ['Nhan Dan'], "the Communist Party of Vietnam's newspaper"),
  rule(['azertag.az'], 'AZ', ['AzerTag', 'AZERTAC'], "Azerbaijan's state news agency"),
];

interface NonCanonicalRule {
  readonly pattern: RegExp;
  readonly reason: string;
}

/** Hosts that serve a copy of a page, not its address of record: cite the publisher's own address. */
export const NON_CANONICAL_HOSTS: readonly NonCanonicalRule[] = [
  { pattern: /^(digital-)?stag(e|ing)[.-]/, reason: 'a staging copy of the site' },
  { pattern: /\.cloudfront\.net$/, reason: 'a CDN copy (Amazon CloudFront)' },
  { pattern: /\.appspot\.com$/, reason: 'an App Engine copy' },
  { pattern: /^cdnedge\./, reason: 'a CDN edge copy' },
  { pattern: /^img\d*-az[a-z]*cdn\./, reason: 'an image CDN host serving the page' },
  { pattern: /^cloudflarepoc\./, reason: 'a CDN trial copy' },
  { pattern: /^acquiaprod\./, reason: "the hosting platform's copy (Acquia)" },
  { pattern: /^core-prod\./, reason: 'a production back end' },
  { pattern: /^amp\./, reason: 'an AMP copy of the article' },
  { pattern: /^(m|mobile)\./, reason: 'a mobile copy of the article' },
  { pattern: /\.$/, reason: 'the host written with a trailing dot' },
];

export type WeakHostReason = 'aggregator' | 'reprint' | 'closed' | 'partisan' | 'encyclopedia';

export const WEAK_HOST_REASONS: Record<WeakHostReason, string> = {
  aggregator: "an aggregator or rewriter of other outlets' reports: cite the outlet that reported it",
  reprint: "a reprint standing in for an official page: cite the government's own page or its archive",
  closed: 'a closed or paywalled service readers cannot open: cite an open copy',
  partisan: "a partisan outlet rated generally unreliable or deprecated by Wikipedia's perennial sources list",
  encyclopedia: 'an encyclopedia: cite what it cites',
};

/** Hosts a source should not rest on. A warning, not an error: some facts survive only there. */
export const WEAK_HOSTS: Readonly<Record<string, WeakHostReason>> = {
  'devdiscourse.com': 'aggregator', // rewrites agency copy (Reuters, PTI)
  'urdupoint.com': 'aggregator', // reposts agency copy, Sputnik's among it
  'pakistanpoint.com': 'aggregator', // UrduPoint's sister site
  'newsfinale.com': 'aggregator', // rewrites other outlets' reports
  'dailynewsen.com': 'aggregator', // rewrites agency copy
  'financetom.com': 'aggregator', // reposts agency copy
  'newser.com': 'aggregator', // summaries of other outlets' reports
  'news.mail.ru': 'aggregator', // Mail.ru News: reposts agencies' copy
  'oananews.org': 'aggregator', // reposts member agencies' wires (TASS among them)
  'russialist.org': 'aggregator', // Johnson's Russia List: a digest of other outlets' articles
  'newsland.com': 'aggregator', // user-posted copies of other outlets' reports
  'masress.com': 'aggregator', // copies of Egyptian papers' articles
  'gaeatimes.com': 'aggregator', // copies of agency wires
  'redorbit.com': 'aggregator', // copies of agency wires
  'marketscreener.com': 'aggregator', // copies of agency wires
  'youtor.org': 'aggregator', // a mirror of YouTube videos
  'yahoo.com': 'aggregator', // syndicated copies of other outlets' reports
  'aol.com': 'aggregator', // syndicated copies of other outlets' reports
  'statenewswire.com': 'reprint',
  'federal.elaws.us': 'reprint',
  'whitehousepressbriefings.com': 'reprint',
  'definitions.uslegal.com': 'reprint',
  'stl.news': 'reprint', // reposts press releases
  'nationaldossier.com': 'reprint', // reposts press releases
  'foreignpolicywatchdog.com': 'reprint', // reposts transcripts
  'patriotresource.com': 'reprint', // copies of official texts
  'scoop.co.nz': 'reprint', // press releases as sent
  'thepigsite.com': 'reprint', // a trade site's copy of a USTR statement
  'questia.com': 'closed', // closed in 2020
  'scribd.com': 'closed', // paywalled uploads of others' documents
  'breitbart.com': 'partisan', // right
  'thegatewaypundit.com': 'partisan', // right
  'zerohedge.com': 'partisan', // conspiracy, markets
  'dailycaller.com': 'partisan', // right
  'theepochtimes.com': 'partisan', // right
  'newsmax.com': 'partisan', // right
  'pjmedia.com': 'partisan', // right
  'occupydemocrats.com': 'partisan', // left
  'palmerreport.com': 'partisan', // left
  'thecanary.co': 'partisan', // left
  'globalresearch.ca': 'partisan', // conspiracy, pro-Kremlin
  'wikipedia.org': 'encyclopedia',
};

/** The hostname of an address, lower case; null when it is not a URL. */
export function hostOf(url: string): string | null {
  return urlParts(url)?.hostname.toLowerCase() ?? null;
}

const isOnDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);
/** "rt.com." is rt.com: the trailing dot is reported as non-canonical, not a way out of the other rules. */
const bare = (host: string) => host.replace(/\.$/, '');

export interface StateMediaMatch {
  readonly host: string;
  readonly country: string;
  readonly reason: string;
}

/** Each state media domain with the first rule that names it, and the rules with a pattern; built on first use. */
let ruleOfDomain: Map<string, number> | null = null;
let patterned: readonly number[] = [];

/**
 * The first rule (in the table's order) whose domain or pattern the host is on, or -1: the host and each of its
 * parent domains are looked up, so a dataset's every source costs a few lookups, not a pass over the table.
 */
function stateMediaRuleIndex(host: string): number {
  if (ruleOfDomain === null) {
    const map = new Map<string, number>();
    STATE_MEDIA_HOSTS.forEach((r, i) => {
      for (const d of r.domains) if (!map.has(d)) map.set(d, i);
    });
    ruleOfDomain = map;
    patterned = STATE_MEDIA_HOSTS.flatMap((r, i) => (r.pattern ? [i] : []));
  }
  let best = Number.POSITIVE_INFINITY;
  for (let at = 0; ; ) {
    const i = ruleOfDomain.get(at === 0 ? host : host.slice(at));
    if (i !== undefined && i < best) best = i;
    const dot = host.indexOf('.', at);
    if (dot === -1) break;
    at = dot + 1;
  }
  for (const i of patterned) if (i < best && STATE_MEDIA_HOSTS[i]?.pattern?.test(host)) best = i;
  return best === Number.POSITIVE_INFINITY ? -1 : best;
}

export function findStateMediaHost(url: string): StateMediaMatch | null {
  const raw = hostOf(url);
  if (raw === null) return null;
  const host = bare(raw);
  const rule = STATE_MEDIA_HOSTS[stateMediaRuleIndex(host)];
  return rule ? { host, country: rule.country, reason: rule.reason } : null;
}

/** The state outlet a publisher field names in parentheses or with "via" ("Report.az (via TASS)"), if any. */
export function findStateOutletInPublisher(publisher: string): { name: string; country: string } | null {
  if (!/\(|\bvia\b/i.test(publisher)) return null;
  for (const rule of STATE_MEDIA_HOSTS) {
    const name = rule.names.find((n) =>
      new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(n)}($|[^\\p{L}\\p{N}])`, 'u').test(publisher),
    );
    if (name) return { name, country: rule.country };
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function findNonCanonicalHost(url: string): { host: string; reason: string } | null {
  const host = hostOf(url);
  const rule = host === null ? undefined : NON_CANONICAL_HOSTS.find((r) => r.pattern.test(host));
  return host !== null && rule ? { host, reason: rule.reason } : null;
}

export function findWeakHost(url: string): { host: string; reason: WeakHostReason } | null {
  const raw = hostOf(url);
  if (raw === null) return null;
  const host = bare(raw);
  const domain = Object.keys(WEAK_HOSTS).find((d) => isOnDomain(host, d));
  const reason = domain === undefined ? undefined : WEAK_HOSTS[domain];
  return reason ? { host, reason } : null;
}
