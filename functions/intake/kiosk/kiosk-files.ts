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
