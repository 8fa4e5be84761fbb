import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import type { Config } from '../../../shared/config/schema';
import type { IntakeEnv } from '../deps';
import { KIOSK_CLIENT_JS } from '../kiosk/bundled.generated';
import { ICON_PNG, ICON_SVG } from '../kiosk/icons';
import { KIOSK_CSS } from '../kiosk/kiosk-css';
import { kioskManifest } from '../kiosk/manifest';
import { kioskPage } from '../kiosk/page';
import { kioskServiceWorker } from '../kiosk/service-worker';

/** The page, manifest and worker of one config, built once: they depend on nothing else. */
interface KioskAssets {
  page: string;
  manifest: string;
  serviceWorker: string;
}
const assetsByConfig = new WeakMap<Config, KioskAssets>();
function assetsFor(config: Config): KioskAssets {
  let assets = assetsByConfig.get(config);
  if (!assets) {
    const page = String(kioskPage(config));
    const manifest = kioskManifest(config);
    const version = createHash('sha256')
      .update(page)
      .update(manifest)
      .update(KIOSK_CLIENT_JS)
      .update(KIOSK_CSS)
      .update(ICON_SVG)
      .digest('hex')
      .slice(0, 16);
    assets = { page, manifest, serviceWorker: kioskServiceWorker(version) };
    assetsByConfig.set(config, assets);
  }
  return assets;
}

// Assets are revalidated on every fetch: the service worker holds the offline copy.
const REVALIDATE = 'no-cache';

/**
 * The kiosk app at `GET /kiosk` with its script, style, worker, manifest and
 * icons: the same for everyone, so served whether or not kiosks are enabled,
 * and spending no budget (refusing one would cost as much as serving it).
 */
export const kioskApp = new Hono<IntakeEnv>()
  .get('/kiosk', (c) => {
    c.header('Cache-Control', REVALIDATE);
    return c.html(assetsFor(c.var.deps.config).page);
  })
  .get('/kiosk/app.js', (c) =>
    c.body(KIOSK_CLIENT_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': REVALIDATE }),
  )
  .get('/kiosk/app.css', (c) =>
    c.body(KIOSK_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': REVALIDATE }),
  )
  .get('/kiosk/sw.js', (c) =>
    c.body(assetsFor(c.var.deps.config).serviceWorker, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': REVALIDATE,
      'Service-Worker-Allowed': '/kiosk',
    }),
  )
  .get('/kiosk/manifest.webmanifest', (c) =>
    c.body(assetsFor(c.var.deps.config).manifest, 200, {
      'Content-Type': 'application/manifest+json; charset=utf-8',
      'Cache-Control': REVALIDATE,
    }),
  )
  .get('/kiosk/icon.svg', (c) =>
    c.body(ICON_SVG, 200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': REVALIDATE }),
  )
  .get('/kiosk/icon-192.png', (c) =>
    c.body(ICON_PNG[192], 200, { 'Content-Type': 'image/png', 'Cache-Control': REVALIDATE }),
  )
  .get('/kiosk/icon-512.png', (c) =>
    c.body(ICON_PNG[512], 200, { 'Content-Type': 'image/png', 'Cache-Control': REVALIDATE }),
  );
