/** The tone rubric (data/README.md, "Tone rubric"), opened from the line under the chart that says what tone is. */
import { useEffect, useRef } from 'react';
import { TONE_RUBRIC, TONE_RUBRIC_INTRO } from './toneRubric';
import './analysis.css';

export function ToneRubric({ id, onClose }: { id: string; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened by a link: bring it into view and move focus to it, as following an in-page link would.
  useEffect(() => {
    heading.current?.scrollIntoView?.({ block: 'nearest' });
    heading.current?.focus();
  }, []);
  return (
    <section id={id} className="analysis-panel tone-rubric" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title" ref={heading} tabIndex={-1}>
        The tone rubric
      </h2>
      <p>
        <code>tone</code>
        {TONE_RUBRIC_INTRO.slice('tone'.length)} Each event’s tone is an editorial judgement by the curators, made by
        this rubric, which the data’s README documents (“Tone rubric”). The tone strip averages it: a mean says how the
        acts of a period lean, not how relations felt.
      </p>
      <table>
        <caption className="visually-hidden">Tone values and what they mean</caption>
        <thead>
          <tr>
            <th scope="col">Tone</th>
            <th scope="col">Meaning</th>
            <th scope="col">Examples</th>
          </tr>
        </thead>
        <tbody>
          {TONE_RUBRIC.map((r) => (
            <tr key={r.tone}>
              <td className="num">{r.tone}</td>
              <td>{r.meaning}</td>
              <td>{r.examples}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        Close the rubric
      </button>
    </section>
  );
}
