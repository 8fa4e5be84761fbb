import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { KIOSK_ASSETS } from '../../../functions/intake/kiosk/service-worker';
import { kioskTokenHash, looksLikeKioskToken, newKioskId, newKioskToken } from '../../../shared/domain/kiosk';
import { appWithFakes } from '../../support/fixtures';

describe('the kiosk app and its files', () => {
  it('Should serve the page with no inline script or style, linking only its own files', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/kiosk');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const page = await res.text();
    // Only the messages' JSON data block, which a browser never runs, is inline.
    expect(page).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>/);
    expect(page).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    expect(page).toContain('<script src="/kiosk/app.js" defer></script>');
    expect(page).toContain('<link rel="manifest" href="/kiosk/manifest.webmanifest">');
    expect(page).not.toMatch(/https?:\/\//);
    for (const label of ['Very unhappy', 'Unhappy', 'Happy', 'Very happy'])
      expect(page).toMatch(new RegExp(`<span data-i18n="kiosk\\.rating\\.\\d">${label}</span>`));
  });

  it('Should serve every file the service worker caches, with the right type', async () => {
    const { app } = appWithFakes();
    const types: Record<string, RegExp> = {
      '/kiosk': /^text\/html/,
      '/kiosk/app.js': /^text\/javascript/,
      '/kiosk/app.css': /^text\/css/,
      '/kiosk/manifest.webmanifest': /^application\/manifest\+json/,
      '/kiosk/icon.svg': /^image\/svg\+xml/,
      '/kiosk/icon-192.png': /^image\/png/,
      '/kiosk/icon-512.png': /^image\/png/,
    };
    expect(Object.keys(types).sort()).toEqual([...KIOSK_ASSETS].sort());
    for (const path of KIOSK_ASSETS) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(types[path]!);
      expect(res.headers.get('set-cookie'), path).toBeNull();
    }
  });

  it('Should let the service worker control /kiosk itself, and change its version when the files change', async () => {
    const { app } = appWithFakes();
    const res = await app.request('/kiosk/sw.js');
    expect(res.headers.get('service-worker-allowed')).toBe('/kiosk');
    const script = await res.text();
    expect(script).toMatch(/var CACHE = 'listening-post-kiosk-[0-9a-f]{16}';/);
    expect(script).not.toContain('/kiosk/feedback');
    const other = appWithFakes({ config: { ...appWithFakes().deps.config, programName: 'Speak Up' } });
    expect(await (await other.app.request('/kiosk/sw.js')).text()).not.toBe(script);
  });

  it('Should describe an installable app: full screen, starting at /kiosk, with 192 and 512 px PNG icons', async () => {
    const { app } = appWithFakes();
    const manifest = await (await app.request('/kiosk/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({
      start_url: '/kiosk',
      scope: '/kiosk',
      display: 'fullscreen',
      name: 'Feedback kiosk · Listening Post',
      lang: 'en',
    });
    expect(manifest.icons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ src: '/kiosk/icon-192.png', sizes: '192x192', type: 'image/png' }),
        expect.objectContaining({
          src: '/kiosk/icon-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        }),
      ]),
    );
    for (const size of [192, 512]) {
      const png = Buffer.from(await (await app.request(`/kiosk/icon-${size}.png`)).arrayBuffer());
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      const idatLength = png.readUInt32BE(33);
      expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
      expect(inflateSync(png.subarray(41, 41 + idatLength)).length).toBe(size * (1 + size * 3));
    }
  });

  it('Should keep nothing about people in the script: no cookies, no fingerprints, no time of a tap', async () => {
    const { app } = appWithFakes();
    const script = await (await app.request('/kiosk/app.js')).text();
    // One exception: a tablet that is not set up shows its setup screen in the
    // browser's languages, read on the device and never sent or kept.
    const visitorLanguage = /function visitorLanguage\(\) \{[\s\S]*?\n {2}\}\n/;
    expect(script).toMatch(visitorLanguage);
    expect(script.replace(visitorLanguage, '')).not.toMatch(
      /document\.cookie|userAgent|navigator\.language|screen\.(width|height)|Date\.now|new Date/,
    );
    expect(script).toContain('crypto.randomUUID');
    expect(script).toContain('history.replaceState');
  });
});

describe('kiosk tokens and ids', () => {
  it('Should make tokens of 256 random bits, recognisable, and never equal to their hash', () => {
    const tokens = new Set(Array.from({ length: 100 }, newKioskToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(looksLikeKioskToken(token)).toBe(true);
      expect(kioskTokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(looksLikeKioskToken('lpk_short')).toBe(false);
  });

  it('Should make short kiosk ids an operator can type', () => {
    expect(newKioskId()).toMatch(/^k-[a-z0-9]{6}$/);
  });
});
