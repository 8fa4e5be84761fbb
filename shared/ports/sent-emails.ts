/**
 * Which emails went to whom: one record per event (an escalation reaching a
 * level, an answer told, a deadline reminder) and recipient, so that a retry
 * (a redelivered message, the next sweep, a crashed Lambda's replacement)
 * sends each reader an email once.
 *
 * Three steps: an attempt claims the record (`sending`), sends, then marks
 * it `sent`; a send that fails gives the claim back, so the retry sends it.
 * A record left `sending` belongs to an attempt that is still running or
 * that stopped between claiming and marking. While it sends, the holder
 * keeps its claim alive (`keepAlive`: a fresh random mark every few
 * seconds, never a time, promise 3), so a later attempt that finds the
 * claim held takes it over only once that mark has stayed the same for
 * longer than the holder takes to renew it: a send the mail service is slow
 * to take (longer than the queue's retry wait, or two sweeps) is never sent
 * a second time, and a stopped attempt's claim is taken over by the next
 * one to find it. An attempt that stopped after its email went and before
 * marking it leaves the one window where a reader can get the same email twice.
 */
export type EmailClaim = 'mine' | 'sent' | 'busy';

export interface SentEmails {
  /**
   * Claims the email `event` for `recipient` for the attempt `attempt` (random,
   * so it tells nothing about when): `mine` to send it, `sent` when it has
   * gone, `busy` while another attempt is still sending it (it kept its claim alive). The record is
   * forgotten by `expiresAt`, a week boundary.
   */
  claim(event: string, recipient: string, attempt: string, expiresAt: Date): Promise<EmailClaim>;
  /**
   * Shows, while `attempt` sends the email, that it is still running, until the function it returns is
   * called (once the send is over, whatever its outcome).
   */
  keepAlive(event: string, recipient: string, attempt: string): () => void;
  /** The email has gone. */
  sent(event: string, recipient: string, attempt: string): Promise<void>;
  /** The email could not be sent: the next attempt sends it. */
  release(event: string, recipient: string, attempt: string): Promise<void>;
}
