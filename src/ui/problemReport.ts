/**
 * The report of every problem with the data, as a text file: built in pieces of PIECE_LINES lines with a
 * pause for the page between them, so half a million problems never hold the page for more than a moment.
 * Each piece is added to the Blob as it is written (a Blob of a Blob and a string refers to the first, it does
 * not copy it): the text is never joined into one string, and no step encodes more than one piece.
 */
import { type DataIssue, formatIssue } from '../data/model';

const PIECE_LINES = 5000;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function createProblemReport(issues: readonly DataIssue[]): Promise<Blob> {
  const type = 'text/plain;charset=utf-8';
  let report = new Blob([], { type });
  for (let from = 0; from < issues.length; from += PIECE_LINES) {
    if (from > 0) await yieldToPage();
    const lines = issues.slice(from, from + PIECE_LINES).map(formatIssue);
    report = new Blob([report, `${lines.join('\n')}\n`], { type });
  }
  return report;
}
