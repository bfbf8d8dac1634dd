/** How to read the chart, shown while no event is open: the encodings a legend of colours cannot say. */
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
              <title>Duration</title>
              <line x1="4" x2="32" y1="7" y2="7" className="key-span" />
              <circle cx="6" cy="7" r="5" className="key-dot" />
            </svg>
          </dt>
          <dd>A bar: an act with a duration, such as a treaty in force.</dd>
        </div>
        <div>
          <dt>
            <svg width="34" height="14" aria-hidden="true">
              <title>Vague date</title>
              <line x1="2" x2="32" y1="7" y2="7" className="key-uncertain" />
              <circle cx="17" cy="7" r="5" className="key-dot" />
            </svg>
          </dt>
          <dd>A bracket: only the month or year is known; the event falls somewhere in it.</dd>
        </div>
        <div>
          <dt>
            <svg width="34" height="16" aria-hidden="true">
              <title>Cluster</title>
              <rect x="2" y="1" width="30" height="14" rx="7" className="key-pill" />
              <text x="17" y="12" textAnchor="middle" className="key-count">
                5
              </text>
            </svg>
          </dt>
          <dd>A count: events too close to draw apart. Click it to zoom in.</dd>
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
      <p className="keys">
        Scroll or pinch to zoom, drag to pan. Keyboard: <kbd>Tab</kbd> into the timeline, <kbd>←</kbd> <kbd>→</kbd>{' '}
        between events, <kbd>Enter</kbd> opens, <kbd>Esc</kbd> closes, <kbd>+</kbd> <kbd>−</kbd> zoom.
      </p>
    </aside>
  );
}
