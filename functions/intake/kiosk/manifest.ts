import type { Config } from '../../../shared/config/schema';
import { textDirection } from '../../../shared/i18n/direction';
import { translate } from '../../../shared/i18n/translate';

/** The web app manifest that makes the kiosk installable, full screen, starting at `/kiosk`, named in the installation's default language. */
export function kioskManifest(config: Config): string {
  const { programName, defaultLanguage: language } = config;
  return JSON.stringify({
    id: '/kiosk',
    name: translate(language, 'kiosk.title', { program: programName }),
    short_name: programName.length <= 12 ? programName : translate(language, 'kiosk.manifest.shortName'),
    description: translate(language, 'kiosk.manifest.description'),
    lang: language,
    dir: textDirection(language),
    start_url: '/kiosk',
    scope: '/kiosk',
    display: 'fullscreen',
    display_override: ['fullscreen', 'standalone'],
    orientation: 'any',
    background_color: '#fbfaf7',
    theme_color: '#1f5fa8',
    icons: [
      { src: '/kiosk/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/kiosk/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/kiosk/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/kiosk/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  });
}
