import { createCipheriv, createECDH, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A kiosk item sealed as a tablet seals one (`functions/intake/kiosk/client/seal.ts`), from its JSON text as
 * written: what a tampered or broken tablet could send, such as a name written twice, which the tablet's own
 * `JSON.stringify` never makes.
 */
export function sealRawTo(sealKey: string, json: string): string {
  const mine = createECDH('prime256v1');
  const myPublic = mine.generateKeys();
  const shared = mine.computeSecret(Buffer.from(sealKey, 'base64url'));
  const aesKey = Buffer.from(hkdfSync('sha256', shared, myPublic, 'listening-post kiosk outbox item v1', 32));
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', aesKey, nonce);
  const body = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()]);
  return Buffer.concat([myPublic, nonce, body, cipher.getAuthTag()]).toString('base64url');
}
