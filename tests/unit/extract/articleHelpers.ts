/** An article of the given text and publication date, and the extractor's candidates for it in brief. */
import { type Article, extractEvents } from '../../../src/extract/extract';

export const article = (text: string, published: string): Article => ({
  text,
  published,
  url: 'https://www.example.org/news/1',
});

/** Each candidate as "date category actors", e.g. "2021-04-15 sanctions US". */
export const brief = (text: string, published: string) =>
  extractEvents(article(text, published), null).events.map((e) => `${e.date} ${e.category} ${e.actors.join('+')}`);

/** Each candidate's drafted title. */
export const titles = (text: string, published: string) =>
  extractEvents(article(text, published), null).events.map((e) => e.title);
