// Starts the dataset's download before the app's scripts have run; see src/ui/earlyData.ts.
(() => {
  const l = window.location;
  if (!/^https?:$/.test(l.protocol) || !window.fetch || !window.AbortController) return;
  const data = new URLSearchParams(l.search).get('data');
  const url = data ?? './data/events.json';
  if (data !== null && (data.length > 2000 || !/^(https?:\/\/|[^/\\:]+(\/|$))[^\s\u0000-\u001f\u007f]*$/i.test(data))) return;
  const c = new AbortController();
  // The download waits for the first contentful paint (the page's text and styles first, the data next); a
  // hidden page never paints, and a browser without paint timing waits two frames, or a second at most.
  let painted;
  const firstPaint = new Promise((resolve) => {
    painted = resolve;
  });
  try {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((e) => e.name === 'first-contentful-paint')) return;
      observer.disconnect();
      painted();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    requestAnimationFrame(() => requestAnimationFrame(painted));
  }
  if (document.visibilityState === 'hidden') painted();
  document.addEventListener('visibilitychange', painted);
  setTimeout(painted, 1000);
  const response = firstPaint.then(() => fetch(url, { signal: c.signal }));
  response.catch(() => 0);
  window.__earlyDataset = { href: new URL(url, l.href).href, response, abort: () => c.abort() };
})();
