/* Service worker (filled in at build time by vite.config.ts). App files: cache first. Data: network first. */
const CACHE = 'us-russia-timeline-__VERSION__';
const APP_FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(APP_FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('us-russia-timeline-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const isData = url.pathname.includes('/data/') || url.pathname.endsWith('.json') || url.pathname.endsWith('.csv');
  const isPage = request.mode === 'navigate';
  if (isData || isPage) {
    // Network first: a new dataset version (or page) replaces the cached one; offline, the cached copy serves.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(isPage ? './' : request, copy));
          }
          return response;
        })
        .catch(() => caches.match(isPage ? './' : request).then((hit) => hit || Response.error())),
    );
    return;
  }
  event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
});
