/**
 * Filters and search in one compact bar. The category menu doubles as the legend: each button shows its
 * category's shape and colour as on the chart.
 */
import { useShallow } from 'zustand/react/shallow';
import { ACTOR_LABELS, ACTORS, type Actor, CATEGORIES, categoryLabel } from '../data/categories';
import { hasFilters, selectDatasetCategories } from '../state/queries';
import { ShapeIcon } from './ShapeIcon';
import { useAppState } from './StoreContext';

const ORDER = new Map<string, number>(CATEGORIES.map((c, i) => [c.id, i]));

export function Controls() {
  const present = useAppState(selectDatasetCategories);
  const categories = useAppState((s) => s.cat);
  const actor = useAppState((s) => s.actor);
  const query = useAppState((s) => s.q);
  const { toggleCategory, setCategories, clearFilters, setActor, setQuery } = useAppState(
    useShallow((s) => ({
      toggleCategory: s.toggleCategory,
      setCategories: s.setCategories,
      clearFilters: s.clearFilters,
      setActor: s.setActor,
      setQuery: s.setQuery,
    })),
  );
  const cats = [...present].sort((a, b) => (ORDER.get(a) ?? 99) - (ORDER.get(b) ?? 99) || a.localeCompare(b));
  const shown = (id: string) => categories === null || categories.includes(id);
  const shownCount = cats.filter(shown).length;
  const filtered = hasFilters({ cat: categories, actor, q: query });

  return (
    <section className="controls" aria-label="Filters">
      <label className="search">
        <span className="visually-hidden">Search titles and summaries</span>
        <input
          type="search"
          value={query}
          placeholder="Search, e.g. sanctions"
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      <fieldset className="actor-filter">
        <legend className="visually-hidden">Who acted</legend>
        {[null, ...ACTORS].map((a: Actor | null) => (
          <label key={a ?? 'all'} className={actor === a ? 'seg active' : 'seg'}>
            <input type="radio" name="actor" checked={actor === a} onChange={() => setActor(a)} />
            {a ? ACTOR_LABELS[a] : 'Both sides'}
          </label>
        ))}
      </fieldset>
      <details className="category-menu">
        <summary>Categories: {shownCount === cats.length ? 'all' : `${shownCount} of ${cats.length}`}</summary>
        <fieldset className="category-filter">
          <legend className="visually-hidden">Categories (shape and colour on the chart)</legend>
          <ul>
            {cats.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className={shown(id) ? 'chip on' : 'chip off'}
                  aria-pressed={shown(id)}
                  onClick={() => toggleCategory(id)}
                >
                  <ShapeIcon category={id} />
                  {categoryLabel(id)}
                </button>
              </li>
            ))}
          </ul>
          <p className="category-all">
            <button type="button" className="reset" onClick={() => setCategories(null)}>
              Show all
            </button>
          </p>
        </fieldset>
      </details>
      {filtered ? (
        <button type="button" className="reset" onClick={clearFilters}>
          Clear filters
        </button>
      ) : null}
    </section>
  );
}
