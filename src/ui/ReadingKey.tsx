/** How to read the chart, shown while no event is open: the encodings, the categories, and the keys. */
import { CATEGORIES } from '../data/categories';
import { ShapeIcon } from './ShapeIcon';

export function ReadingKey() {
  return (
    <aside className="reading-key" aria-labelledby="key-title">
      <h2 id="key-title" className="section-title">
        How to read it
      </h2>
      <dl>
        <div>
          <dt>
            <svg width="34" height="14" aria-hidden="true">
              <title>Bands</title>
              <rect x="0" y="1" width="34" height="5" className="key-us" />
              <rect x="0" y="8" width="34" height="5" className="key-ru" />
            </svg>
          </dt>
          <dd>United States’ acts above, Russia’s below, joint acts between.</dd>
        </div>
        <div>
          <dt>
            <svg width="34" height="14" aria-hidden="true">
              <title>Density</title>
              <rect x="1" y="8" width="6" height="6" className="key-bar" />
              <rect x="9" y="3" width="6" height="11" className="key-bar" />
              <rect x="17" y="10" width="6" height="4" className="key-bar" />
              <rect x="25" y="6" width="6" height="8" className="key-bar" />
            </svg>
          </dt>
          <dd>
            Bars: how many acts each side made per period. Every event is counted; the most consequential are named
            (summits, treaties, wars, acts the other side answered), more as you zoom in. Click a bar to zoom in.
          </dd>
        </div>
        <div>
          <dt>
            <svg width="34" height="14" aria-hidden="true">
              <title>Duration</title>
              <rect x="2" y="3" width="30" height="8" rx="2" className="key-span" />
            </svg>
          </dt>
          <dd>The “in force” strip: acts with a duration, such as a treaty.</dd>
        </div>
        <div>
          <dt>
            <svg width="34" height="14" aria-hidden="true">
              <title>Vague date</title>
              <line x1="2" x2="32" y1="7" y2="7" className="key-uncertain" />
              <circle cx="17" cy="7" r="5" className="key-dot" />
            </svg>
          </dt>
          <dd>A bracket: only the month or year is known.</dd>
        </div>
        <div>
          <dt>
            <svg width="34" height="14" aria-hidden="true">
              <title>Response</title>
              <path d="M3,12 Q17,-4 31,12" className="key-arc" />
            </svg>
          </dt>
          <dd>An arc, once an event is open: what it answered and what answered it.</dd>
        </div>
      </dl>
      <ul className="key-categories" aria-label="Categories">
        {CATEGORIES.map((c) => (
          <li key={c.id}>
            <ShapeIcon category={c.id} size={12} />
            {c.label}
          </li>
        ))}
      </ul>
      <p className="keys">
        Drag to pan; to zoom, click the chart then scroll, or pinch, double-click, <kbd>+</kbd> <kbd>−</kbd>. Keyboard:{' '}
        <kbd>Tab</kbd> into the timeline, <kbd>←</kbd> <kbd>→</kbd> between events, <kbd>Enter</kbd> opens,{' '}
        <kbd>Esc</kbd> closes.
      </p>
    </aside>
  );
}
