// Starts the dataset's download before the app's scripts arrive; see src/ui/earlyData.ts.
(() => {
  const l = window.location;
  if (!/^https?:$/.test(l.protocol) || !window.fetch || !window.AbortController) return;
  const data = new URLSearchParams(l.search).get('data');
  const url = data ?? './data/events.json';
  if (data !== null && (data.length > 2000 || !/^(https?:\/\/|[^/\\:]+(\/|$))[^\s\u0000-\u001f\u007f]*$/i.test(data))) return;
  const c = new AbortController();
  const response = fetch(url, { signal: c.signal });
  response.catch(() => 0);
  window.__earlyDataset = { href: new URL(url, l.href).href, response, abort: () => c.abort() };
})();
