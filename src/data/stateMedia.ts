/**
 * How any dataset, a user's too, shows sources on state media sites: a source on such a host is kept and
 * shown as state-affiliated media of the host's state, whatever kind the data gave it, and a warning says so.
 * The curated dataset must label them itself (src/data/sourcePolicy.ts turns the same cases into errors).
 */
import { DEFAULT_STATE_MEDIA_COUNTRY, STATE_MEDIA_COUNTRIES, stateMediaLabel } from './categories';
import { findStateMediaHost } from './hosts';
import type { Source } from './model';

/** A change made to one source: the field (`kind` or `country`) and what the reader is told. */
export interface SourceNote {
  readonly field: 'kind' | 'country';
  readonly message: string;
}

const countryName = (code: string) => STATE_MEDIA_COUNTRIES[code]?.adjective ?? code;

export function normaliseSourceByHost(source: Source): { source: Source; notes: SourceNote[] } {
  const match = findStateMediaHost(source.url);
  if (!match) return { source, notes: [] };
  const notes: SourceNote[] = [];
  const which = `${match.host}, which is ${stateMediaLabel(match.country)}`;
  if (source.kind !== 'state-media') {
    const given = source.kind === null ? 'a missing or unknown kind' : `"${source.kind}"`;
    notes.push({ field: 'kind', message: `${given} on ${which}; shown as state-affiliated media` });
  }
  // Absent means Russia only where the data labels the source state-media itself; a relabelled source takes
  // the host's state, and a stated country that contradicts the host is corrected.
  const stated = source.country ?? (source.kind === 'state-media' ? DEFAULT_STATE_MEDIA_COUNTRY : null);
  if (stated !== null && stated !== match.country) {
    const given = source.country === null ? 'absent (which means Russia)' : `"${source.country}"`;
    notes.push({ field: 'country', message: `${given} on ${which}; shown as ${countryName(match.country)}` });
  }
  if (notes.length === 0) return { source, notes };
  const country = match.country === DEFAULT_STATE_MEDIA_COUNTRY && source.country === null ? null : match.country;
  return {
    source: {
      ...source,
      kind: 'state-media',
      country,
      relabelledFrom: { kind: source.kind, country: source.country },
    },
    notes,
  };
}
