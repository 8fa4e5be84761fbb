import { createHash } from 'node:crypto';
import type { Config } from '../../../shared/config/schema';
import { KIOSK_CLIENT_JS } from './bundled.generated';
import { ICON_PNG, ICON_SVG } from './icons';
import { KIOSK_CSS } from './kiosk-css';
import { kioskManifest } from './manifest';
import { kioskPage } from './page';
import { kioskServiceWorker } from './service-worker';

/*
 * The kiosk app's files, loaded by `routes/kiosk-app.ts` on the first request
 * for one of them: the browser script alone is 36 KB that the intake's other
 * routes never use, so a cold start that serves a form or a submission does
 * not read them (docs/performance.md, "Cold start").
 */
export { ICON_PNG, ICON_SVG, KIOSK_CLIENT_JS, KIOSK_CSS };
/** The page, manifest and worker of one config, built once: they depend on nothing else. */
interface KioskAssets {
  page: string;
  manifest: string;
  serviceWorker: string;
}
const assetsByConfig = new WeakMap<Config, KioskAssets>();
export function assetsFor(config: Config): KioskAssets {
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
