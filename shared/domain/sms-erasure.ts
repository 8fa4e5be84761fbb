import * as z from 'zod';

/**
 * Erasing an SMS exchange from Twilio: which message records, and when.
 *
 * Twilio keeps every message (both numbers, the text) in its log until it is
 * deleted through its REST API. Once the reply has been delivered, the
 * texter's message and our reply are deleted, by a job that carries the two
 * message SIDs and nothing else about the exchange.
 */

/** A Twilio message SID: `SM` (SMS) or `MM` (MMS) and 32 hex digits. Nothing else may reach a REST URL. */
export const messageSidSchema = z.string().regex(/^(SM|MM)[0-9a-f]{32}$/, 'must be a Twilio message SID');
/** A Twilio account SID: `AC` and 32 hex digits. */
export const accountSidSchema = z.string().regex(/^AC[0-9a-f]{32}$/, 'must be a Twilio account SID');

/** One erasure job: the account the messages are in, and the texter's message and/or our reply. */
export const smsErasureJobSchema = z.strictObject({
  accountSid: accountSidSchema,
  messageSids: z.array(messageSidSchema).min(1).max(2),
});
export type SmsErasureJob = z.infer<typeof smsErasureJobSchema>;

/**
 * Twilio refuses to delete a message for a while after it is sent or
 * received ("wait at least 1 minute"), so no job is tried sooner.
 */
export const ERASE_AFTER_DELIVERY_SECONDS = 60;
/**
 * Many carriers never confirm delivery: a reply can stay `sent` for good. A
 * `sent` reply is erased after the longest delay SQS allows (15 minutes);
 * should a delivery report arrive first, that one erases it sooner.
 */
export const ERASE_AFTER_SENT_SECONDS = 900;

/** Reply statuses after which nothing more happens to the message. */
const FINAL_STATUSES = new Set(['delivered', 'undelivered', 'failed', 'read', 'canceled']);

/**
 * How long after a reply's status callback its exchange is erased, or
 * `undefined` while the reply is still on its way (`queued`, `sending`, …).
 */
export function erasureDelayFor(messageStatus: string): number | undefined {
  if (FINAL_STATUSES.has(messageStatus)) return ERASE_AFTER_DELIVERY_SECONDS;
  if (messageStatus === 'sent') return ERASE_AFTER_SENT_SECONDS;
  return undefined;
}

/**
 * Tries before a job moves to its DLQ (and raises an alarm): with the
 * delays below, about three days of Twilio refusing, far beyond its usual
 * minutes.
 */
export const ERASURE_MAX_TRIES = 20;

/** The longest wait between two tries; SQS allows a message to stay hidden up to 12 hours. */
export const MAX_RETRY_DELAY_SECONDS = 6 * 3600;

/**
 * How long to wait before trying a job again after its `receiveCount`-th try
 * failed: doubling from `baseSeconds` (a minute, as Twilio asks), up to six
 * hours. Twilio says a record can, rarely, take days to become deletable.
 */
export function retryDelaySeconds(receiveCount: number, baseSeconds = 60): number {
  const tries = Number.isFinite(receiveCount) && receiveCount >= 1 ? Math.floor(receiveCount) : 1;
  return Math.min(MAX_RETRY_DELAY_SECONDS, baseSeconds * 2 ** Math.min(tries - 1, 20));
}
