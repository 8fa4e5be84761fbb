/**
 * - `allow`: within the sender's hourly limit; the message is counted.
 * - `refuse`: the first message over the limit this hour; worth one polite reply.
 * - `refuse-quietly`: further messages over the limit; answered with nothing,
 *   so a flood of texts cannot become a flood of paid replies.
 */
export type ThrottleDecision = 'allow' | 'refuse' | 'refuse-quietly';

/**
 * Counts SMS per sender per hour (DynamoDB on AWS, dynalite locally). A
 * sender is known only by an HMAC of their number (see `senderKeyFor`);
 * the records expire with their hour.
 */
export interface SenderThrottle {
  /** Counts one message from `senderKey` in the current hour and says whether it may go on. */
  admit(senderKey: string, limitPerHour: number): Promise<ThrottleDecision>;
}
