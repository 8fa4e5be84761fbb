import type { Submission } from './types';

/**
 * Seals a submission before it is stored: encrypted to the installation's
 * public key (from `/kiosk/config`), with a key pair made for this item
 * alone and dropped at once, so the tablet keeps only what it cannot read.
 * The browser's storage does not erase what it deletes (Chromium's LevelDB
 * leaves it readable on disk), so nothing readable may be written to it.
 * The server opens it: shared/crypto/kiosk-seal.ts, whose format this is.
 */
const ITEM_LABEL = 'listening-post kiosk outbox item v1';
const CONFIG_KEY = 'listening-post.kiosk.config';

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/*
 * What is sealed is padded with spaces (which JSON reads past) to a whole number of PAD_BYTES, so that the size
 * of a stored item says nothing of how long its comment is: a comment's length, beside the redacted text a
 * sponsor reads, could tell which item on a tablet was whose (an attacker measured 57, 70 and 51 characters).
 */
const PAD_BYTES = 2048;
function padded(json: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(Math.ceil((json.length + 1) / PAD_BYTES) * PAD_BYTES).fill(0x20);
  out.set(json, 0);
  return out;
}

/** The installation's key from the kept config; null before the tablet has one, or without WebCrypto. */
function sealKey(): string | null {
  if (!window.crypto?.subtle) return null;
  try {
    const key = JSON.parse(localStorage.getItem(CONFIG_KEY) || 'null')?.sealKey;
    return typeof key === 'string' ? key : null;
  } catch {
    return null;
  }
}

/** The item sealed (base64url), or null when it cannot be: then it is kept in memory only, never stored. */
export async function seal(item: Submission): Promise<string | null> {
  const key = sealKey();
  return key ? sealTo(key, item) : null;
}

/** The item sealed to `key` (the installation's public key, base64url), or null if WebCrypto refuses. */
export async function sealTo(key: string, item: Submission): Promise<string | null> {
  try {
    const subtle = crypto.subtle;
    const P256 = { name: 'ECDH', namedCurve: 'P-256' };
    const server = await subtle.importKey('raw', fromBase64url(key), P256, false, []);
    const mine = await subtle.generateKey(P256, false, ['deriveBits']);
    const shared = await subtle.deriveBits({ name: 'ECDH', public: server }, mine.privateKey, 256);
    const myPublic = new Uint8Array(await subtle.exportKey('raw', mine.publicKey));
    const hkdf = await subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
    const aes = await subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: myPublic, info: new TextEncoder().encode(ITEM_LABEL) },
      hkdf,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt'],
    );
    const nonce = crypto.getRandomValues(new Uint8Array(12));
    const body = padded(new TextEncoder().encode(JSON.stringify(item)));
    const sealed = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: nonce }, aes, body));
    const out = new Uint8Array(myPublic.length + nonce.length + sealed.length);
    out.set(myPublic, 0);
    out.set(nonce, myPublic.length);
    out.set(sealed, myPublic.length + nonce.length);
    return toBase64url(out);
  } catch {
    return null;
  }
}
