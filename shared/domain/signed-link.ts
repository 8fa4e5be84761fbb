import { createHmac, timingSafeEqual } from 'node:crypto';

export interface LinkClaims {
  /** What the link opens: an escalation's id, or a digest's (`shared/digest/links.ts`). */
  subject: string;
  /** Expiry, epoch seconds. */
  expiresAt: number;
}

/**
 * A link token a sponsor can click without signing in: the claims, then an
 * HMAC-SHA256 over them under the installation's link-signing key. Anyone
 * can read the claims (they hold no personal data); nobody can change them
 * or make new ones without the key.
 */
export function signLink(claims: LinkClaims, key: string): string {
  const payload = Buffer.from(JSON.stringify({ e: claims.subject, x: claims.expiresAt })).toString('base64url');
  return `${payload}.${mac(payload, key)}`;
}

export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

/** Checks a link token: its signature in constant time, then its expiry. */
export function verifyLink(token: string, key: string, now: Date): LinkCheck {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(mac(payload, key));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  let claims: { e?: unknown; x?: unknown };
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof claims.e !== 'string' || typeof claims.x !== 'number') return { ok: false, reason: 'malformed' };
  if (claims.x * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { subject: claims.e, expiresAt: claims.x } };
}

/**
 * The subject of a link this key signed, expired or not: whom a refused link
 * was for, so the refusal reaches them in their own language. It opens
 * nothing; only `verifyLink` grants.
 */
export function signedSubject(token: string, key: string): string | undefined {
  const check = verifyLink(token, key, new Date(0));
  return check.ok ? check.claims.subject : undefined;
}

const mac = (payload: string, key: string) => createHmac('sha256', key).update(`link:${payload}`).digest('base64url');
