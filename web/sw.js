// sw.js — the service worker: keeps one build's files so that a phone that loaded the check
// once can open it again offline. The page registers it as sw.js?build=<hash> (boot.js); the
// build's files are listed in files-<hash>.json, written by .ci/build.mjs. It caches only this
// origin's own files and sends nothing anywhere.

const BUILD = new URL(self.location.href).searchParams.get('build') ?? '';
const PREFIX = 'district-ai-readiness-';
const CACHE = `${PREFIX}${BUILD}`;

/** This build's files, from its list; the page itself as "./". */
async function buildFiles() {
  const response = await fetch(`./files-${BUILD}.json`);
  if (!response.ok) throw new Error(`files-${BUILD}.json: ${response.status}`);
  const files = await response.json();
  return ['./', ...files.map((file) => `./${file}`)];
}

self.addEventListener('install', (event) => {
  if (!/^[0-9a-f]{16}$/.test(BUILD)) return;
  event.waitUntil(
    buildFiles()
      .then(async (files) => (await caches.open(CACHE)).addAll(files))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

// Cache first for this build's files: every file but the page is named by its content, and
// the page is only ever paired with the files of its own build. Opening the app with a query
// (?mode=pulse, ?present, ?embed=1) is the same page. Anything else (embed.html, a host's
// files) goes to the network as usual. A new build installs a new worker and cache; the next
// visit uses it.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const lookup = caches.match(request, { cacheName: CACHE, ignoreSearch: request.mode === 'navigate' });
  event.respondWith(lookup.then((cached) => cached ?? fetch(request)));
});
