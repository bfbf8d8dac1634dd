/**
 * An article file's bytes → its main text, for the command line and the page alike. Size and encoding are
 * checked on the bytes, before any decoding; the format comes from the file name's extension (sniffed when
 * there is none, as for standard input).
 */
import { type ArticleContent, type ArticleFormat, parseArticle, sniffFormat } from './articleText';
import { MAX_ARTICLE_BYTES } from './language';

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const FORMATS: Record<string, ArticleFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

/** The extensions an article file may have, for a file picker's `accept`. */
export const ARTICLE_EXTENSIONS = Object.keys(FORMATS);

/** ".html" of "a/b/page.HTML"; "" when the last path part has no dot (or only a leading one). */
export function fileExtension(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** Decodes an article's bytes, refusing what is too big, binary or not UTF-8. */
export function decodeArticle(bytes: Uint8Array, label: string, file: string): Read<ArticleContent> {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      message: `${label} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit: give one article.`,
    };
  }
  if (bytes.includes(0))
    return {
      ok: false,
      message: `${label} is binary (it contains NUL bytes), not text: give a .txt, .md or .html file.`,
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `${label} is not UTF-8 text: save it as UTF-8 and try again.` };
  }
  const ext = fileExtension(file);
  const format = file === '-' || ext === '' ? sniffFormat(text) : FORMATS[ext];
  if (!format)
    return {
      ok: false,
      message: `${label}: "${ext}" files are not read; give a .txt, .md or .html file, or - for standard input.`,
    };
  return { ok: true, value: parseArticle(text, format) };
}
