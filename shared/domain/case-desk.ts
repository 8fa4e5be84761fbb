import { createHash } from 'node:crypto';
import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import type { Config, Sponsor } from '../config/schema';
import { acknowledgementOverdue } from './deadlines';
import { DAY_MS, HOUR_MS } from './durations';
import { recipientsAt, startOfHour, type Escalation } from './escalation';
import { signLink, verifyLink, type LinkCheck } from './signed-link';

/**
 * A sponsor's case desk (issue 14, item 2): one signed, expiring link per
 * sponsor that lists the cases they hold. The link's subject is
 * `desk:<sponsor id>:<key>`, which no escalation or digest id can be (those
 * start `case:`, `pattern:` or `digest:`). The key is the sponsor's
 * `deskKey` in the config: setting a new one re-issues the key, and every
 * desk link sent before stops working at once.
 */
const DESK = 'desk';

/** The leadership list's level: the top (0: the sponsor, 1: their backup). */
export const LEADERSHIP_LEVEL = 2;

/** An escalation as the desk sees it: closed by its holder when the matter is done. */
export type DeskCase = Escalation & {
  /**
   * The hour its close takes effect: the end of the hour its holder closed it in (`closeTakesEffect`).
   * Until then the employee may still write, and an answer opens it again.
   */
  closedAt?: string;
  /**
   * Its close met the clock to acknowledge a case nobody had acknowledged: keeping it open before the
   * close takes effect gives that back (it waits to be acknowledged again, by its deadline as before).
   */
  closeAcknowledges?: boolean;
  /** Reopened by an answer sent before the close, and its holder not yet emailed so (`CaseRouting.reopen`). */
  reopenNotTold?: boolean;
};

/**
 * Whether the case is acknowledged only by its close (nobody had acknowledged it): what keeping it open,
 * or an answer that reopens it, gives back, so it waits to be acknowledged and climbs as before.
 */
export const acknowledgedByClose = (e: DeskCase | undefined): boolean =>
  e?.closeAcknowledges === true && e.status === 'acknowledged';

/**
 * Whether a case handed over waits for its new holder to acknowledge it again: an urgent one acknowledged
 * (not yet answered). Its new holder gets the urgent service level from the hand-over, a reminder and the
 * climb, as a fresh escalation does; "nothing urgent is left waiting" holds for them too. A standard case, or
 * one already answered, keeps its acknowledgement: the law's clock to acknowledge was met, the feedback clock
 * runs on, and the desk of whoever has it shows it.
 */
export const reawaitsAcknowledgement = (e: Pick<Escalation, 'urgent' | 'status'>): boolean =>
  e.urgent && e.status === 'acknowledged';

/**
 * Whether closing the case now would be the first acknowledgement of an urgent report (README: a close
 * counts as acknowledging): one click must not do that, so the desk asks the sponsor to confirm first.
 */
export const closeNeedsConfirming = (e: Pick<Escalation, 'urgent' | 'status'>): boolean =>
  e.urgent && e.status === 'raised';

/** How the trail marks the acknowledgement a close made (the clock to acknowledge met), not a person's. */
export const BY_CLOSE = 'by its close';

/**
 * When a close made at `now` takes effect: the end of its hour. The employee's answers of that hour are
 * all accepted, whatever the minute, and an answer that reopens the case then tells its holder no more
 * than the hour it came in (the close's minute would tell whether it came before it or after).
 */
export const closeTakesEffect = (now: Date): string => new Date(startOfHour(now).getTime() + HOUR_MS).toISOString();

/** Closed by its holder, and the close not yet in effect: the employee may still write until `closedAt`. */
export const isClosing = (e: Pick<DeskCase, 'closedAt'>, now: Date): boolean =>
  e.closedAt !== undefined && Date.parse(e.closedAt) > now.getTime();

/** The sponsor's current desk key: `deskKey` in the config, `1` until one is set. */
export const deskKeyOf = (sponsor: Sponsor): string => sponsor.deskKey ?? '1';

/** A signed desk link's token, valid until `expiresAt`. */
export function signDeskLink(sponsor: Sponsor, expiresAt: Date, linkSigningKey: string): string {
  return signLink(
    { subject: `${DESK}:${sponsor.id}:${deskKeyOf(sponsor)}`, expiresAt: Math.floor(expiresAt.getTime() / 1000) },
    linkSigningKey,
  );
}

