/**
 * Which emails went to whom: one record per event (an escalation reaching a
 * level, an answer told, a deadline reminder) and recipient, so that a retry
 * (a redelivered message, the next sweep, a crashed Lambda's replacement)
 * sends each reader an email once.
 *
 * Three steps: an attempt claims the record (`sending`), sends, then marks
 * it `sent`; a send that fails gives the claim back, so the retry sends it.
 * A record left `sending` belongs to an attempt that is still running or
 * that stopped between claiming and marking. The first later attempt to
 * find it so only notes which attempt held it (`busy`); the next one that
 * finds the same attempt still holding it takes it over and sends. Between
 * the two the message is away for its queue's visibility timeout (or the
 * sweep's next run), longer than any attempt lives, so only a stopped
 * attempt is taken over, and no time is kept for it (promise 3). An attempt
 * that stopped after its email went and before marking it leaves the one
 * window where a reader can get the same email twice.
 */
export type EmailClaim = 'mine' | 'sent' | 'busy';

export interface SentEmails {
  /**
   * Claims the email `event` for `recipient` for the attempt `attempt` (random,
   * so it tells nothing about when): `mine` to send it, `sent` when it has
   * gone, `busy` while another attempt may be sending it. The record is
   * forgotten by `expiresAt`, a week boundary.
   */
  claim(event: string, recipient: string, attempt: string, expiresAt: Date): Promise<EmailClaim>;
  /** The email has gone. */
  sent(event: string, recipient: string, attempt: string): Promise<void>;
  /** The email could not be sent: the next attempt sends it. */
  release(event: string, recipient: string, attempt: string): Promise<void>;
}
