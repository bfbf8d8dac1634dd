/**
 * The script injected into every page before its own scripts (page.addInitScript). Plain JavaScript in a
 * string, so that nothing the TypeScript runner adds to functions reaches the page. It records on
 * `window.__bench`:
 * - firstMarkAt: performance.now() (ms since navigation start) when the first `g.mark` is in the timeline,
 *   seen by a MutationObserver (so: when the DOM holding it is committed, before it is painted);
 * - firstMarkPaintAt: when the frame showing them has been painted: a requestAnimationFrame callback runs just
 *   before that frame's paint, and a message posted from it is delivered in the first task after the frame;
 * - fcp, lcp: the browser's first-contentful-paint and the latest largest-contentful-paint entry (ms);
 * - domAtFirstMark: the number of elements in the document when the first marks were painted;
 * - longTasks: [startTime, duration] of every 'longtask' entry;
 * - frames: requestAnimationFrame intervals (ms) between startFrames() and stopFrames().
 */
export const PROBE = `(() => {
  const b = { firstMarkAt: null, firstMarkPaintAt: null, domAtFirstMark: null, fcp: null, lcp: null, longTasks: [], frames: [], framesFrom: 0, framesTo: 0, gen: 0 };
  Object.defineProperty(window, '__bench', { value: b });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  const mo = new MutationObserver(() => {
    if (b.firstMarkAt !== null || !document.querySelector('[data-testid="timeline"] g.mark')) return;
    b.firstMarkAt = performance.now();
    mo.disconnect();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        b.firstMarkPaintAt = performance.now();
        b.domAtFirstMark = document.getElementsByTagName('*').length;
      };
      ch.port2.postMessage(0);
    });
  });
  mo.observe(document, { childList: true, subtree: true });
  b.startFrames = () => {
    const gen = ++b.gen;
    b.frames = [];
    b.framesFrom = performance.now();
    let last = null;
    const tick = (t) => {
      if (gen !== b.gen) return;
      if (last !== null) b.frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  b.stopFrames = () => { b.gen++; b.framesTo = performance.now(); };
})();`;
