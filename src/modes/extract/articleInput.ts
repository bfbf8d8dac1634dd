/**
 * The article form's fields → the article the engine reads, or what is wrong with each field. The address and
 * the publication date are required here, by name; the text's own problems (empty, binary, too large, not
 * English) are the engine's to tell. Pasted HTML is reduced to its main text, as a dropped .html file is.
 */
import { parseDateSpec } from '../../data/dates';
import { parseArticleHtml, parseArticlePlain, sniffFormat } from '../../extract/articleText';
import type { Article } from '../../extract/extract';

export interface ArticleFields {
  readonly text: string;
  readonly url: string;
  /** YYYY-MM-DD. */
  readonly published: string;
  readonly publisher: string;
  /** The headline, for the source's title; optional (a dropped file's title, else the text's first line). */
  readonly title: string;
}

export type ArticleField = keyof ArticleFields;

export const EMPTY_FIELDS: ArticleFields = { text: '', url: '', published: '', publisher: '', title: '' };

export type ArticleInput =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly problems: Partial<Record<ArticleField, string>> };

function checkUrl(url: string): string | null {
  if (url === '') return "The article's address is missing: give its http or https address.";
  try {
    if (/^https?:$/.test(new URL(url).protocol)) return null;
  } catch {
    // Not an absolute address: said below.
  }
  return `"${url.slice(0, 80)}" is not an http or https address: give the full address, starting with https://.`;
}

function checkPublished(published: string): string | null {
  if (published === '') return 'The publication date is missing: give it as YYYY-MM-DD.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || parseDateSpec(published) === null) {
    return `"${published.slice(0, 40)}" is not a calendar date: give it as YYYY-MM-DD, e.g. 2021-04-15.`;
  }
  return null;
}

export function parseArticleFields(fields: ArticleFields): ArticleInput {
  const url = fields.url.trim();
  const published = fields.published.trim();
  const problems: Partial<Record<ArticleField, string>> = {};
  const urlProblem = checkUrl(url);
  if (urlProblem) problems.url = urlProblem;
  const dateProblem = checkPublished(published);
  if (dateProblem) problems.published = dateProblem;
  if (urlProblem || dateProblem) return { ok: false, problems };
  const content = sniffFormat(fields.text) === 'html' ? parseArticleHtml(fields.text) : parseArticlePlain(fields.text);
  const publisher = fields.publisher.trim();
  return {
    ok: true,
    article: {
      text: content.text,
      url,
      published,
      title: fields.title.trim() || content.title || url,
      ...(publisher ? { publisher } : {}),
    },
  };
}
