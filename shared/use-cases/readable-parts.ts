import type { Config } from '../config/schema';
import { analysisMessageSchema, CHANNELS, type AnalysisMessage, type Channel } from '../domain/feedback';
import { ISO_WEEK_PATTERN, isoWeekOf } from '../domain/iso-week';
import { MAX_TEXT_BYTES } from '../domain/limits';
import { cutUtf8 } from '../domain/utf8';

/**
 * What can be read of an analysis message that fails its shape check (an older or newer producer, a
 * field gone wrong), so that a report urgent in its words still reaches a person instead of waiting
 * through its retries into the DLQ: the text, and its site, topic, channel, case and "urgent" box
 * where they are as this version writes them. Anything else is left out, never guessed.
 */
export interface ReadableParts {
  /**
   * Shaped as a valid message for the analyzer and the escalation rules. `id` is its own when it has one,
   * else the queue's id for the delivery (the batch's key for it; its escalation's id is read from its
   * content, `misshapen-escalation-id.ts`, so a redrive raises the same one), `week` the current
   * one when its own cannot be read, `channel` and `caseKey` placeholders that `channel` and `caseKey` below
   * say are unknown.
   */
  message: AnalysisMessage;
  /** The channel, only when it is one this version knows. */
  channel?: Channel;
  /** The case to update, only when its key is readable: without it the escalation stands alone, as a pattern does. */
  caseKey?: string;
  /** Fields that could not be read, by name only (never a value), for the operator's line. */
  unread: string[];
  /** Its own id, when readable: its escalation is the one a valid delivery of it raises. */
  ownId?: true;
  /** Its week as written, when readable (`message.week` is the current one otherwise). */
  weekRead?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CASE_KEY = /^[0-9a-f]{64}$/;

/**
 * The readable parts of `body` (the message as parsed JSON) that failed `analysisMessageSchema`, or
 * undefined when it has no text to read (not an object, no `text`, or only spaces): that one can only
 * wait in the DLQ for the operator. `deliveryId` is the queue's id for it.
 */
export function readableParts(config: Config, body: unknown, now: Date, deliveryId: string): ReadableParts | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const raw = body as Record<string, unknown>;
  if (typeof raw.text !== 'string' || !raw.text.trim()) return undefined;
  const text = cutUtf8(raw.text, MAX_TEXT_BYTES); // never more than a valid message could carry
  const string = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const site = config.sites.find((s) => s.id === raw.site)?.id;
  const topic = config.topics.find((t) => t.id === raw.topic)?.id;
  const channel = CHANNELS.find((c) => c === raw.channel);
  const caseKey = string(raw.caseKey)?.match(CASE_KEY)?.[0];
  const week = string(raw.week)?.match(ISO_WEEK_PATTERN)?.[0];
  const id = string(raw.id)?.match(UUID)?.[0].toLowerCase();
  const issues = analysisMessageSchema.safeParse(body).error?.issues ?? [];
  const unread = [...new Set(issues.map((issue) => String(issue.path[0] ?? '(the message)')))].sort();
  return {
    message: {
      id: id ?? deliveryId,
      caseKey: caseKey ?? '',
      channel: channel ?? 'web',
      week: week ?? isoWeekOf(now, config.timezone),
      ...(site ? { site } : {}),
      ...(topic ? { topic } : {}),
      escalate: raw.escalate === true,
      ...(raw.aboutManagement === true ? { aboutManagement: true } : {}),
      text,
    },
    ...(channel ? { channel } : {}),
    ...(caseKey ? { caseKey } : {}),
    unread,
    ...(id ? { ownId: true as const } : {}),
    ...(week ? { weekRead: week } : {}),
  };
}
