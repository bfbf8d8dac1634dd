/**
 * "Download the data": the data shown, wherever it came from. The curated dataset at its published address,
 * data from a `data=` address at that address, and a file opened on this device as the file itself (a Blob
 * address made here, freed when the data changes), never the curated dataset in place of another.
 */
import { useEffect, useState } from 'react';
import { useLoader } from './LoaderContext';
import { useAppState } from './StoreContext';

/** A blob: address for `blob` while it is shown; null while there is none. */
function useObjectUrl(blob: Blob | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) {
      setUrl(null);
      return;
    }
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [blob]);
  return url;
}

export function DataDownloadLink() {
  const { dataHref } = useLoader();
  const origin = useAppState((s) => s.origin);
  const fileUrl = useObjectUrl(origin.kind === 'file' ? origin.file : null);
  if (origin.kind === 'file') {
    return fileUrl ? (
      <a href={fileUrl} download={origin.name}>
        Download the data
      </a>
    ) : null;
  }
  const href = origin.kind === 'address' ? origin.url : dataHref;
  return href ? (
    <a href={href} download>
      Download the data
    </a>
  ) : null;
}
