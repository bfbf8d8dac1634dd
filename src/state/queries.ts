/**
 * View queries, each defined once: which events pass the filters, which are dated in the window or on
 * screen, what the filters say in words. Pure functions of the store's state; the memoised versions are in
 * selectors.ts.
 */
import { ACTOR_LABELS, categoryLabel } from '../data/categories';
import type { Domain } from '../data/domain';
import type { Dataset, TimelineEvent } from '../data/model';
import type { StoreData } from './store';

/** Lower-case, accents removed, so "Lavrov" finds "lavrov" and "Medvedev" finds "Medvédev". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matchesQuery(event: Pick<TimelineEvent, 'title' | 'summary'>, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = foldText(`${event.title} ${event.summary}`);
  return words.every((w) => hay.includes(w));
}

export type FilterInput = Pick<StoreData, 'dataset' | 'cat' | 'actor' | 'q'>;

/** Events that pass the category, actor and text filters, in date order. */
export function computeFilteredEvents(s: FilterInput): readonly TimelineEvent[] {
  const cats = s.cat ? new Set(s.cat) : null;
  return (s.dataset?.events ?? []).filter(
    (e) => (!cats || cats.has(e.category)) && (!s.actor || e.actors.includes(s.actor)) && matchesQuery(e, s.q),
  );
}

/**
 * Events dated in the window: their date starts within it. What the list, a presentation, a handout and an
 * exercise hold; a treaty in force since before the window is on the chart, not among them.
 */
export function eventsDatedIn(events: readonly TimelineEvent[], [a, b]: Domain): readonly TimelineEvent[] {
  return events.filter((e) => e.startMs >= a && e.startMs < b);
}

/** Events on screen: dated in the window, or in force during it (the duration strip). What the exports hold. */
export function eventsOnScreen(events: readonly TimelineEvent[], [a, b]: Domain): readonly TimelineEvent[] {
  return events.filter((e) => e.endMs > a && e.startMs < b);
}

export function selectSelectedEvent(s: Pick<StoreData, 'dataset' | 'event'>): TimelineEvent | null {
  return (s.event && s.dataset?.byId.get(s.event)) || null;
}

const categoriesCache = new WeakMap<Dataset, readonly string[]>();
const NO_CATEGORIES: readonly string[] = [];

/** The categories present in the dataset, for the filter controls; computed once per dataset. */
export function selectDatasetCategories(s: Pick<StoreData, 'dataset'>): readonly string[] {
  if (!s.dataset) return NO_CATEGORIES;
  let cats = categoriesCache.get(s.dataset);
  if (!cats) {
    cats = [...new Set(s.dataset.events.map((e) => e.category))];
    categoriesCache.set(s.dataset, cats);
  }
  return cats;
}

/** The filters in words, e.g. ["categories: Sanctions, Expulsions & closures", "acted: United States"]. */
export function describeFilters(s: Pick<StoreData, 'cat' | 'actor' | 'q'>): string[] {
  return [
    s.cat ? `categories: ${s.cat.map(categoryLabel).join(', ') || 'none'}` : 'all categories',
    s.actor ? `acted: ${ACTOR_LABELS[s.actor]}` : 'both sides',
    ...(s.q.trim() ? [`search: “${s.q.trim()}”`] : []),
  ];
}

export function hasFilters(s: Pick<StoreData, 'cat' | 'actor' | 'q'>): boolean {
  return s.cat !== null || s.actor !== null || s.q !== '';
}
