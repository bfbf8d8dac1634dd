// Starts the dataset's download before the app's scripts have run; see src/ui/earlyData.ts.
(() => {
  const l = window.location;
  if (!/^https?:$/.test(l.protocol) || !window.fetch || !window.AbortController) return;
  const data = new URLSearchParams(l.search).get('data');
  const url = data ?? './data/events.json';
  if (data !== null && (data.length > 2000 || !/^(https?:\/\/|[^/\\:]+(\/|$))[^\s\u0000-\u001f\u007f]*$/i.test(data))) return;
  const c = new AbortController();
  let response = null;
  const start = () => {
    if (!response) {
      response = fetch(url, { signal: c.signal });
      response.catch(() => 0);
    }
    return response;
  };
  // Once the first frame is on screen (the page's text and styles first, the data next), or at once when the
  // app asks for it sooner.
  requestAnimationFrame(() => requestAnimationFrame(() => c.signal.aborted || start()));
  window.__earlyDataset = {
    href: new URL(url, l.href).href,
    get response() {
      return start();
    },
    abort: () => c.abort(),
  };
})();