/** The URL of a sponsor's desk, valid for `config.escalation.linkValidDays` from `now` (on the hour, like every link's expiry). */
export function deskUrl(
  config: Config,
  sponsor: Sponsor,
  publicUrl: string,
  now: Date,
  linkSigningKey: string,
): string {
  const hour = Math.floor(now.getTime() / 3_600_000) * 3_600_000;
  const token = signDeskLink(sponsor, new Date(hour + config.escalation.linkValidDays * DAY_MS), linkSigningKey);
  return `${publicUrl.replace(/\/+$/, '')}/desk/${token}`;
}

export type DeskLinkCheck =
  | { ok: true; sponsor: Sponsor }
  | { ok: false; reason: Exclude<LinkCheck, { ok: true }>['reason'] | 'revoked' | 'not-a-desk' };

/** Whose desk a token opens: genuine, unexpired, for a sponsor (or leadership reader) still in the config, under their current key. */
export function openDeskLink(config: Config, token: string, linkSigningKey: string, now: Date): DeskLinkCheck {
  const check = verifyLink(token, linkSigningKey, now);
  if (!check.ok) return check;
  const [kind, sponsorId, key, ...rest] = check.claims.subject.split(':');
  if (kind !== DESK || !sponsorId || key === undefined || rest.length) return { ok: false, reason: 'not-a-desk' };
  const sponsor =
    config.sponsors.find((s) => s.id === sponsorId) ??
    leadershipReaders(config).find((reader) => reader.id === sponsorId);
  if (!sponsor || deskKeyOf(sponsor) !== key) return { ok: false, reason: 'revoked' };
  return { ok: true, sponsor };
}

const LEADERSHIP_DESK = 'leadership-';

/**
 * The readers of the leadership list who are not sponsors, each with a desk
 * of their own (a sponsor on the list has theirs already, which lists what
 * the list holds too): cases held at the leadership level appear there.
 * Their desk's id is a hash of their address, never the address itself (a
 * link's claims are readable); removing them from the list revokes it.
 */
export function leadershipReaders(config: Config): Sponsor[] {
  const sponsorEmails = new Set(config.sponsors.map((s) => s.email.toLowerCase()));
  return config.digest.recipients
    .filter((email) => !sponsorEmails.has(email.toLowerCase()))
    .map((email) => ({
      id: `${LEADERSHIP_DESK}${createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 16)}`,
      name: 'the leadership list',
      email,
      topics: [],
      sites: [],
      default: false,
    }));
}

/** Whose desk the holder at this address reads: their sponsor's, else their leadership reader's, else none. */
export function deskOwnerAt(config: Config, email: string, bypassed: readonly string[]): Sponsor | undefined {
  const lower = email.toLowerCase();
  const sponsor = config.sponsors.find((s) => s.email.toLowerCase() === lower);
  if (sponsor) return bypassed.includes(sponsor.id) ? undefined : sponsor;
  return leadershipReaders(config).find((reader) => reader.email.toLowerCase() === lower);
}

/**
 * Whether a case is on this sponsor's desk: they hold it now. That is the
 * sponsor it was routed to while it is at their level, the backup it climbed
 * or was handed to, or (at the leadership level) a sponsor whose address is
 * on the leadership list. A case that went around a sponsor (they are named
 * in it, or are the employee's management) is never on their desk, at any
 * level, and nothing on the desk counts it.
 */
export function isOnDesk(config: Config, sponsor: Sponsor, e: Escalation): boolean {
  const bypassed = e.reroute?.bypassed ?? [];
  if (bypassed.includes(sponsor.id)) return false;
  const email = sponsor.email.toLowerCase();
  return recipientsAt(config, e.sponsorId, e.level, bypassed).emails.some((r) => r.toLowerCase() === email);
}

/** Where a case on the desk stands, for its filter and its label. */
export type DeskState = 'waiting' | 'overdue' | 'acknowledged' | 'answered' | 'closed';

/** Overdue by the deadline that binds (`acknowledgeDeadline`), as the desk and `/ack` word it: the law's may fall before the service level's. */
export function deskStateOf(config: Config, e: DeskCase, now: Date): DeskState {
  if (e.closedAt) return 'closed';
  if (e.status === 'responded') return 'answered';
  if (e.status === 'acknowledged') return 'acknowledged';
  return acknowledgementOverdue(config, e, now) ? 'overdue' : 'waiting';
}

