/** One category: its id in the data, its label, its shape and its colour in the light and dark themes. */
export interface Category {
  readonly id: string;
  readonly label: string;
  readonly shape: string;
  /** CSS colours (#rrggbb); src/ui/styles/categoryStyles.ts makes the chart's `--c-<id>` and `.cat-<id>` of them. */
  readonly colour: { readonly light: string; readonly dark: string };
}

/**
 * The documented category list (data/README.md explains each). Order is the legend's order. A category is
 * one row: the schema, the legend, the filters, the chart's colours and the exports all read this table.
 * `shape` is the second cue besides colour, so that no category is told apart by colour alone.
 */
export const CATEGORIES = [
  { id: 'summit', label: 'Summit', shape: 'star', colour: { light: '#6a3d9a', dark: '#b99ae0' } },
  { id: 'diplomacy', label: 'Diplomacy', shape: 'circle', colour: { light: '#1f78b4', dark: '#6cb0ea' } },
  { id: 'arms-control', label: 'Arms control', shape: 'diamond', colour: { light: '#138a66', dark: '#4cc9a0' } },
  { id: 'cooperation', label: 'Cooperation', shape: 'plus', colour: { light: '#5f8f12', dark: '#a5cf4f' } },
  { id: 'economy', label: 'Economy & energy', shape: 'ring', colour: { light: '#9a6a12', dark: '#d9a24b' } },
  { id: 'statement', label: 'Statement', shape: 'diamond-open', colour: { light: '#5c5c5c', dark: '#b0b0b0' } },
  { id: 'law', label: 'Law & courts', shape: 'square-open', colour: { light: '#b58900', dark: '#e3c04a' } },
  { id: 'sanctions', label: 'Sanctions', shape: 'square', colour: { light: '#d35400', dark: '#ff8c42' } },
  {
    id: 'expulsion',
    label: 'Expulsions & closures',
    shape: 'triangle-down',
    colour: { light: '#c51b7d', dark: '#f06bb4' },
  },
  { id: 'cyber', label: 'Cyber & elections', shape: 'wye', colour: { light: '#0f8fa3', dark: '#4fd0e3' } },
  { id: 'military', label: 'Military', shape: 'triangle', colour: { light: '#b2182b', dark: '#ff6b6b' } },
  {
    id: 'prisoners',
    label: 'Detentions & exchanges',
    shape: 'triangle-open',
    colour: { light: '#7b4b3a', dark: '#c99a85' },
  },
] as const satisfies readonly Category[];

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export type ShapeId = (typeof CATEGORIES)[number]['shape'] | 'unknown';

const BY_ID = new Map<string, (typeof CATEGORIES)[number]>(CATEGORIES.map((c) => [c.id, c]));

export function categoryLabel(id: string): string {
  return BY_ID.get(id)?.label ?? id;
}

export function categoryShape(id: string): ShapeId {
  return BY_ID.get(id)?.shape ?? 'unknown';
}

/** The id as one of our categories, or null for a category a dataset of one's own names. */
export function knownCategory(id: string): CategoryId | null {
  return BY_ID.get(id)?.id ?? null;
}

/** The tone rubric's words (data/README.md), by tone as text: "-2" … "2". */
export const TONE_LABELS: Readonly<Record<string, string>> = {
  '-2': 'hostile act',
  '-1': 'friction',
  '0': 'neutral or procedural',
  '1': 'engagement',
  '2': 'cooperation achieved',
};

export const ACTORS = ['US', 'RU'] as const;
export type Actor = (typeof ACTORS)[number];

export const ACTOR_LABELS: Record<Actor, string> = { US: 'United States', RU: 'Russia' };
export const ACTOR_SHORT_LABELS: Record<Actor, string> = { US: 'US', RU: 'Russia' };

/** Who acted, in words: "United States and Russia" (long) or "US & Russia" (short, for tables and cards). */
export function formatActors(actors: readonly Actor[], style: 'long' | 'short' = 'long'): string {
  if (actors.length === 0) return 'No actor given';
  return style === 'long'
    ? actors.map((a) => ACTOR_LABELS[a]).join(' and ')
    : actors.map((a) => ACTOR_SHORT_LABELS[a]).join(' & ');
}

export const SOURCE_KINDS = ['government-us', 'government-ru', 'news', 'state-media', 'reference'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Labels by kind alone; a `state-media` source without a `country` is Russian (see sourceKindLabel). */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'government-us': 'US government',
  'government-ru': 'Russian government',
  news: 'News',
  'state-media': 'Russian state-affiliated media',
  reference: 'Reference',
};

/** The states whose media occur in the host rules (src/data/hosts.ts), by ISO 3166-1 alpha-2 code. */
export const STATE_MEDIA_COUNTRIES: Readonly<Record<string, { readonly name: string; readonly adjective: string }>> = {
  RU: { name: 'Russia', adjective: 'Russian' },
  CN: { name: 'China', adjective: 'Chinese' },
  TR: { name: 'Turkey', adjective: 'Turkish' },
  IR: { name: 'Iran', adjective: 'Iranian' },
  BY: { name: 'Belarus', adjective: 'Belarusian' },
  QA: { name: 'Qatar', adjective: 'Qatari' },
  KW: { name: 'Kuwait', adjective: 'Kuwaiti' },
  VN: { name: 'Vietnam', adjective: 'Vietnamese' },
  AZ: { name: 'Azerbaijan', adjective: 'Azerbaijani' },
};

/** The data's rule: a `state-media` source without a `country` is Russian state-affiliated media. */
export const DEFAULT_STATE_MEDIA_COUNTRY = 'RU';

/** "Chinese state-affiliated media"; a code outside the table is named as written. */
export function stateMediaLabel(country: string | null): string {
  const code = country ?? DEFAULT_STATE_MEDIA_COUNTRY;
  const known = STATE_MEDIA_COUNTRIES[code];
  return known ? `${known.adjective} state-affiliated media` : `State-affiliated media (${code})`;
}

/** The label a reader sees for a source: its kind, and for state media the state behind it. */
export function sourceKindLabel(source: { readonly kind: SourceKind | null; readonly country: string | null }): string {
  if (source.kind === null) return 'Unknown kind';
  return source.kind === 'state-media' ? stateMediaLabel(source.country) : SOURCE_KIND_LABELS[source.kind];
}
