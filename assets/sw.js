// Dossier's service worker: the site keeps working offline after the first visit.
// `cargo xtask build` (xtask/src/pwa.rs) writes it into dist/ with the two
// placeholders below filled in: every file of the build, and a hash of them all,
// so any new build changes these bytes and the browser installs the new worker.
// The page (index.html) shows an update prompt while the new one waits.

const VERSION = "__DOSSIER_VERSION__";
const PRECACHE = ["__DOSSIER_PRECACHE__"];

// Several Dossier sites can share an origin (USER.github.io/A/, USER.github.io/B/):
// each names its caches after its own scope and only ever deletes those. The
// trailing ":" keeps /A/ from matching /A/B/.
const PREFIX = "dossier:" + self.registration.scope + ":";
const CACHE = PREFIX + VERSION;
const SCOPE = new URL(self.registration.scope);
const INDEX = new URL("./index.html", self.location).href;
const PRECACHED = new Set(PRECACHE.map((url) => new URL(url, self.location).href));

self.addEventListener("install", (event) => {
  // `no-cache` revalidates what the HTTP cache holds (a 304 costs little), so a
  // new version never stores an old index.html, yet the first visit's files are
  // not downloaded twice where the host sends validators (GitHub Pages does).
  const requests = PRECACHE.map((url) => new Request(url, { cache: "no-cache" }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      // Control the page of the first visit too, so it works offline from then on.
      await self.clients.claim();
    })(),
  );
});

// The page asks to skip waiting when the reader accepts the update prompt, and
// to keep the index parts it fetched (see `keep`).
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
  if (event.data && event.data.type === "KEEP") event.waitUntil(keep(event.data));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) {
    return; // not ours: the browser fetches it as usual
  }
  // The app is one page whose state is in the query string: every view of it is
  // the cached index.html.
  const page = url.pathname === SCOPE.pathname || url.href.split(/[?#]/)[0] === INDEX;
  if (request.mode === "navigate" && page) {
    event.respondWith(fromCache(INDEX, request));
  } else if (PRECACHED.has(url.origin + url.pathname)) {
    event.respondWith(fromCache(request, request));
  }
  // An index part a large site does not precache goes to the network untouched:
  // passing dozens of them per keystroke through this worker cost a quarter of a
  // typed key's time at 100k articles. The page hands them over once the reader
  // pauses (see `keep`) and reads them from the caches when offline.
});

/** Stores the index parts the page fetched (`parts`: `{ url, bytes }` each) as
 * it received them, so the views that used them work offline: content-hashed
 * names are never stale, and a full cache must not fail anything. */
async function keep({ parts }) {
  if (!Array.isArray(parts)) return;
  const cache = await caches.open(CACHE);
  for (const { url, bytes } of parts) {
    if (typeof url !== "string" || !(bytes instanceof ArrayBuffer)) continue;
    const part = new URL(url, self.location);
    if (!isPart(part) || PRECACHED.has(part.origin + part.pathname)) continue;
    const response = new Response(bytes, { headers: { "Content-Type": "application/octet-stream" } });
    await cache.put(part.href, response).catch(() => {});
  }
}

/** Whether `url` is an index part of this site (`data/*.bin`). */
function isPart(url) {
  return url.origin === SCOPE.origin && url.pathname.startsWith(SCOPE.pathname + "data/") && url.pathname.endsWith(".bin");
}

/** The cached response for `key`, else the network's for `request`. */
async function fromCache(key, request) {
  const cache = await caches.open(CACHE);
  // ignoreVary: a host's `Vary: Accept-Encoding` must not turn a hit into a miss.
  return (await cache.match(key, { ignoreVary: true })) || fetch(request);
}
