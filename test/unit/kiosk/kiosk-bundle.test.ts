import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_MODULE, kioskBundleModule } from '../../../scripts/build-kiosk';
import { appWithFakes } from '../../support/fixtures';

describe('the kiosk files built from source', () => {
  it('Should serve the script and icons built from kiosk/client and kiosk/assets as they are now (else run npm run build:kiosk)', async () => {
    expect(
      readFileSync(GENERATED_MODULE, 'utf8'),
      'functions/intake/kiosk/bundled.generated.ts is out of date: run npm run build:kiosk',
    ).toBe(await kioskBundleModule());
  });

  it('Should serve the icons byte for byte as the PNG and SVG files in the repository, each with its type', async () => {
    const { app } = appWithFakes();
    for (const [path, file, type] of [
      ['/kiosk/icon-192.png', 'icon-192.png', 'image/png'],
      ['/kiosk/icon-512.png', 'icon-512.png', 'image/png'],
      ['/kiosk/icon.svg', 'icon.svg', 'image/svg+xml'],
    ] as const) {
      const res = await app.request(path);
      expect(res.headers.get('content-type'), path).toBe(type);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
      expect(
        Buffer.from(await res.arrayBuffer()).equals(
          readFileSync(new URL(`../../../functions/intake/kiosk/assets/${file}`, import.meta.url)),
        ),
        path,
      ).toBe(true);
    }
  });

  it('Should serve the page script and the service worker with no module syntax, as classic scripts', async () => {
    const { app } = appWithFakes();
    for (const path of ['/kiosk/app.js', '/kiosk/sw.js']) {
      const script = await (await app.request(path)).text();
      expect(script, path).not.toMatch(/^\s*(import|export)\s/m);
      expect(() => new Function(script), path).not.toThrow();
    }
  });
});
