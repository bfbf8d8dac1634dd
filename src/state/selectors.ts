/** Pure selectors over the store's state. Derived arrays are memoised on their inputs' identity. */

import { domainsEqual } from '../data/domain';
import type { TimelineEvent } from '../data/model';
import type { AppState } from './store';
import { paramsFromDomain, type UrlState } from './url';

/** Lower-case, accents removed, so "Lavrov" finds "lavrov" and "Medvedev" finds "Medvédev". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchesQuery(event: Pick<TimelineEvent, 'title' | 'summary' | 'id'>, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = foldText(`${event.title} ${event.summary}`);
  return words.every((w) => hay.includes(w));
}

type FilterInput = Pick<AppState, 'dataset' | 'categories' | 'actor' | 'query'>;
let lastInput: FilterInput | null = null;
let lastOutput: readonly TimelineEvent[] = [];

/** Events that pass the category, actor and text filters, in date order. */
export function selectFilteredEvents(s: FilterInput): readonly TimelineEvent[] {
  if (
    lastInput &&
    lastInput.dataset === s.dataset &&
    lastInput.categories === s.categories &&
    lastInput.actor === s.actor &&
    lastInput.query === s.query
  ) {
    return lastOutput;
  }
  const cats = s.categories ? new Set(s.categories) : null;
  const out = (s.dataset?.events ?? []).filter(
    (e) => (!cats || cats.has(e.category)) && (!s.actor || e.actors.includes(s.actor)) && matchesQuery(e, s.query),
  );
  lastInput = { dataset: s.dataset, categories: s.categories, actor: s.actor, query: s.query };
  lastOutput = out;
  return out;
}

export function selectSelectedEvent(s: Pick<AppState, 'dataset' | 'selectedId'>): TimelineEvent | null {
  return (s.selectedId && s.dataset?.byId.get(s.selectedId)) || null;
}

const categoriesCache = new WeakMap<object, readonly string[]>();
const NO_CATEGORIES: readonly string[] = [];

/** The categories present in the dataset, for the filter controls; computed once per dataset. */
export function selectDatasetCategories(s: Pick<AppState, 'dataset'>): readonly string[] {
  if (!s.dataset) return NO_CATEGORIES;
  let cats = categoriesCache.get(s.dataset);
  if (!cats) {
    cats = [...new Set(s.dataset.events.map((e) => e.category))];
    categoriesCache.set(s.dataset, cats);
  }
  return cats;
}

/** What the address should say for this state (the persisted keys only). */
export function selectUrlState(s: AppState): UrlState {
  const atFull = s.dataset === null || domainsEqual(s.domain, s.fullDomain);
  const win = atFull ? null : paramsFromDomain(s.domain);
  return {
    event: s.selectedId,
    from: win?.from ?? null,
    to: win?.to ?? null,
    cat: s.categories,
    actor: s.actor,
    q: s.query,
    mode: s.mode,
    story: s.story,
    data: s.dataUrl,
    theme: s.theme,
  };
}

let lastStoryInput: {
  story: AppState['story'];
  filtered: readonly TimelineEvent[];
  domain: AppState['domain'];
} | null = null;
let lastStory: readonly TimelineEvent[] = [];

/**
 * The presentation's sequence: the `story` ids that exist, in their given order; else the filtered events
 * dated in the chosen window (the whole period when no window is set), in date order. A treaty in force
 * since before the window is context on the strip, not a step of the lesson.
 */
export function selectPresentationEvents(s: AppState): readonly TimelineEvent[] {
  const filtered = selectFilteredEvents(s);
  const { story, domain } = s;
  if (
    lastStoryInput &&
    lastStoryInput.story === story &&
    lastStoryInput.filtered === filtered &&
    lastStoryInput.domain === domain
  ) {
    return lastStory;
  }
  const byId = s.dataset?.byId;
  lastStory =
    story && byId
      ? story.map((id) => byId.get(id)).filter((e): e is TimelineEvent => !!e)
      : filtered.filter((e) => e.startMs >= domain[0] && e.startMs < domain[1]);
  lastStoryInput = { story, filtered, domain };
  return lastStory;
}
