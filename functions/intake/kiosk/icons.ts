import { ICON_192_PNG_BASE64, ICON_512_PNG_BASE64, ICON_SVG } from './bundled.generated';

/** The app icon as SVG (`kiosk/assets/icon.svg`): a smiling face on the accent colour, inside the maskable safe zone. */
export { ICON_SVG };

/** The same icon as PNG (`kiosk/assets/icon-*.png`), for launchers that take no SVG. */
export const ICON_PNG: Record<192 | 512, Uint8Array<ArrayBuffer>> = {
  192: new Uint8Array(Buffer.from(ICON_192_PNG_BASE64, 'base64')),
  512: new Uint8Array(Buffer.from(ICON_512_PNG_BASE64, 'base64')),
};
