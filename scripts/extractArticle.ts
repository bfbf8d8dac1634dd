/**
 * Reading an article file and a dataset from disk for the extractor, shared by `npm run extract` and
 * `npm run extract:eval`. Size and encoding are checked on the bytes, before any decoding.
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/data/model';
import { validateAnyDataset } from '../src/data/parseAny';
import { decodeArticle, type Read } from '../src/extract/articleFile';
import type { ArticleContent } from '../src/extract/articleText';

export type { Read };

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
