/** Addresses of the current view: permalink, embed and other modes, and the iframe snippet for embedding. */
import { type AddressState, DEFAULT_ADDRESS, selectAddress, serializeAddress } from '../state/address';
import type { ModeId } from '../state/modes';
import type { StoreData } from '../state/store';

export function viewUrl(
  s: StoreData,
  mode: ModeId = 'explore',
  loc: Location = window.location,
  overrides: Partial<AddressState> = {},
): string {
  return `${loc.origin}${loc.pathname}${serializeAddress({ ...selectAddress(s), mode, ...overrides })}`;
}

/** The dataset's own address: the app with no view state, only a custom `data=` if one is loaded. */
export function datasetUrl(s: StoreData, loc: Location = window.location): string {
  return `${loc.origin}${loc.pathname}${serializeAddress({ ...DEFAULT_ADDRESS, data: s.data })}`;
}

/** HTML-escapes an attribute value. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function embedSnippet(src: string, title: string, heightPx = 420): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${heightPx}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
