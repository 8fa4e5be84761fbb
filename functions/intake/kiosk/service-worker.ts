import { KIOSK_SERVICE_WORKER_JS } from './bundled.generated';

export { KIOSK_ASSETS } from './kiosk-files';

/**
 * The kiosk's service worker as served from `/kiosk/sw.js` (with
 * `Service-Worker-Allowed: /kiosk`, so that it controls `/kiosk` itself):
 * the bundled `worker/sw.ts` after the line that names its cache by the
 * assets' version.
 */
export function kioskServiceWorker(version: string): string {
  return `'use strict';\nvar CACHE = 'listening-post-kiosk-${version}';\n${KIOSK_SERVICE_WORKER_JS}`;
}
