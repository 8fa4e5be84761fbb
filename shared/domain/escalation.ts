import * as z from 'zod';
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
export const escalationMessageSchema = z.object({
  /** Deterministic per cause (`case:<feedback id>`, `pattern:<site>:<topic>:<day>`), so retries make one escalation. */
  escalationId: z.string().min(1).max(200),
  reasons: z.array(z.enum(ESCALATION_REASONS)).min(1),
  /** The case to update and answer; absent for a pattern, which has no single author. */
  caseKey: z.string().regex(/^[0-9a-f]{64}$/).optional(),
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
  /** The language the analysis found (ISO 639-1, `und` when unknown). */
  language: z.string().max(35).optional(),
  /** For a pattern: how many negative submissions, over how many days. */
  pattern: z.object({ count: z.int(), windowDays: z.int() }).optional(),
});
export type EscalationMessage = z.infer<typeof escalationMessageSchema>;

export type EscalationStatus = 'raised' | 'acknowledged' | 'responded';

export interface AuditEntry {
  at: string;
  event: 'raised' | 'notified' | 'acknowledged' | 'responded' | 're-escalated';
  detail: string;
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
}

/**
 * The sponsor who owns this: the one whose topics and sites match most
 * specifically (topic and site, then topic, then site), else the default.
 * Among equals, the order in the config decides.
 */
export function routeToSponsor(config: Config, site: string | undefined, topics: string[]): Sponsor {
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
  return best ?? config.sponsors.find((s) => s.default)!;
}

/** Who is asked at a level: the sponsor, their backup (or the default sponsor), then the leadership list. */
export function recipientsAt(config: Config, sponsorId: string, level: number): { names: string; emails: string[] } {
  const sponsor = config.sponsors.find((s) => s.id === sponsorId) ?? config.sponsors.find((s) => s.default)!;
  if (level === 0) return { names: sponsor.name, emails: [sponsor.email] };
  if (level === 1) {
    const backup = config.sponsors.find((s) => s.id === sponsor.backup) ?? config.sponsors.find((s) => s.default && s.id !== sponsor.id);
    if (backup) return { names: backup.name, emails: [backup.email] };
  }
  return { names: 'the leadership list', emails: config.digest.recipients };
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
export function isUrgent(config: Config, message: Pick<EscalationMessage, 'reasons' | 'topics' | 'urgentCategories'>): boolean {
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

/**
 * When the sponsor must acknowledge by: the SLA counted from the hour it was
 * raised, on a whole hour (a fractional SLA is rounded up, never down).
 */
export function dueHour(raisedHour: Date, hours: number): string {
  return new Date(Math.ceil((startOfHour(raisedHour).getTime() + hours * HOUR_MS) / HOUR_MS) * HOUR_MS).toISOString();
}
