/** Which links may be rendered as <a href>: everything else is shown as text. */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;

/** The parts of an address the data checks read: its scheme and its host (lower case, as URL gives it). */
export interface UrlParts {
  readonly protocol: string;
  readonly hostname: string;
}

// A source's address is read several times in a row (is it safe, its host, is that host state media…):
// the last one parsed is kept, so a dataset's addresses are each parsed once.
let lastUrl: string | null = null;
let lastParts: UrlParts | null = null;

/**
 * An everyday web address, whose parts are read off without the URL parser (a dataset has thousands, read on a
 * cold engine): http or https in lower case, then a host of ASCII letters, digits and inner hyphens in dotted
 * labels, the last beginning with a letter (a last label that is a number makes the host an IPv4 address), no
 * punycode (`xn--`, which the parser checks), no user, no port; then nothing, or a path, query or fragment of
 * printable ASCII. For these the parser gives the scheme with a colon and the host in lower case; every other
 * address goes to it (tests/unit/data/safeLink.test.ts holds the two readings equal).
 */
const PLAIN_WEB_ADDRESS =
  /^(https?):\/\/((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.?)(?:[/?#][\x21-\x7e]*)?$/;

function parse(url: string): UrlParts | null {
  const plain = PLAIN_WEB_ADDRESS.exec(url);
  if (plain && !/xn--/i.test(plain[2] as string))
    return { protocol: `${plain[1]}:`, hostname: (plain[2] as string).toLowerCase() };
  try {
    const parsed = new URL(url);
    return { protocol: parsed.protocol, hostname: parsed.hostname };
  } catch {
    return null;
  }
}

/** The address parsed, or null when it is not an absolute URL. */
export function urlParts(url: string): UrlParts | null {
  if (url !== lastUrl) {
    lastParts = parse(url);
    lastUrl = url;
  }
  return lastParts;
}

export function isSafeLink(url: string): boolean {
  const parts = urlParts(url);
  return parts !== null && (SAFE_LINK_PROTOCOLS as readonly string[]).includes(parts.protocol);
}
