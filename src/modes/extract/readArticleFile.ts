/** A picked or dropped article file → its main text, with the command line's checks (size first: a huge file is not read). */
import { decodeArticle, type Read } from '../../extract/articleFile';
import type { ArticleContent } from '../../extract/articleText';
import { MAX_ARTICLE_BYTES } from '../../extract/language';

export async function readArticleFile(file: File): Promise<Read<ArticleContent>> {
  if (file.size > MAX_ARTICLE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return { ok: false, message: `${file.name} is ${mb} MB, over the 5 MB limit: give one article.` };
  }
  try {
    return decodeArticle(new Uint8Array(await file.arrayBuffer()), file.name, file.name);
  } catch {
    return { ok: false, message: `${file.name} could not be read: check that the file is still there and try again.` };
  }
}
