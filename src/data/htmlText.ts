/**
 * HTML → plain text without a DOM (TimelineJS text is the only HTML we read), and the reverse escape for
 * export. A linear scan, not a regex over the whole text: patterns like /<[^>]*>/ take quadratic time on hostile
 * input such as "<a<a<a…" with no ">". The output is plain text for React to show as text; it is never HTML.
 */

/** Named entities TimelineJS text uses (name, code point); other names are left as written. */
const NAMED_ENTITIES = new Map(
  'amp 38 lt 60 gt 62 quot 34 apos 39 nbsp 160 ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 ldquo 8220 rdquo 8221 hellip 8230 laquo 171 raquo 187 copy 169 reg 174 trade 8482 euro 8364 deg 176 middot 183 bull 8226 shy 173 AMP 38 LT 60 GT 62 QUOT 34'
    .match(/\S+ \d+/g)
    ?.map((pair): [string, string] => {
      const [name = '', code = ''] = pair.split(' ');
      return [name, String.fromCodePoint(Number(code))];
    }),
);
const BLOCK_TAGS = new Set(
  'br p div li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote hr section article header footer dd dt figure figcaption pre'.split(
    ' ',
  ),
);
/** Elements whose content is not text: dropped with their content. */
const RAW_TEXT_END = { script: /<\/script/gi, style: /<\/style/gi } as const;

function decodeEntity(whole: string, body: string): string {
  if (!body.startsWith('#')) return NAMED_ENTITIES.get(body) ?? whole;
  const hex = body[1] === 'x' || body[1] === 'X';
  const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
  const invalid = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff);
  return invalid ? '\ufffd' : String.fromCodePoint(code);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, decodeEntity);
}

/** Removes tags, comments and script/style content; block tags become line breaks. */
function stripTags(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return out + html.slice(i);
    out += html.slice(i, lt);
    if (!/[A-Za-z/!?]/.test(html[lt + 1] ?? '')) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const close = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
    // An unclosed tag swallows the rest of the text, as it does in a browser.
    if (close < 0) return out;
    i = close + (html.startsWith('<!--', lt) ? 3 : 1);
    const name = /^<(\/?)([A-Za-z][A-Za-z0-9]*)/.exec(html.slice(lt, Math.min(close, lt + 40)));
    const tag = name?.[2]?.toLowerCase() ?? '';
    if (BLOCK_TAGS.has(tag)) out += '\n';
    if (name?.[1] === '' && (tag === 'script' || tag === 'style')) {
      const end = RAW_TEXT_END[tag];
      end.lastIndex = i;
      const found = end.exec(html);
      const gt = found ? html.indexOf('>', found.index) : -1;
      if (gt < 0) return out;
      i = gt + 1;
    }
  }
  return out;
}

/** TimelineJS's HTML text as plain text: tags removed, entities decoded, spaces collapsed, one line a block. */
export function htmlToText(html: string): string {
  return decodeEntities(stripTags(html))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}
