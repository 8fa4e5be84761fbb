/** The web app manifest that makes the kiosk installable, full screen, starting at `/kiosk`. */
export function kioskManifest(programName: string): string {
  return JSON.stringify({
    id: '/kiosk',
    name: `${programName} kiosk`,
    short_name: programName.length <= 12 ? programName : 'Feedback',
    description: 'Tell us how things are at work: one tap, anonymous.',
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
