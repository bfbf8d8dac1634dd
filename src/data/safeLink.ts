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

/** The address parsed, or null when it is not an absolute URL. */
export function urlParts(url: string): UrlParts | null {
  if (url !== lastUrl) {
    let parts: UrlParts | null;
    try {
      const parsed = new URL(url);
      parts = { protocol: parsed.protocol, hostname: parsed.hostname };
    } catch {
      parts = null;
    }
    lastUrl = url;
    lastParts = parts;
  }
  return lastParts;
}

export function isSafeLink(url: string): boolean {
  const parts = urlParts(url);
  return parts !== null && (SAFE_LINK_PROTOCOLS as readonly string[]).includes(parts.protocol);
}
