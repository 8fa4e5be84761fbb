import * as z from 'zod';
import { siteOwner } from './site-owner';
import type { Config, Sponsor } from '../config/schema';
import { CHANNELS } from './feedback';
import { HOUR_MS } from './durations';
import { ISO_WEEK_PATTERN } from './iso-week';

export const ESCALATION_REASONS = ['urgent-topic', 'requested', 'pattern'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

/**
 * The escalation queue message. Only redacted text travels here; the raw
 * text never leaves the analysis stage.
 */
// Built on its first parse (z.lazy), not at import: a cold start that parses no escalation message need not build it.
export const escalationMessageSchema = z.lazy(() =>
  z.object({
    /** Deterministic per cause (`case:<feedback id>`, `pattern:<site>:<topic>:<day>`), so retries make one escalation. */
    escalationId: z.string().min(1).max(200),
    reasons: z.array(z.enum(ESCALATION_REASONS)).min(1),
    /** The case to update and answer; absent for a pattern, which has no single author. */
    caseKey: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    channel: z.enum(CHANNELS).optional(),
    week: z.string().regex(ISO_WEEK_PATTERN),
    site: z.string().optional(),
    topics: z.array(z.string()),
    urgentCategories: z.array(z.string()).default([]),
    redactedText: z.string().max(5000),
    /**
     * The text could not be analysed (so not redacted either) and is not
     * shown; the escalation goes out anyway because it was asked for or the
     * raw text looked urgent.
     */
    textWithheld: z.boolean().optional(),
    /**
     * A report not in the shape this version reads, now analysed: the case it was raised as while its text was
     * withheld (known by the built-in redaction of its words, which Comprehend's may not match). When that case
     * exists, this is it: its text is added there, never raised as a second case.
     */
    withheldAs: z.string().min(1).max(200).optional(),
    /** The language the analysis found (ISO 639-1, `und` when unknown). */
    language: z.string().max(35).optional(),
    /** For a pattern: how many negative submissions, over how many days. */
    pattern: z.object({ count: z.int(), windowDays: z.int() }).optional(),
    /** Sponsors the raw text names: the case must go around them (read before redaction, by analysis). */
    namedSponsors: z.array(z.string().max(64)).max(100).optional(),
    /** The employee said it is about their own management. */
    aboutManagement: z.boolean().optional(),
    /** From a source that sent few urgent reports this hour (`quiet-source.ts`): emailed on its own past a flood. */
    quietSource: z.literal(true).optional(),
    /**
     * Not a new escalation: the employee answered in the conversation of
     * escalation `escalationId`, whose sponsor is told (`redactedText` is the answer).
     * `namedSponsors` are those the answer names (the case now goes around them too),
     * `urgentCategories` and urgent `topics` make it a re-escalation of the same case.
     */
    threadAnswer: z.boolean().optional(),
    /**
     * Which answer this is (its delivery's id, as the thread knows it): a redelivered notice holds and
     * tells it once, and the email that tells it is named by it, never by its words.
     */
    answerId: z.string().max(100).optional(),
    /**
     * With `threadAnswer`: the case is urgent and open, its holder has asked something in its conversation,
     * and the answer does not only say all is well
     * (`readsAllClear`): its holder is told at once, as of an urgent answer, never at the end of its hour.
     * A reply to "which floor?" on a gas leak must not wait for batching meant for anonymity.
     */
    inUrgentCase: z.boolean().optional(),
    /**
     * With `inUrgentCase`: details texted within minutes of the report (`follow-up-details.ts`). Their time tells
     * no more than the report's own hour, so a move they cause keeps the case's urgent time counted from that hour.
     */
    followUp: z.boolean().optional(),
    /**
     * With `threadAnswer`: the employee said the report is about whoever handles the case; it goes around
     * them with the hour's answers (`notify-thread-answer.ts`), and `redactedText` is empty.
     */
    objection: z.boolean().optional(),
    /** The hour the answer was accepted in, on the hour (`answerHour`): what it is held under. */
    hour: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/)
      .optional(),
  }),
);
export type EscalationMessage = z.infer<typeof escalationMessageSchema>;

/**
 * How often an escalation lane's message is received before SQS moves it to the lane's DLQ (infra and the local
 * stack both): on its last receive, one whose escalation is stored and only its email failed is left to the sweep
 * instead (`functions/escalate/handler.ts`), so that no DLQ keeps its case with SQS's millisecond stamp.
 */
export const ESCALATION_RECEIVES = 5;

export type EscalationStatus = 'raised' | 'acknowledged' | 'responded';