const OPEN_STATES: readonly DeskState[] = ['waiting', 'overdue', 'acknowledged', 'answered'];

/**
 * The desk's filters, from plain GET query parameters (a form that works
 * without JavaScript). Anything unknown or malformed falls back to its
 * default rather than refusing the page: a sponsor who edits the address
 * by hand still gets their desk. Built on its first parse (z.lazy), not at
 * import: every function that links to a desk imports this file.
 */
export const deskFiltersSchema = z.lazy(() =>
  z.object({
    show: z.enum(['open', 'overdue', 'closed', 'all']).catch('open').default('open'),
    site: z.string().max(64).optional().catch(undefined),
    topic: z.string().max(64).optional().catch(undefined),
    /** Only cases with an employee's answer the sponsor has not read. */
    unread: z.enum(['1']).optional().catch(undefined),
  }),
);
export type DeskFilters = z.infer<typeof deskFiltersSchema>;

/** The filters a query asks for; a site or topic the config does not have means every site or topic. */
export function deskFilters(config: Config, query: Record<string, string>): DeskFilters {
  const filters = deskFiltersSchema.parse(query);
  return {
    ...filters,
    site: config.sites.some((s) => s.id === filters.site) ? filters.site : undefined,
    topic: config.topics.some((t) => t.id === filters.topic) ? filters.topic : undefined,
  };
}

export function matchesFilters(config: Config, e: DeskCase, filters: DeskFilters, now: Date, unread: boolean): boolean {
  const state = deskStateOf(config, e, now);
  if (filters.show === 'open' && !OPEN_STATES.includes(state)) return false;
  if (filters.show === 'overdue' && state !== 'overdue') return false;
  if (filters.show === 'closed' && state !== 'closed') return false;
  if (filters.site && e.site !== filters.site) return false;
  if (filters.topic && !e.topics.includes(filters.topic)) return false;
  if (filters.unread && !unread) return false;
  return true;
}

/** How far back the desk lists closed and answered cases: long enough to cover the law's three-month feedback clock twice. */
export const DESK_HORIZON_DAYS = 182;

/**
 * Who a sponsor may hand a case to ("not mine"): their backup, one level up,
 * or the leadership list, two up. Never back down, never to themselves.
 */
export function handOverTargets(e: Escalation): number[] {
  return [1, LEADERSHIP_LEVEL].filter((level) => level > e.level);
}

/**
 * The hand-over menu: the holder's backup and the leadership list, named as
 * the config has them whatever the case goes around. A menu that left the
 * backup out, or named someone else, would tell the holder that the case
 * names their backup (`handOverDestination` goes around them instead). A
 * level whose person is the one below's is offered once.
 */
export function handOverMenu(config: Config, e: Escalation): { level: number; names: string }[] {
  return handOverTargets(e)
    .map((level) => ({ level, names: recipientsAt(config, e.sponsorId, level).names }))
    .filter((target, i, all) => all.findIndex((o) => o.names === target.names) === i);
}

/**
 * Where a hand-over to `level` goes: there, unless the person the menu names
 * there is one the case goes around; then to the leadership list, and
 * `around` names whom it went around (for the leadership list's eyes only).
 */
export function handOverDestination(config: Config, e: Escalation, level: number): { level: number; around?: string } {
  if (level >= LEADERSHIP_LEVEL) return { level };
  const offered = recipientsAt(config, e.sponsorId, level);
  const reached = recipientsAt(config, e.sponsorId, level, e.reroute?.bypassed ?? []);
  return offered.holder === reached.holder ? { level } : { level: LEADERSHIP_LEVEL, around: offered.names };
}

const AROUND = /^now with (.+?) instead of (.+), whom the case goes around$/;

/** The audit detail of a hand-over sent to `to` instead of `around`, whom the case goes around. */
export const aroundDetail = (to: string, around: string): string =>
  `now with ${to} instead of ${around}, whom the case goes around`;

/** `aroundDetail` read back, or undefined for any other detail. */
export function handedAround(detail: string): { to: string; around: string } | undefined {
  const [, to, around] = AROUND.exec(detail) ?? [];
  return to && around ? { to, around } : undefined;
}
