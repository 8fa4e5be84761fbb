/** Everything the kiosk needs to start with no network; `/kiosk/config` is cached by the page itself. */
export const KIOSK_ASSETS = [
  '/kiosk',
  '/kiosk/app.js',
  '/kiosk/app.css',
  '/kiosk/manifest.webmanifest',
  '/kiosk/icon.svg',
  '/kiosk/icon-192.png',
  '/kiosk/icon-512.png',
] as const;

/**
 * The kiosk's service worker, served from `/kiosk/sw.js` with
 * `Service-Worker-Allowed: /kiosk` so that it controls `/kiosk` itself.
 * Assets are answered from the cache at once and refreshed behind it; the
 * version (a hash of the assets) changes the script whenever they change,
 * which makes the browser install the new one. Submissions are never cached:
 * only GETs of the assets above are touched.
 */
export function kioskServiceWorker(version: string): string {
  return `'use strict';
var CACHE = 'listening-post-kiosk-${version}';
var ASSETS = ${JSON.stringify(KIOSK_ASSETS)};
self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(ASSETS); }).then(function () { return self.skipWaiting(); }));
});
self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches.keys()
      .then(function (keys) {
        return Promise.all(keys.filter(function (key) { return key.indexOf('listening-post-kiosk-') === 0 && key !== CACHE; }).map(function (key) { return caches.delete(key); }));
      })
      .then(function () { return self.clients.claim(); })
  );
});
self.addEventListener('fetch', function (event) {
  var url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || ASSETS.indexOf(url.pathname) < 0) return;
  event.respondWith(
    caches.open(CACHE).then(function (cache) {
      return cache.match(url.pathname).then(function (cached) {
        var fresh = fetch(url.pathname, { cache: 'no-cache', credentials: 'omit' }).then(function (response) {
          if (response.ok) return cache.put(url.pathname, response.clone()).then(function () { return response; });
          return response;
        });
        if (!cached) return fresh;
        event.waitUntil(fresh.catch(function () {}));
        return cached;
      });
    })
  );
});
`;
}