export interface AuditEntry {
  at: string;
  event:
    | 'raised'
    | 'notified'
    | 'acknowledged'
    | 'responded'
    | 're-escalated'
    | 'handed-over'
    | 'rerouted'
    | 'made-urgent'
    | 'closed'
    | 'kept-open'
    | 'reopened';
  detail: string;
  /**
   * Who did it, by id (a sponsor's, or a leadership reader's desk id), for code to read and never shown:
   * set on a close (`whoClosed`), whose `detail` names them as the config did then, and on a hand-over (a second
   * post of the same form finds the case gone from that desk: `handedOverBy`). Older entries have none.
   */
  by?: string;
}

export interface Escalation {
  id: string;
  reasons: EscalationReason[];
  caseKey?: string;
  site?: string;
  topics: string[];
  urgentCategories: string[];
  urgent: boolean;
  redactedText: string;
  /** True when the text could not be analysed and is not shown (see the message schema). */
  textWithheld?: boolean;
  language?: string;
  /** The redacted text in the leadership's language (`config.leadershipLanguage`), when it was written in another. */
  translation?: { language: string; text: string };
  pattern?: { count: number; windowDays: number };
  sponsorId: string;
  /** 0: the sponsor, 1: their backup, 2: leadership. */
  level: number;
  /**
   * The hour it was raised (minutes and seconds zero), which the SLA needs;
   * feedback keeps only its week. Every time kept on an escalation is an
   * hour: a finer one could tell a sponsor who was in the break room.
   */
  raisedAt: string;
  slaDueAt: string;
  status: EscalationStatus;
  /** The highest level whose email has gone out, so a retry does not send it again. */
  notifiedLevel: number;
  acknowledgedAt?: string;
  respondedAt?: string;
  response?: string;
  audit: AuditEntry[];
  /**
   * The case went around sponsors it names or its employee's management:
   * for leadership's eyes only (never shown on the sponsor's page, never in
   * a sponsor's digest). Those sponsors are never sent it, at any level.
   */
  reroute?: { reasons: RerouteReason[]; bypassed: string[] };
  /** The last reminder every reader was told (`EscalationStore.markReminded`): its event, not a time. */
  remindedFor?: string;
  /**
   * Its case was seen to say a senior leader has it (or more): until then every sweep reads the case, to move
   * it on if its status write failed after the email went (`deliverUnsent`). Absent from its creation, before
   * any email, so a crash between the email and the status write cannot leave it set; once set, never unset
   * (a case's status only moves forward). Not in the audit trail: it only spares the sweep a read.
   */
  passedOnShown?: true;
}

export type RerouteReason = 'named' | 'management';

/** How the leadership list is named to people (in emails, pages and the audit trail). */
export const LEADERSHIP_LIST = 'the leadership list';

/** The `sponsorId` of an escalation that goes straight to the leadership list: no sponsor may have it. */
export const LEADERSHIP = 'leadership';

/**
 * The sponsor who owns this: the one whose topics and sites match most
 * specifically (topic and site, then topic, then site), else the default.
 * Among equals, the order in the config decides. A report on an urgent topic
 * goes to whoever owns that topic, never to the owner of a calm topic it also
 * touches: "the shift lead corners me and tries to kiss me" at Plant 2 is
 * harassment for the CHRO, not scheduling for the plant's GM, the harasser's
 * own line (attack round 31).
 */
export function routeToSponsor(config: Config, site: string | undefined, topics: string[]): Sponsor {
  const urgent = topics.filter((t) => config.topics.find((c) => c.id === t)?.urgent);
  const owner = urgent.length && urgent.length < topics.length ? topicOwner(config, site, urgent) : undefined;
  // No topic at all (ticked urgent, words no rule reads): whoever owns its site, before the default sponsor.
  const ofSite = topics.length === 0 ? siteOwner(config, site) : undefined;
  return owner ?? mostSpecific(config, site, topics) ?? ofSite ?? config.sponsors.find((s) => s.default)!;
}

/** The most specific sponsor who owns one of these topics (topic and site, then topic alone), if any. */
function topicOwner(config: Config, site: string | undefined, topics: string[]): Sponsor | undefined {
  const best = mostSpecific(config, site, topics);
  return best?.topics.some((t) => topics.includes(t)) ? best : undefined;
}

function mostSpecific(config: Config, site: string | undefined, topics: string[]): Sponsor | undefined {
  const score = (s: Sponsor) => {
    const topicMatch = s.topics.some((t) => topics.includes(t));
    const siteMatch = site !== undefined && s.sites.includes(site);
    if (topicMatch && siteMatch) return 3;
    if (topicMatch && s.sites.length === 0) return 2;
    if (siteMatch && s.topics.length === 0) return 1;
    return 0;
  };
  let best: Sponsor | undefined;
  let bestScore = 0;
  for (const sponsor of config.sponsors) {
    const s = score(sponsor);
    if (s > bestScore) [best, bestScore] = [sponsor, s];
  }
  return best;
}

