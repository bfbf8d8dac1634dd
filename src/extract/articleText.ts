/**
 * An article file's main text and title. HTML: the <title>, and the text of <article> (else <main>, else
 * <body>) without nav, aside, header, footer, form, figure captions, scripts or styles; the tags themselves
 * are stripped by htmlToText. Markdown: the text without its markup. Plain text: as it is, the first line
 * its title when it reads like a headline.
 */
import { htmlToText } from '../data/htmlText';

export type ArticleFormat = 'txt' | 'md' | 'html';

export interface ArticleContent {
  readonly text: string;
  readonly title: string | null;
}

/** Elements whose content is not the article's text: dropped with everything inside them. */
const DROPPED = [
  'nav',
  'aside',
  'header',
  'footer',
  'form',
  'script',
  'style',
  'noscript',
  'svg',
  'template',
  'iframe',
  'figcaption',
  'button',
  'select',
];

/** Removes each dropped element with its content; a linear scan per tag name, nesting counted. */
function dropElements(html: string): string {
  let out = html;
  for (const tag of DROPPED) {
    const open = new RegExp(`<${tag}(?=[\\s>/])`, 'gi');
    const any = new RegExp(`<(/?)${tag}(?=[\\s>/])[^>]*>`, 'gi');
    let result = '';
    let i = 0;
    for (;;) {
      open.lastIndex = i;
      const m = open.exec(out);
      if (!m) break;
      result += out.slice(i, m.index);
      let depth = 0;
      any.lastIndex = m.index;
      let end = out.length;
      for (let t = any.exec(out); t; t = any.exec(out)) {
        depth += t[1] === '/' ? -1 : 1;
        if (depth === 0) {
          end = t.index + t[0].length;
          break;
        }
      }
      i = end;
    }
    out = result + out.slice(i);
  }
  return out;
}

function inner(html: string, tag: string): string | null {
  const start = new RegExp(`<${tag}(?=[\\s>])[^>]*>`, 'i').exec(html);
  if (!start) return null;
  const from = start.index + start[0].length;
  const end = html.toLowerCase().lastIndexOf(`</${tag}`);
  return html.slice(from, end > from ? end : html.length);
}

export function parseArticleHtml(html: string): ArticleContent {
  const rawTitle = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  const title = htmlToText(rawTitle).replace(/\s+/g, ' ').trim();
  const body = inner(html, 'article') ?? inner(html, 'main') ?? inner(html, 'body') ?? html;
  return { text: htmlToText(dropElements(body)), title: title || null };
}

export function parseArticleMarkdown(md: string): ArticleContent {
  const text = md
    .replace(/\r\n?/g, '\n')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(\S(?:[^*_`]*\S)?)\1/g, '$2');
  return parseArticlePlain(text);
}

export function parseArticlePlain(raw: string): ArticleContent {
  const text = raw.replace(/\r\n?/g, '\n').replace(/^\ufeff/, '');
  const firstLine = text.trimStart().split('\n')[0]?.trim() ?? '';
  const headline = firstLine.length > 0 && firstLine.length <= 200 && !/[.!?]["”]?$/.test(firstLine);
  return { text, title: headline ? firstLine : null };
}

/** Reads an article in the given format; `-` input with no extension is sniffed (HTML starts with a tag). */
export function parseArticle(content: string, format: ArticleFormat): ArticleContent {
  if (format === 'html') return parseArticleHtml(content);
  if (format === 'md') return parseArticleMarkdown(content);
  return parseArticlePlain(content);
}

export function sniffFormat(content: string): ArticleFormat {
  return /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(content) ? 'html' : 'txt';
}
