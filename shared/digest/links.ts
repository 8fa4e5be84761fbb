import { signLink, verifyLink, type LinkCheck } from '../domain/signed-link';
import type { DigestKey } from '../ports/digest-archive';

/**
 * Web-view links reuse the escalation links' signing (an HMAC over the
 * claims with the link-signing key); the digest is named in the claims' id,
 * `digest:2026-W47` or `digest:2026-W47:<sponsor id>`, which no escalation
 * id can be (those start `case:` or `pattern:`).
 */
export const digestLinkId = (key: DigestKey) => `digest:${key.week}${key.sponsorId ? `:${key.sponsorId}` : ''}`;

/** A signed, expiring web-view URL for one digest. */
export function digestLink(publicUrl: string, key: DigestKey, linkSigningKey: string, expiresAt: Date): string {
  const token = signLink(
    { subject: digestLinkId(key), expiresAt: Math.floor(expiresAt.getTime() / 1000) },
    linkSigningKey,
  );
  return `${publicUrl.replace(/\/+$/, '')}/digest/${key.week}?t=${token}`;
}

export type DigestLinkCheck =
  | { ok: true; key: DigestKey }
  | { ok: false; reason: Exclude<LinkCheck, { ok: true }>['reason'] | 'other-digest' };

/** Which digest a token opens, if it is genuine, unexpired and for `week`. */
export function openDigestLink(token: string, week: string, linkSigningKey: string, now: Date): DigestLinkCheck {
  const check = verifyLink(token, linkSigningKey, now);
  if (!check.ok) return check;
  const [kind, linkWeek, sponsorId, ...rest] = check.claims.subject.split(':');
  if (kind !== 'digest' || linkWeek !== week || rest.length) return { ok: false, reason: 'other-digest' };
  return { ok: true, key: sponsorId ? { week, sponsorId } : { week } };
}
