/**
 * What the extractor can read: English text of a sane size. Each check names what is wrong and what to do,
 * so the command line and the page can show it as it is.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** The most frequent short words of each language we can tell apart (all lower case). */
const STOPWORDS: Record<string, { name: string; words: ReadonlySet<string> }> = {
  en: {
    name: 'English',
    words: new Set('the of and to in a is that for on was with he it as by said at from his be has have'.split(' ')),
  },
  fr: {
    name: 'French',
    words: new Set('le la les de des et un une du est que en dans pour qui sur au avec pas'.split(' ')),
  },
  de: {
    name: 'German',
    words: new Set('der die das und ist nicht ein eine zu den mit von sich des auf für dem im'.split(' ')),
  },
  es: {
    name: 'Spanish',
    words: new Set('el la los las de y que en un una por con para es del se al lo como'.split(' ')),
  },
  it: {
    name: 'Italian',
    words: new Set('il di che e la per un una del della sono non gli le con si al nel'.split(' ')),
  },
  pt: { name: 'Portuguese', words: new Set('o a os as de que e do da em um uma para com não por no na se'.split(' ')) },
};

export interface LanguageGuess {
  /** ISO 639-1 code, or "und" when the text gives too little to tell. */
  readonly code: string;
  readonly name: string;
}

/** Guesses the language from scripts (Cyrillic, Chinese, Arabic…) and, for Latin text, stopword counts. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 20_000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return { code: 'und', name: 'no language (no letters)' };
  const share = (re: RegExp) => (sample.match(re)?.length ?? 0) / letters;
  if (share(/\p{Script=Cyrillic}/gu) > 0.3) return { code: 'ru', name: 'Russian or another Cyrillic-script language' };
  if (share(/\p{Script=Han}/gu) > 0.2) return { code: 'zh', name: 'Chinese' };
  if (share(/\p{Script=Arabic}/gu) > 0.3) return { code: 'ar', name: 'Arabic' };
  if (share(/\p{Script=Latin}/gu) < 0.5) return { code: 'und', name: 'a language in a script other than Latin' };
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = { code: 'und', name: 'an unknown language', hits: 0 };
  let english = 0;
  for (const [code, { name, words: stop }] of Object.entries(STOPWORDS)) {
    const hits = words.filter((w) => stop.has(w)).length;
    if (code === 'en') english = hits;
    if (hits > best.hits) best = { code, name, hits };
  }
  // A line or two gives too few common words to tell; Latin text where no other language leads is read as English.
  if (words.length < 40 && english >= best.hits) return { code: 'en', name: 'English' };
  // Fewer than one word in twenty a common one: a list, code or a language we do not know.
  if (best.hits < Math.max(2, words.length * 0.05)) return { code: 'und', name: 'an unknown language' };
  return { code: best.code, name: best.name };
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The article text's first problem, or null when it can be read: empty, binary, too large or not English.
 * `label` names the input in the message (a file name, or "the article").
 */
export function checkArticleText(text: string, label = 'the article'): string | null {
  if (text.trim() === '') return `${label} is empty: give the text of a news article.`;
  const bytes = byteLength(text);
  if (bytes > MAX_ARTICLE_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return `${label} is ${mb} MB, over the 5 MB limit: give one article, not a whole site or archive.`;
  }
  const sample = text.slice(0, 65_536);
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    // Tab, line feed, form feed and carriage return are text; other C0 controls and U+FFFD (undecodable) are not.
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd) control += 1;
  }
  if (sample.includes('\u0000') || control > sample.length * 0.01) {
    return `${label} looks binary (${control} control or undecodable characters), not text: give a .txt, .md or .html file in UTF-8.`;
  }
  const lang = detectLanguage(text);
  if (lang.code !== 'en') {
    return `${label} looks like ${lang.name}, not English: only English articles are supported; give an English version.`;
  }
  return null;
}
