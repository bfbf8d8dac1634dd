/**
 * The curated dataset's rules for one source, by its host and publisher (data/README.md, "Sourcing policy"):
 * no staging, CDN or mirror copies; state media labelled `state-media` with the right state, whether the site
 * is theirs or the publisher names them as the origin of a reprint; weak hosts reported but allowed.
 */
import { DEFAULT_STATE_MEDIA_COUNTRY, stateMediaLabel } from './categories';
import {
  findNonCanonicalHost,
  findStateMediaHost,
  findStateOutletInPublisher,
  findWeakHost,
  WEAK_HOST_REASONS,
} from './hosts';
import type { IssueLevel, Source } from './model';

/** One problem with one source; `field` is relative to the source ("kind", "url"). */
export interface SourceFinding {
  readonly level: IssueLevel;
  readonly field: 'url' | 'kind' | 'country';
  readonly message: string;
}

const quoted = (value: string | null, absent: string) => (value === null ? absent : `"${value}"`);

/** What to write for a source of this state: the kind, and the country unless it is the default. */
function fix(country: string): string {
  return country === DEFAULT_STATE_MEDIA_COUNTRY
    ? 'label it "state-media"'
    : `label it "state-media" with "country": "${country}"`;
}

/**
 * Kind and country as the data wrote them, against the state behind the source. `subject` says how we know
 * ("en.people.cn is" or "the publisher "…" names Xinhua,"); `why` is the host table's reason, if any.
 */
function checkLabel(
  written: NonNullable<Source['relabelledFrom']>,
  country: string,
  subject: string,
  why: string | null,
): SourceFinding[] {
  const outlet = `${subject} ${stateMediaLabel(country)}${why ? ` (${why})` : ''}`;
  if (written.kind !== 'state-media') {
    const given = written.kind === null ? 'missing or unknown' : `"${written.kind}"`;
    return [{ level: 'error', field: 'kind', message: `is ${given}, but ${outlet}: ${fix(country)}` }];
  }
  if ((written.country ?? DEFAULT_STATE_MEDIA_COUNTRY) === country) return [];
  const given = quoted(written.country, 'absent (which means Russia)');
  const want = country === DEFAULT_STATE_MEDIA_COUNTRY ? 'use "RU" or leave it out' : `use "${country}"`;
  return [{ level: 'error', field: 'country', message: `is ${given}, but ${outlet}: ${want}` }];
}

export function checkSourcePolicy(source: Source): SourceFinding[] {
  const findings: SourceFinding[] = [];
  const copy = findNonCanonicalHost(source.url);
  if (copy) {
    const message = `${copy.host} is ${copy.reason}, not the page's address of record: cite the publisher's own address`;
    findings.push({ level: 'error', field: 'url', message });
  }

  // On a state media site: validation has already shown the source as state media; the data must say so itself.
  const site = findStateMediaHost(source.url);
  if (site) {
    const written = source.relabelledFrom ?? { kind: source.kind, country: source.country };
    findings.push(...checkLabel(written, site.country, `${site.host} is`, site.reason));
  } else {
    const named = findStateOutletInPublisher(source.publisher);
    if (named) {
      const subject = `the publisher "${source.publisher}" names ${named.name},`;
      findings.push(...checkLabel({ kind: source.kind, country: source.country }, named.country, subject, null));
    } else if (source.country !== null && source.kind !== 'state-media') {
      findings.push({ level: 'error', field: 'country', message: 'is only for state-media sources: leave it out' });
    }
  }

  const weak = findWeakHost(source.url);
  if (weak) {
    const message = `${weak.host} is a weak host, ${WEAK_HOST_REASONS[weak.reason]}`;
    findings.push({ level: 'warning', field: 'url', message });
  }
  return findings;
}
