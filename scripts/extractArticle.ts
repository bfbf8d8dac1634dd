/**
 * Reading an article file and a dataset from disk for the extractor, shared by `npm run extract` and
 * `npm run extract:eval`. Size and encoding are checked on the bytes, before any decoding.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Dataset } from '../src/data/model';
import { validateAnyDataset } from '../src/data/parseAny';
import { type ArticleContent, type ArticleFormat, parseArticle, sniffFormat } from '../src/extract/articleText';
import { MAX_ARTICLE_BYTES } from '../src/extract/language';

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const FORMATS: Record<string, ArticleFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

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
  const ext = extname(file).toLowerCase();
  const format = file === '-' || ext === '' ? sniffFormat(text) : FORMATS[ext];
  if (!format)
    return {
      ok: false,
      message: `${label}: "${ext}" files are not read; give a .txt, .md or .html file, or - for standard input.`,
    };
  return { ok: true, value: parseArticle(text, format) };
}

export function readArticleFile(file: string): Read<ArticleContent> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (err) {
    return {
      ok: false,
      message: `${file}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`,
    };
  }
  return decodeArticle(bytes, file === '-' ? 'standard input' : file, file);
}

export async function readDataset(path: string): Promise<Read<Dataset>> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return {
      ok: false,
      message: `--data ${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}).`,
    };
  }
  const { dataset } = await validateAnyDataset(text, path);
  return dataset ? { ok: true, value: dataset } : { ok: false, message: `--data ${path}: is not a timeline dataset.` };
}
