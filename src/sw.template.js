/*
 * Service worker (filled in at build time by vite.config.ts).
 * - App files (names with content hashes): cache first.
 * - The app's page and its bundled dataset: network first, so a new version replaces the cached one; the
 *   cached copy answers when the network fails or has not answered within NETWORK_TIMEOUT_MS (a server that
 *   accepts and never answers would otherwise leave a blank tab for minutes).
 * - Only the app's pages are stored as the page: a dataset or any other document opened in the address bar
 *   is shown, never stored in the page's place.
 * - Other same-origin data (`?data=`): network first too, and a few small files are kept for offline use,
 *   the oldest evicted first, so that loading large files never grows the cache without limit.
 */
const CACHE = 'us-russia-timeline-__VERSION__';
/** Kept across versions: data the user loaded, not the app. */
const USER_DATA_CACHE = 'us-russia-timeline-user-data';
const APP_FILES = __FILES__;
/** The bundled dataset and its schema: always cached, network first. */
const DATA_FILES = __DATA_FILES__;

const NETWORK_TIMEOUT_MS = 4000;
const USER_DATA_MAX_BYTES = 5 * 1024 * 1024;
const USER_DATA_MAX_FILES = 3;

const here = (path) => new URL(path, self.location.href).href;
const PAGE = here('./');
/** Addresses of the start page; all are stored as PAGE. offline.html is a page of its own. */
const START_PAGES = new Set([PAGE, here('index.html')]);
const OTHER_PAGES = new Set([here('offline.html')]);
const APP_URLS = new Set(APP_FILES.map(here));
const DATA_URLS = new Set(DATA_FILES.map(here));

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
          keys
            .filter((k) => k.startsWith('us-russia-timeline-') && k !== CACHE && k !== USER_DATA_CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/**
 * The network's answer, or the cached copy under `key` once the network has failed or kept silent for
 * NETWORK_TIMEOUT_MS (without a cached copy, the network is awaited). `store`, when given, keeps a good
 * answer; the event stays alive until it is stored.
 */
function networkFirst(event, key, store) {
  let storing = Promise.resolve();
  const network = fetch(event.request).then((response) => {
    if (store && response.ok) storing = store(response.clone()).catch(() => undefined);
    return response;
  });
  event.waitUntil(
    network.then(
      () => storing,
      () => undefined,
    ),
  );
  return new Promise((resolve) => {
    let settled = false;
    const settle = (response) => {
      if (settled || !response) return;
      settled = true;
      resolve(response);
    };
    const timer = setTimeout(() => caches.match(key).then(settle), NETWORK_TIMEOUT_MS);
    network.then(
      (response) => {
        clearTimeout(timer);
        settle(response);
      },
      () => {
        clearTimeout(timer);
        caches.match(key).then((hit) => settle(hit || Response.error()));
      },
    );
  });
}

const storeIn = (key) => (response) => caches.open(CACHE).then((cache) => cache.put(key, response));

/** The body as a Blob, or null (and the rest not read) once it is over maxBytes. */
async function readCapped(response, maxBytes) {
  if (Number(response.headers.get('Content-Length')) > maxBytes || !response.body) {
    await response.body?.cancel();
    return null;
  }
  const reader = response.body.getReader();
  const parts = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Blob(parts);
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
}

/** Keeps a small `?data=` file as the newest of at most USER_DATA_MAX_FILES. */
const storeUserData = (key) => async (response) => {
  const body = await readCapped(response, USER_DATA_MAX_BYTES);
  if (!body) return;
  // The body is decoded here: the stored copy must not claim a compressed encoding or length.
  const headers = new Headers(response.headers);
  headers.delete('Content-Encoding');
  headers.delete('Content-Length');
  const cache = await caches.open(USER_DATA_CACHE);
  await cache.delete(key);
  await cache.put(key, new Response(body, { status: response.status, statusText: response.statusText, headers }));
  // Keys come back oldest first (a put appends): drop all but the newest few.
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - USER_DATA_MAX_FILES)).map((k) => cache.delete(k)));
};

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const bare = url.origin + url.pathname;
  if (request.mode === 'navigate') {
    if (START_PAGES.has(bare)) event.respondWith(networkFirst(event, PAGE, storeIn(PAGE)));
    else if (OTHER_PAGES.has(bare)) event.respondWith(networkFirst(event, bare, storeIn(bare)));
    // A dataset or any other document opened in the address bar: shown, and a cached copy of that same
    // address (the bundled dataset) serves offline, but it never takes the page's place.
    else event.respondWith(networkFirst(event, bare, null));
    return;
  }
  if (DATA_URLS.has(bare)) {
    event.respondWith(networkFirst(event, bare, storeIn(bare)));
    return;
  }
  if (APP_URLS.has(bare)) {
    event.respondWith(caches.match(bare).then((hit) => hit || fetch(request)));
    return;
  }
  // fetch() from the page or the load worker: a `?data=` file.
  if (request.destination === '') event.respondWith(networkFirst(event, request.url, storeUserData(request.url)));
});
