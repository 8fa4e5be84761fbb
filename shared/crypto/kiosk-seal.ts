import { createDecipheriv, createECDH, type ECDH, hkdfSync } from 'node:crypto';

/**
 * The kiosk's sealed outbox, server side. A tablet encrypts each submission
 * to the installation's public key before it stores it (ECDH P-256 with a
 * key made for that item alone, HKDF-SHA256, AES-256-GCM), so the tablet's
 * storage, whose deletes leave the data readable on disk, only ever holds
 * what the tablet itself cannot read. Only the intake opens it.
 *
 * The key pair is derived from the pepper (HKDF, its own label), so it needs
 * no new secret: it lives where the pepper lives (.data locally, Secrets
 * Manager on AWS) and is as stable as it is.
 *
 * A sealed item: base64url of the item's public key (65 bytes, uncompressed),
 * the 12-byte nonce, then the ciphertext with its 16-byte tag.
 */
const KEY_LABEL = 'listening-post kiosk outbox key v1';
const ITEM_LABEL = 'listening-post kiosk outbox item v1';
const POINT_BYTES = 65;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

const keys = new Map<string, ECDH>();
function keyPairOf(pepper: string): ECDH {
  let ecdh = keys.get(pepper);
  if (ecdh) return ecdh;
  ecdh = createECDH('prime256v1');
  // A derived scalar is out of range about once in 2^32; the next counter then gives one that is not.
  for (let attempt = 0; ; attempt++) {
    try {
      ecdh.setPrivateKey(Buffer.from(hkdfSync('sha256', pepper, `${attempt}`, KEY_LABEL, 32)));
      break;
    } catch (error) {
      if (attempt > 8) throw error;
    }
  }
  keys.set(pepper, ecdh);
  return ecdh;
}

/** The public key tablets seal to (base64url, uncompressed point), sent with `GET /kiosk/config`. */
export const kioskSealKey = (pepper: string): string => keyPairOf(pepper).getPublicKey().toString('base64url');

/** Opens a sealed item; undefined when it is not one or was not sealed to this installation's key. */
export function openKioskSealed(pepper: string, sealed: string): unknown {
  const text = openKioskSealedText(pepper, sealed);
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * A sealed item's JSON text as the tablet wrote it (its padding included); undefined when it is not one or was
 * not sealed to this installation's key. The intake reads the text, not only its parsed value, to refuse a name
 * written twice, which `JSON.parse` would read as its last value alone.
 */
export function openKioskSealedText(pepper: string, sealed: string): string | undefined {
  try {
    const bytes = Buffer.from(sealed, 'base64url');
    if (bytes.length <= POINT_BYTES + NONCE_BYTES + TAG_BYTES) return undefined;
    const itemKey = bytes.subarray(0, POINT_BYTES);
    const nonce = bytes.subarray(POINT_BYTES, POINT_BYTES + NONCE_BYTES);
    const body = bytes.subarray(POINT_BYTES + NONCE_BYTES, bytes.length - TAG_BYTES);
    const tag = bytes.subarray(bytes.length - TAG_BYTES);
    const shared = keyPairOf(pepper).computeSecret(itemKey);
    const aesKey = Buffer.from(hkdfSync('sha256', shared, itemKey, ITEM_LABEL, 32));
    const decipher = createDecipheriv('aes-256-gcm', aesKey, nonce);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
