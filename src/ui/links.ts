/** Addresses of the current view: permalink, embed and other modes, and the iframe snippet for embedding. */
import { selectUrlState } from '../state/selectors';
import type { AppState } from '../state/store';
import { DEFAULT_URL_STATE, type Mode, serializeUrl } from '../state/url';

export function viewUrl(s: AppState, mode: Mode = 'explore', loc: Location = window.location): string {
  return `${loc.origin}${loc.pathname}${serializeUrl({ ...selectUrlState(s), mode })}`;
}

/** The dataset's own address: the app with no view state, only a custom `data=` if one is loaded. */
export function datasetUrl(s: AppState, loc: Location = window.location): string {
  return `${loc.origin}${loc.pathname}${serializeUrl({ ...DEFAULT_URL_STATE, data: s.dataUrl })}`;
}

/** HTML-escapes an attribute value. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedSnippet(src: string, title: string, heightPx = 420): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${heightPx}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