/**
 * Who is asked at a level: the sponsor, their backup (or the default
 * sponsor), then the leadership list. A `bypassed` sponsor (named in the
 * report, or its employee's management) is never asked: their backup is,
 * and their address is taken off the leadership list.
 */
export function recipientsAt(
  config: Config,
  sponsorId: string,
  level: number,
  bypassed: readonly string[] = [],
): { names: string; emails: string[]; holder: string } {
  const leadership = () => {
    const barred = new Set(config.sponsors.filter((s) => bypassed.includes(s.id)).map((s) => s.email.toLowerCase()));
    const emails = config.digest.recipients.filter((e) => !barred.has(e.toLowerCase()));
    if (emails.length) return { names: LEADERSHIP_LIST, emails, holder: LEADERSHIP };
    // Everyone on the list is named: the first sponsor who is not.
    const other = config.sponsors.find((s) => !bypassed.includes(s.id));
    return other
      ? { names: other.name, emails: [other.email], holder: other.id }
      : { names: LEADERSHIP_LIST, emails: [], holder: LEADERSHIP };
  };
  if (sponsorId === LEADERSHIP) return leadership();
  const sponsor = config.sponsors.find((s) => s.id === sponsorId) ?? config.sponsors.find((s) => s.default)!;
  if (level === 0 && !bypassed.includes(sponsor.id))
    return { names: sponsor.name, emails: [sponsor.email], holder: sponsor.id };
  if (level <= 1) {
    const backup = backupOutside(config, sponsor, new Set([...bypassed, sponsor.id]));
    if (backup) return { names: backup.name, emails: [backup.email], holder: backup.id };
  }
  return leadership();
}

/**
 * Who holds a case now, as lists and counts name it: the sponsor it is with
 * at its level (the backup it climbed or was handed to, the first one
 * outside everyone it goes around), or `LEADERSHIP`. Never `sponsorId` as
 * such: that is where the case started, and may be a sponsor it now goes
 * around.
 */
export const holderIdOf = (config: Config, e: Pick<Escalation, 'sponsorId' | 'level' | 'reroute'>): string =>
  recipientsAt(config, e.sponsorId, e.level, e.reroute?.bypassed).holder;

/** The sponsors (ids) who read a case at its level now: the holder, or the sponsors on the leadership list that holds it. */
export function sponsorsReading(config: Config, e: Pick<Escalation, 'sponsorId' | 'level' | 'reroute'>): string[] {
  const { emails } = recipientsAt(config, e.sponsorId, e.level, e.reroute?.bypassed);
  const at = new Set(emails.map((m) => m.toLowerCase()));
  return config.sponsors.filter((s) => at.has(s.email.toLowerCase())).map((s) => s.id);
}

/** The sponsor's backup (else the default sponsor), then theirs, skipping everyone in `barred`; undefined when none is left. */
function backupOutside(config: Config, sponsor: Sponsor, barred: Set<string>): Sponsor | undefined {
  const seen = new Set<string>();
  let current: Sponsor | undefined = sponsor;
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const from: Sponsor = current;
    const next: Sponsor | undefined =
      config.sponsors.find((s) => s.id === from.backup) ?? config.sponsors.find((s) => s.default && s.id !== from.id);
    if (next && !barred.has(next.id)) return next;
    current = next;
  }
  return undefined;
}

/**
 * Where a case goes when it must go around some sponsors: those it names,
 * and, when the employee said it is about their management, the sponsor it
 * would go to and the sponsors of its site. To the first backup (or default
 * sponsor) outside them, else straight to the leadership list.
 */
export function routeAroundConflicts(
  config: Config,
  site: string | undefined,
  topics: string[],
  conflicts: { named?: readonly string[]; aboutManagement?: boolean },
): { sponsorId: string; level: number; reroute?: Escalation['reroute'] } {
  const routed = routeToSponsor(config, site, topics);
  const bypassed = new Set(conflicts.named ?? []);
  const reasons: RerouteReason[] = bypassed.size ? ['named'] : [];
  if (conflicts.aboutManagement) {
    reasons.push('management');
    bypassed.add(routed.id);
    for (const s of config.sponsors) if (site !== undefined && s.sites.includes(site)) bypassed.add(s.id);
  }
  if (!bypassed.size) return { sponsorId: routed.id, level: 0 };
  const reroute = { reasons, bypassed: [...bypassed] };
  if (!bypassed.has(routed.id)) return { sponsorId: routed.id, level: 0, reroute };
  const backup = backupOutside(config, routed, bypassed);
  return backup ? { sponsorId: backup.id, level: 0, reroute } : { sponsorId: LEADERSHIP, level: 2, reroute };
}

