/**
 * Employees' answers waiting to be told to their case's holder. An email
 * sent the moment an answer is analysed would tell the sponsor when the
 * employee wrote, to the minute (their mailbox stamps it): so an ordinary
 * answer is held under the hour it came in, and the sweep sends each
 * hour's notices together once the hour is over. An urgent one is not held.
 */
export interface HeldAnswers {
  escalationId: string;
  /** The case's key, as its escalation keeps it: where the answers' notices are marked sent. */
  caseKey?: string;
  /**
   * The hour the answers wait under (on the hour; 'odd' or 'even' from
   * earlier versions): what the sweep, which sends them after it, tells
   * anyway, and what lets a late sweep send every hour that is over.
   */
  batch: string;
  /** One hour's answers of a case may fill more than one item: which one (0 for the first). */
  page?: number;
  /** The answers, redacted, oldest first. */
  answers: string[];
  /** Which answers these are (ids, in no order): what the email telling them is named by. */
  answerIds?: string[];
  /**
   * Sponsors (ids) these answers name: the case goes around them once the
   * hour is over, not when the answer came (a move, and the email it sends,
   * would date the answer to the minute). Ids only, never a time.
   */
  named?: string[];
}

export interface AnswerNotices {
  /**
   * Holds an answer (redacted) for the case's holder under `hour`, with the sponsors it
   * names (`named`, ids); `expiresAt` (a week boundary) bounds it if never sent. An answer held
   * again under the same `answerId` (a redelivered notice) is held once; with its case's key, the
   * answer's notice is marked held, then sent, so a copy of it coming later, in any hour (a
   * late Idempotency-Key, status-form or MessageSid retry), is neither held nor told again.
   */
  hold(
    escalationId: string,
    hour: string,
    answer: string,
    expiresAt: Date,
    named?: readonly string[],
    answerId?: string,
    caseKey?: string,
  ): Promise<void>;
  /**
   * Notices held under hours before `hour`'s, i.e. every hour that is over, however long ago; at most
   * `limit`. Never answers whose notices were sent already.
   */
  heldBefore(hour: string, limit: number): Promise<HeldAnswers[]>;
  /**
   * The sponsors (ids) that answers still held for this case name, under any hour: an urgent answer,
   * which acts at once, takes the case around them too rather than tell them its answer.
   */
  namedWaiting(escalationId: string): Promise<string[]>;
  /** Forgets held answers once told, marking each answer's notice sent first. */
  sent(held: Pick<HeldAnswers, 'escalationId' | 'batch' | 'page' | 'caseKey' | 'answerIds'>): Promise<void>;
}
