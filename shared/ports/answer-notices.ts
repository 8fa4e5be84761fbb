/**
 * Employees' answers waiting to be told to their case's holder. An email
 * sent the moment an answer is analysed would tell the sponsor when the
 * employee wrote, to the minute (their mailbox stamps it): so an ordinary
 * answer is held under the hour it came in, and the sweep sends each
 * hour's notices together once the hour is over. An urgent one is not held.
 */
export interface HeldAnswers {
  escalationId: string;
  /** The hour the answers came in (an ISO string on the hour). */
  hour: string;
  /** The answers, redacted, oldest first. */
  answers: string[];
}

export interface AnswerNotices {
  /** Holds an answer (redacted) for the case's holder under `hour`; `expiresAt` bounds it if never sent. */
  hold(escalationId: string, hour: string, answer: string, expiresAt: Date): Promise<void>;
  /** Notices held under hours before `hour`, oldest first, at most `limit`. */
  heldBefore(hour: string, limit: number): Promise<HeldAnswers[]>;
  /** Forgets held answers once told. */
  sent(held: Pick<HeldAnswers, 'escalationId' | 'hour'>): Promise<void>;
}
