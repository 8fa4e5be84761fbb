/**
 * The kiosk's service worker (bundled as text by `scripts/build-kiosk.ts`;
 * type-checked with the WebWorker library by this folder's tsconfig). The
 * intake serves it from `/kiosk/sw.js` after a first line that sets `CACHE`
 * to a name holding a hash of the assets, so that any change to them changes
 * the script and the browser installs the new one. Assets are answered from
 * the cache at once and refreshed behind it; submissions are never cached:
 * only GETs of the assets are touched.
 */
import { KIOSK_ASSETS } from '../kiosk-files';

declare const self: ServiceWorkerGlobalScope;
/** Set by the line the intake puts before this script (`kioskServiceWorker`). */
declare const CACHE: string;

const ASSETS: readonly string[] = KIOSK_ASSETS;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
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
            .filter((key) => key.indexOf('listening-post-kiosk-') === 0 && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || ASSETS.indexOf(url.pathname) < 0) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(url.pathname).then((cached) => {
        const fresh = fetch(url.pathname, { cache: 'no-cache', credentials: 'omit' }).then((response) => {
          if (response.ok) return cache.put(url.pathname, response.clone()).then(() => response);
          return response;
        });
        if (!cached) return fresh;
        event.waitUntil(fresh.catch(() => {}));
        return cached;
      }),
    ),
  );
});
