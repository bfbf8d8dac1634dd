/** The candidates beside the article, one card each, in the article's order. */
import type { Dataset } from '../../data/model';
import type { RawEvent } from '../../data/schema';
import { CandidateCard } from './CandidateCard';
import { type Decision, selectTakenIds, type Workbench } from './workbench';

interface Props {
  readonly workbench: Workbench;
  readonly dataset: Dataset | null;
  /** A card asked to take the focus (a click on its evidence), with a count that makes each request new. */
  readonly focusRequest: { readonly key: string; readonly n: number } | null;
  readonly onSelect: (key: string) => void;
  readonly onDecide: (key: string, decision: Decision) => void;
  readonly onEdit: (key: string, event: RawEvent) => void;
}

export function CandidateList({ workbench, dataset, focusRequest, onSelect, onDecide, onEdit }: Props) {
  const { items, article, selected } = workbench;
  return (
    <section className="candidates" aria-labelledby="extract-candidates-title">
      <h2 id="extract-candidates-title" tabIndex={-1}>
        Candidate events ({items.length})
      </h2>
      {items.length === 0 ? (
        <p className="hint">
          No event between the United States and Russia was found in this article. It may report none, or report them in
          words the extractor does not know yet.
        </p>
      ) : (
        <ol className="candidate-list">
          {items.map((item) => (
            <li key={item.key}>
              <CandidateCard
                item={item}
                selected={item.key === selected}
                focusSignal={focusRequest?.key === item.key ? focusRequest.n : null}
                published={article?.published ?? ''}
                dataset={dataset}
                taken={() => selectTakenIds(workbench, item.key)}
                onSelect={onSelect}
                onDecide={onDecide}
                onEdit={onEdit}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
