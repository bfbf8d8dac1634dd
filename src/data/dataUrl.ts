/**
 * The `data=` address check: only a relative address (a file beside the app) or an http(s) URL may be
 * fetched as a dataset. The value is read the way a browser's URL parser reads it, so nothing it would
 * ignore can hide a scheme: leading and trailing control characters and spaces are dropped, and tabs and
 * line breaks anywhere ("java\nscript:" is "javascript:"). A relative address that starts with two slashes
 * or backslashes ("//host", "/\host", "\\host") names another host: it is read as that host's https address.
 */
export type DataUrlCheck = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly why: string };

export const MAX_DATA_URL_LENGTH = 2000;

/** Drops C0 controls and spaces (U+0000–U+0020) at both ends, as the URL parser does. */
function trimControls(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end -= 1;
  return text.slice(start, end);
}

/** Removed anywhere by the URL parser. */
const TAB_OR_NEWLINE = /[\t\n\r]/g;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** Two or more slashes or backslashes: the start of another host's address (backslash counts as slash). */
const OTHER_HOST = /^[/\\]{2,}/;

const NOT_HTTP = 'must be a relative, http or https address';

function absoluteHttp(url: string): DataUrlCheck {
  try {
    const parsed = new URL(url);
    if ((parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.host !== '') return { ok: true, url };
  } catch {
    // not a URL at all: refused below
  }
  return { ok: false, why: 'is not a valid http or https address' };
}

export function checkDataUrl(value: string): DataUrlCheck {
  if (value.length > MAX_DATA_URL_LENGTH) return { ok: false, why: 'is too long' };
  const cleaned = trimControls(value).replace(TAB_OR_NEWLINE, '');
  if (cleaned === '') return { ok: false, why: 'is empty' };
  const scheme = SCHEME.exec(cleaned)?.[0].toLowerCase();
  if (scheme !== undefined)
    return scheme === 'http:' || scheme === 'https:' ? absoluteHttp(cleaned) : { ok: false, why: NOT_HTTP };
  if (OTHER_HOST.test(cleaned)) {
    const checked = absoluteHttp(`https://${cleaned.replace(OTHER_HOST, '')}`);
    return checked.ok ? { ok: true, url: new URL(checked.url).href } : checked;
  }
  return { ok: true, url: cleaned };
}
