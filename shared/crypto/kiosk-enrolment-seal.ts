import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A tablet's token, sealed under its one-use enrolment code until the tablet
 * exchanges the code for it. The table holds the code's SHA-256 (to find the
 * enrolment) and this sealed token, never either in clear: whoever reads the
 * table (or a backup of it) without the link learns no token, and the link
 * opens nothing once the intake has deleted its enrolment.
 *
 * The key is HKDF-SHA256 of the code under its own label, so it is not the
 * stored hash; AES-256-GCM, so a sealed token altered in the table does not
 * open. A sealed token: base64url of the 12-byte nonce, then the ciphertext
 * with its 16-byte tag.
 */
const LABEL = 'listening-post kiosk enrolment v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

const keyOf = (code: string) => Buffer.from(hkdfSync('sha256', code, '', LABEL, 32));

/** Seals `token` so that only `code` opens it. */
export function sealTokenForCode(code: string, token: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyOf(code), nonce);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The token sealed under `code`; undefined when it was sealed under another code, or altered. */
export function openTokenWithCode(code: string, sealed: string): string | undefined {
  try {
    const bytes = Buffer.from(sealed, 'base64url');
    if (bytes.length <= NONCE_BYTES + TAG_BYTES) return undefined;
    const decipher = createDecipheriv('aes-256-gcm', keyOf(code), bytes.subarray(0, NONCE_BYTES));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}
