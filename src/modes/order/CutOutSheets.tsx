/**
 * The ordering exercise on paper: the cards in their starting order, lettered, eight to a page with dashed
 * lines to cut along, then the answer key on a page of its own (the letters in date order, each with its
 * date, title and sources written out). Hidden on screen; the print styles show it alone.
 */
import type { TimelineEvent } from '../../data/model';
import type { OrderCard } from '../../exercises/orderCards';

export const CARDS_PER_SHEET = 8;

/** A, B, … for the cards in their starting order. */
export function cardLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

export function CutOutSheets({
  cards,
  start,
  events,
  title,
  source,
}: {
  cards: readonly OrderCard[];
  start: readonly string[];
  events: readonly TimelineEvent[];
  title: string;
  source: string;
}) {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const letters = new Map(start.map((id, i) => [id, cardLetter(i)]));
  const sheets: string[][] = [];
  for (let i = 0; i < start.length; i += CARDS_PER_SHEET) sheets.push(start.slice(i, i + CARDS_PER_SHEET));
  const eventById = new Map(events.map((e) => [e.id, e]));
  return (
    <div className="cutout">
      {sheets.map((ids, s) => (
        <section className="cut-sheet" key={ids.join(',')}>
          <p className="cut-head">
            {title} · Put these events in order, earliest first · cut along the dashed lines · sheet {s + 1} of{' '}
            {sheets.length}
          </p>
          <div className="cut-grid">
            {ids.map((id) => {
              const card = byId.get(id);
              return card ? (
                <div className="cut-card" key={id} data-testid="cut-card">
                  <span className="cut-letter">{letters.get(id)}</span>
                  <span className="cut-title">{card.title}</span>
                  <span className="cut-clue">{card.clue}</span>
                </div>
              ) : null;
            })}
          </div>
        </section>
      ))}
      <section className="cut-key" data-testid="answer-key">
        <h2>Answer key</h2>
        <p className="cut-head">
          {title} · earliest first · cards drawn from {source}
        </p>
        <ol>
          {cards.map((c) => (
            <li key={c.id}>
              <p>
                <b>{letters.get(c.id)}</b> · {c.dateLabel} · {c.title}
              </p>
              <ul>
                {(eventById.get(c.id)?.sources ?? []).map((s) => (
                  <li key={s.url}>
                    {s.publisher}: {s.url}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