/**
 * The case's route once an employee's answer names more sponsors: the same
 * escalation, going around them too. Undefined when the answer names no one
 * new. A case held at its first level by a sponsor now named moves to the
 * first backup outside everyone gone around, else to the leadership list;
 * at the backup's and leadership's levels `recipientsAt` already leaves
 * every bypassed sponsor out.
 */
export function rerouteForAnswer(
  config: Config,
  e: Pick<Escalation, 'sponsorId' | 'level' | 'reroute'>,
  named: readonly string[],
): { sponsorId: string; level: number; reroute: NonNullable<Escalation['reroute']> } | undefined {
  const before = e.reroute?.bypassed ?? [];
  const added = named.filter((id) => !before.includes(id) && config.sponsors.some((s) => s.id === id));
  if (!added.length) return undefined;
  const reasons: RerouteReason[] = e.reroute?.reasons.includes('named')
    ? e.reroute.reasons
    : [...(e.reroute?.reasons ?? []), 'named'];
  const reroute = { reasons, bypassed: [...before, ...new Set(added)] };
  const sponsor = config.sponsors.find((s) => s.id === e.sponsorId);
  if (e.level !== 0 || !sponsor || !reroute.bypassed.includes(sponsor.id))
    return { sponsorId: e.sponsorId, level: e.level, reroute };
  const backup = backupOutside(config, sponsor, new Set(reroute.bypassed));
  return backup ? { sponsorId: backup.id, level: 0, reroute } : { sponsorId: LEADERSHIP, level: 2, reroute };
}

/**
 * Whether the case is with the leadership list itself (not a sponsor who
 * stands in when everyone on the list is gone around): only they may read
 * whom a case went around, and why.
 */
export function heldByLeadership(config: Config, e: Pick<Escalation, 'sponsorId' | 'level' | 'reroute'>): boolean {
  const { names, emails } = recipientsAt(config, e.sponsorId, e.level, e.reroute?.bypassed);
  return names === LEADERSHIP_LIST && emails.length > 0;
}

/** Hours the sponsor has to acknowledge: urgent matters get the short SLA. */
export function slaHours(config: Config, urgent: boolean): number {
  return urgent ? config.slas.urgentHours : config.slas.standardHours;
}

/**
 * Urgent when it touches an urgent topic (configured, or found by the
 * urgency detector) or when the employee asked for it: their own "urgent"
 * counts as much as any rule.
 */
export function isUrgent(
  config: Config,
  message: Pick<EscalationMessage, 'reasons' | 'topics' | 'urgentCategories'>,
): boolean {
  return (
    message.reasons.includes('requested') ||
    message.urgentCategories.length > 0 ||
    message.topics.some((t) => config.topics.find((c) => c.id === t)?.urgent)
  );
}

/** The start of the hour `date` falls in: the finest time an escalation keeps. */
export function startOfHour(date: Date): Date {
  return new Date(Math.floor(date.getTime() / HOUR_MS) * HOUR_MS);
}

/** `startOfHour` as stored: an ISO string whose minutes and seconds are zero. */
export function hourStamp(date: Date): string {
  return startOfHour(date).toISOString();
}

/** An hour stamp as `hourStamp` writes it: on the hour, nothing finer. */
export const HOUR_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/;

/**
 * The hour an employee's answer waits under: the hour it was accepted in (carried on the hour through
 * the queues, so an answer accepted at 12:59:59 goes with 12:00's, however late it is analysed), never
 * one still to come; without one (a message from before it was carried), the hour it is handled in.
 */
export function answerHour(accepted: string | undefined, now: Date): string {
  const current = hourStamp(now);
  return accepted && HOUR_STAMP.test(accepted) && accepted < current ? accepted : current;
}

/**
 * When the sponsor must acknowledge by: the SLA counted from the hour it was
 * raised, on a whole hour (a fractional SLA is rounded up, never down).
 * Whoever a case reaches later is given `fullTimeFrom` instead.
 */
export function dueHour(raisedHour: Date, hours: number): string {
  return new Date(Math.ceil((startOfHour(raisedHour).getTime() + hours * HOUR_MS) / HOUR_MS) * HOUR_MS).toISOString();
}

/**
 * When whoever a case reaches (climbed, handed over, moved by an answer) must
 * acknowledge by: the full `hours` from the moment it reached them, rounded
 * up to a whole hour, never down. Counted from the start of that hour
 * instead, a case handed over at 15:47 with four hours to go was due at
 * 19:00, three hours and thirteen minutes later. On the hour like every time
 * an escalation keeps, and it tells no more than the hour it reached them.
 */
export function fullTimeFrom(reached: Date, hours: number): string {
  return new Date(Math.ceil((reached.getTime() + hours * HOUR_MS) / HOUR_MS) * HOUR_MS).toISOString();
}
