import { createHash } from 'node:crypto';
import type { Config } from '../config/schema';
import { DAY_MS } from './durations';
import { recipientsAt, startOfHour, type AuditEntry, type Escalation } from './escalation';
import { signLink } from './signed-link';

/**
 * The signed link in every email about an escalation names whom it was sent
 * to: a short hash of the addresses that held the case when it was signed.
 * Once the case climbs, is handed over or goes around someone an answer
 * names, the holder's addresses change and every link sent before stops
 * opening it: an old holder (or a sponsor the case must now go around)
 * cannot keep reading the conversation from an old email.
 *
 * The tag also binds the desk key (`deskKey`) of each sponsor among those
 * addresses, when one is set: re-issuing a sponsor's key shuts out every
 * link they were sent before, `/ack` links included, not just desk links
 * (an old case link would otherwise still open the case and lead to the new
 * desk). A sponsor who never set a key keeps the tag links had before keys
 * were bound, so links already sent keep working.
 */
const SEPARATOR = '@';
const TAG = /^[0-9a-f]{16}(?:[0-9a-f]{8})?$/;

/** Who holds the case now, as the link records it: a hash of the case and its current addresses, then of their desk keys. */
export function holderTag(config: Config, e: Escalation): string {
  return `${addressTag(config, e)}${keyTag(config, e)}`;
}

function holderEmails(config: Config, e: Escalation): string[] {
  return recipientsAt(config, e.sponsorId, e.level, e.reroute?.bypassed)
    .emails.map((m) => m.toLowerCase())
    .sort();
}

const hash = (text: string, length: number) => createHash('sha256').update(text).digest('hex').slice(0, length);

function addressTag(config: Config, e: Escalation): string {
  return hash(`${e.id}\n${holderEmails(config, e).join('\n')}`, 16);
}

/** The desk keys the holders set (none set: no key part, the tag links had before keys were bound). */
function keyTag(config: Config, e: Escalation): string {
  const keys = holderEmails(config, e).flatMap((email) =>
    config.sponsors
      .filter((s) => s.email.toLowerCase() === email && s.deskKey !== undefined)
      .map((s) => `${s.id}:${s.deskKey}`),
  );
  return keys.length ? hash(`${e.id}\n${keys.join('\n')}`, 8) : '';
}

/**
 * Why a link no longer opens its case: `moved` (someone else holds it) or
 * `replaced` (the same addresses hold it, but a desk key was re-issued since
 * the link was sent).
 */
export function whyLinkRefused(
  config: Config | undefined,
  e: Escalation,
  tag: string | undefined,
): 'moved' | 'replaced' {
  if (tag === undefined || config === undefined) return 'moved';
  return tag.slice(0, 16) === addressTag(config, e) ? 'replaced' : 'moved';
}

/** A link's subject: the escalation's id, and its holder's tag when the link has one. */
export function readEscalationSubject(subject: string): { id: string; tag?: string } {
  const at = subject.lastIndexOf(SEPARATOR);
  const tag = at > 0 ? subject.slice(at + 1) : '';
  return TAG.test(tag) ? { id: subject.slice(0, at), tag } : { id: subject };
}

/** Events after which someone else holds the case. */
const CHANGES_HANDS: readonly AuditEntry['event'][] = ['re-escalated', 'handed-over', 'rerouted'];

/**
 * Whether a link with this tag may open the case now: only while the same
 * addresses hold it. A link signed before links named their holder (or
 * checked without the config to say who holds it) opens the case only
 * while it has never changed hands.
 */
export function linkHoldsCase(config: Config | undefined, e: Escalation, tag: string | undefined): boolean {
  if (tag !== undefined && config !== undefined) return tag === holderTag(config, e);
  return e.level === 0 && !e.audit.some((a) => CHANGES_HANDS.includes(a.event));
}

/** The `/ack/<token>` link for whoever holds the case now, valid `linkValidDays` from the hour. */
export function escalationLink(config: Config, e: Escalation, publicUrl: string, now: Date, key: string): string {
  const expiresAt = Math.floor((startOfHour(now).getTime() + config.escalation.linkValidDays * DAY_MS) / 1000);
  const token = signLink({ subject: `${e.id}${SEPARATOR}${holderTag(config, e)}`, expiresAt }, key);
  return `${publicUrl}/ack/${token}`;
}
