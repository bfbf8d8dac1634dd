/**
 * How the page names data that is not the curated dataset published with the app: a dataset from another
 * address (`data=`) or a file opened on this device. Anyone can make a link that loads any data under this
 * app's masthead, so the page says whose it is wherever it would otherwise speak for the project: the
 * masthead, the page's title, the colophon and the citations. Names from the data (a title, a file name) are
 * cut and bidi-isolated (nameValue), so they cannot reorder the words around them.
 */
import { nameValue } from '../data/plainText';
import type { DataOrigin } from '../state/slices/data';

/** "a dataset from example.org" / "your file events.csv"; null for the curated dataset. */
export function describeOrigin(origin: DataOrigin): string | null {
  if (origin.kind === 'address') return `a dataset from ${origin.host}`;
  if (origin.kind === 'file') return `your file ${nameValue(origin.name)}`;
  return null;
}

/** The masthead's notice: "A dataset from example.org — not the curated US–Russia dataset"; null for ours. */
export function originNotice(origin: DataOrigin): string | null {
  const what = describeOrigin(origin);
  return what ? `${what.charAt(0).toUpperCase()}${what.slice(1)} — not the curated US–Russia dataset` : null;
}

/** The page's title for data from elsewhere: "Their title — a dataset from example.org"; null for ours. */
export function originPageTitle(origin: DataOrigin, title: string | null): string | null {
  const what = describeOrigin(origin);
  return what ? `${title ? `${nameValue(title)} — ` : ''}${what}` : null;
}
