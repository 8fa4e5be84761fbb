/**
 * Which digest went to whom: one record per week, audience and recipient,
 * so that a digest goes once per week and recipient however often the run
 * is repeated (by hand, by a retried schedule, by two runs at once).
 *
 * Two phases: a run claims a recipient (`sending`), sends, then marks the
 * record `sent`. A record left `sending` belongs to a run that stopped
 * between the two; a later run takes it over (`takeOver`) and sends, so a
 * crash never loses a digest. A record keeps the ISO week it was sent in
 * and a random run id, never a finer time.
 */
export interface DigestDelivery {
  /** The week the digest reports on (`2026-W47`). */
  week: string;
  /** `leadership`, or `sponsor-<id>` for a sponsor's variant. */
  audience: string;
  recipient: string;
  /** The ISO week in which it was (last) sent. */
  sentInWeek: string;
  /** How many times it has been sent: 1, then one more per deliberate resend. */
  sends: number;
  /** `sending` while a run holds it; a record left `sending` means a run stopped mid-send. */
  state: 'sending' | 'sent';
  /** The run that claimed it last: random, so it tells nothing about when. */
  run: string;
}

export type DeliveryClaim = Pick<DigestDelivery, 'week' | 'audience' | 'recipient' | 'sentInWeek' | 'run'>;

export interface DigestDeliveries {
  /** Every delivery recorded for a week's digests. */
  list(week: string): Promise<DigestDelivery[]>;
  /**
   * Claims the right to send, with a conditional write: the first claim
   * wins and every other answers false. A deliberate resend passes the
   * `sends` it saw, and wins only if nobody resent in between.
   */
  claim(claim: DeliveryClaim, resendOf?: number): Promise<boolean>;
  /**
   * Takes over a record another run left `sending`, with a conditional
   * write: wins only if the record is still exactly as `left` (same run,
   * still sending), so of two runs taking over at once one sends.
   */
  takeOver(claim: DeliveryClaim, left: DigestDelivery): Promise<boolean>;
  /** Marks a claimed delivery as sent. */
  confirm(claim: DeliveryClaim): Promise<void>;
  /** Gives a claim back when the email could not be sent, so that a retry sends it (a resend falls back to the earlier send). */
  release(claim: DeliveryClaim): Promise<void>;
}
