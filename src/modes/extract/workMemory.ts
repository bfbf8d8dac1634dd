/**
 * The curator's work outlives the view: leaving for the explorer (Open in the explorer, Back) and returning
 * finds the form and the decisions as they were. It lives in this page only; it is never stored or sent.
 */
import { type ArticleFields, EMPTY_FIELDS } from './articleInput';
import { EMPTY_WORKBENCH, type Workbench } from './workbench';

export interface ExtractWork {
  readonly fields: ArticleFields;
  readonly workbench: Workbench;
}

const EMPTY_WORK: ExtractWork = { fields: EMPTY_FIELDS, workbench: EMPTY_WORKBENCH };
let remembered: ExtractWork = EMPTY_WORK;

export function recallWork(): ExtractWork {
  return remembered;
}

export function rememberWork(work: ExtractWork): void {
  remembered = work;
}

/** A fresh start (tests, and a page that mounts the view anew). */
export function forgetWork(): void {
  remembered = EMPTY_WORK;
}
