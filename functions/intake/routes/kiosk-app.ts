import { Hono } from 'hono';
import type { IntakeEnv } from '../deps';

// Assets are revalidated on every fetch: the service worker holds the offline copy.
const REVALIDATE = 'no-cache';

// The files are loaded on the first request for one: no other route uses them.
const files = () => import('../kiosk/kiosk-assets');

/**
 * The kiosk app at `GET /kiosk` with its script, style, worker, manifest and
 * icons: the same for everyone, so served whether or not kiosks are enabled,
 * and spending no budget (refusing one would cost as much as serving it).
 */
export const kioskApp = new Hono<IntakeEnv>()
  .get('/kiosk', async (c) => {
    const { assetsFor } = await files();
    c.header('Cache-Control', REVALIDATE);
    return c.html(assetsFor(c.var.deps.config).page);
  })
  .get('/kiosk/app.js', async (c) =>
    c.body((await files()).KIOSK_CLIENT_JS, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': REVALIDATE,
    }),
  )
  .get('/kiosk/app.css', async (c) =>
    c.body((await files()).KIOSK_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': REVALIDATE }),
  )
  .get('/kiosk/sw.js', async (c) =>
    c.body((await files()).assetsFor(c.var.deps.config).serviceWorker, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': REVALIDATE,
      'Service-Worker-Allowed': '/kiosk',
    }),
  )
  .get('/kiosk/manifest.webmanifest', async (c) =>
    c.body((await files()).assetsFor(c.var.deps.config).manifest, 200, {
      'Content-Type': 'application/manifest+json; charset=utf-8',
      'Cache-Control': REVALIDATE,
    }),
  )
  .get('/kiosk/icon.svg', async (c) =>
    c.body((await files()).ICON_SVG, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': REVALIDATE }),
  )
  .get('/kiosk/icon-192.png', async (c) =>
    c.body((await files()).ICON_PNG[192], 200, { 'Content-Type': 'image/png', 'Cache-Control': REVALIDATE }),
  )
  .get('/kiosk/icon-512.png', async (c) =>
    c.body((await files()).ICON_PNG[512], 200, { 'Content-Type': 'image/png', 'Cache-Control': REVALIDATE }),
  );
