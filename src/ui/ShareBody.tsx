/**
 * The Share dialog's body: the permalink, the embed code with its look fixed, and a preview; for a file opened
 * on this device, why it cannot be linked to and the file itself.
 */
import { useState } from 'react';
import { nameValue } from '../data/plainText';
import type { Theme } from '../state/modes';
import { CopyField } from './CopyField';
import { DataDownloadLink } from './DataDownloadLink';
import { embedSnippet, viewUrl } from './links';
import { useAppState } from './StoreContext';

/** The look the author sees now: the chosen theme, else the system's. */
function currentLook(theme: Theme | null): Theme {
  if (theme) return theme;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** A file opened on this device cannot be linked to: say so, and offer the file instead. */
function ShareFile({ name }: { name: string }) {
  return (
    <div className="share">
      <p>
        A permalink cannot carry a file opened on this device ({nameValue(name)}): the address would open the curated
        dataset instead. Share the file itself, or publish it and open it with <code>?data=</code> and its address.
      </p>
      <p>
        <DataDownloadLink />
      </p>
    </div>
  );
}

export function ShareBody() {
  const file = useAppState((s) => (s.origin.kind === 'file' ? s.origin.name : null));
  return file === null ? <ShareView /> : <ShareFile name={file} />;
}

function ShareView() {
  const theme = useAppState((s) => s.theme);
  // The embed's look is fixed in its address, so a reader in dark mode does not get a black box in a white blog.
  const [look, setLook] = useState<Theme | 'reader'>(() => currentLook(theme));
  const permalink = useAppState((s) => viewUrl(s));
  const embedUrl = useAppState((s) => viewUrl(s, 'embed', window.location, { theme: look === 'reader' ? null : look }));
  const title = useAppState((s) => s.dataset?.title ?? 'Timeline');
  return (
    <div className="share">
      <CopyField label="Permalink to this view (window, filters, open event)" value={permalink} />
      <fieldset className="seg-group">
        <legend>Look of the embed</legend>
        {(['light', 'dark', 'reader'] as const).map((v) => (
          <label key={v} className={look === v ? 'seg active' : 'seg'}>
            <input type="radio" name="embed-look" checked={look === v} onChange={() => setLook(v)} />
            {v === 'light' ? 'Light' : v === 'dark' ? 'Dark' : 'The reader’s setting'}
          </label>
        ))}
      </fieldset>
      <CopyField label="Embed code for a blog post" value={embedSnippet(embedUrl, title)} multiline />
      <p className="hint">
        The frame fits columns from 320 to 1200 px wide and reports its height to the host page (see the README for the
        few lines that size it automatically). Choose the look that matches your page: “the reader’s setting” follows
        each reader’s light or dark mode.
      </p>
      <p className="preview-label">Preview</p>
      <iframe
        className="embed-preview"
        src={embedUrl}
        title={`Preview: ${title}`}
        width="100%"
        height="360"
        loading="lazy"
      />
    </div>
  );
}
