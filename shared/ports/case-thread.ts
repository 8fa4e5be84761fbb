import type { Config } from '../config/schema';
import { expiryForWeek } from '../domain/iso-week';
import { dayInZone } from '../domain/zone-day';

/**
 * The anonymous conversation on an escalated case: the sponsor's questions
 * and updates, the employee's answers. Keyed by the case's key (the HMAC of
 * its code), which the employee reaches with the code and the sponsor
 * through the escalation (`Escalation.caseKey`). Each message keeps the day
 * it was written, never a finer time. Of the employee nothing is kept beyond
 * "employee"; a sponsor's message keeps which holder wrote it (`by`), so
 * that whoever holds the case later reads "Lee Marsh", not "You".
 */

export const THREAD_AUTHORS = ['sponsor', 'employee'] as const;
export type ThreadAuthor = (typeof THREAD_AUTHORS)[number];

/** At most this many messages in one thread; an append beyond it is refused. */
export const MAX_THREAD_MESSAGES = 200;

export interface ThreadMessage {
  /** 1, 2, 3 … in the order written: the thread's order, not a time. */
  seq: number;
  from: ThreadAuthor;
  /** Already redacted (the employee's) or as the sponsor wrote it, redacted too. */
  text: string;
  /** `YYYY-MM-DD` in the installation's time zone: the finest time a thread keeps. */
  day: string;
  /**
   * Who wrote a sponsor's message: the id of the sponsor who held the case,
   * or `leadership` for the leadership list. Absent on the employee's, and
   * on sponsors' messages stored before it was kept (read as "a sponsor").
   * Never shown to the employee.
   */
  by?: string;
  /**
   * Sponsors (ids) this message must never be shown to: those an employee's
   * answer names. The case goes around them once the escalation stage has
   * read the answer; until then the message is already in the thread, and
   * this keeps it from them (and from their "new answer" mark) meanwhile.
   */
  notFor?: string[];
  /**
   * An ordinary answer not yet in the sponsors' thread (`CaseThread.waiting`):
   * the employee's alone until its hour is over, then placed at the end of
   * the thread, after every message written before it was placed, so neither
   * its position nor its number tells when, within the hour, it was written.
   * Its `seq` is then 0: it has no place in the thread yet.
   */
  waiting?: true;
}

/**
 * The messages in the order they were sent: each run of the employee's answers placed one after another (no
 * sponsor's message between them) is put in the order of their turns (`CaseThread.takeTurn`), each keeping the
 * place (`seq`) of the run it is in, so what a reader was shown as read stays read. An answer with no turn (from
 * before turns were taken) stays where it was placed. `turnOf` reads a message's turn.
 */
export function inTurn<T extends Pick<ThreadMessage, 'seq' | 'from'>>(
  messages: readonly T[],
  turnOf: (message: T) => number | undefined,
): T[] {
  const out = [...messages];
  let start = 0;
  while (start < out.length) {
    let end = start;
    while (end < out.length && out[end]!.from === 'employee' && turnOf(out[end]!) !== undefined) end += 1;
    if (end - start > 1) {
      const run = out.slice(start, end);
      const sorted = [...run].sort((a, b) => turnOf(a)! - turnOf(b)!);
      for (let i = 0; i < run.length; i += 1) out[start + i] = { ...sorted[i]!, seq: run[i]!.seq };
    }
    start = Math.max(end, start + 1);
  }
  return out;
}

export interface NewThreadMessage {
  from: ThreadAuthor;
  text: string;
  /** See `ThreadMessage.by`: a sponsor's message only. */
  by?: string;
  /** `YYYY-MM-DD`; anything finer is cut to the day by the adapter. */
  day: string;
  /**
   * A key of the delivery (the analysis message's random id): the same
   * message delivered again (a queue retry) is added once, not twice.
   */
  onceKey?: string;
  /** An employee's answer: the hour it was accepted in (on the hour), which it waits under. */
  hour?: string;
  /** See `ThreadMessage.notFor`. */
  notFor?: string[];
  /** An employee's answer: its turn, as the intake accepted it (`CaseThread.takeTurn`). */
  turn?: number;
  /**
   * An urgent answer: its holder is emailed it at once (safety first), so it
   * takes its place in the thread at once too. Any other answer from the
   * employee waits for its hour to be over (`CaseThread.placeWaiting`).
   */
  shownAtOnce?: boolean;
}

/** One read of the thread's head: enough for a list of cases, without reading the messages. */
export interface ThreadSummary {
  messages: number;
  /** The employee has written something the sponsor has not yet read (an answer in the thread, not one still waiting). */
  newForSponsor: boolean;
  /** The sponsor has written something the employee has not yet read. */
  newForEmployee: boolean;
  /** The legal clocks as the employee may see them (`YYYY-MM-DD`): acknowledged by, then answered by. */
  acknowledgeBy?: string;
  feedbackBy?: string;
  /** Deadlines the sweep found passed unmet (and so took to the leadership list). */
  passed?: ThreadDeadline[];
  /**
   * Whether the case is urgent, noted with its deadline to acknowledge (`setDeadline`) and when an answer
   * made it so (`markUrgent`): its holder is asked to acknowledge it within the short time, and the
   * employee's page says that one. Absent on a thread from before it was noted.
   */
  urgent?: boolean;
  /** A sponsor has written in the conversation (asked something): an answer on an urgent case then goes at once. */
  sponsorWrote?: boolean;
  /** The case was closed by its holder, and the close is in effect: the conversation is read-only for both sides. */
  closed?: boolean;
  /** Closed by its holder, the close not yet in effect (the end of its hour): read-only for the sponsor, open to the employee. */
  closing?: boolean;
}

/** The two legal clocks: acknowledgement, then feedback counted from the acknowledgement. */
export type ThreadDeadline = 'acknowledge' | 'feedback';

export interface CaseThread {
  /**
   * Adds a message at the end of the thread. Returns it with its `seq`, or
   * undefined when the thread already holds `MAX_THREAD_MESSAGES`.
   * `expiresAt` is the case's own expiry, so the thread goes with it.
   * An employee's ordinary answer is not placed yet: it waits, outside the
   * thread's order, until its hour is over (returned with `waiting`).
   */
  append(caseKey: string, message: NewThreadMessage, expiresAt: Date): Promise<ThreadMessage | undefined>;
  /**
   * The turn of details the intake has just accepted after an urgent report (`followUp`): 1, 2, 3… in the order
   * they were accepted (the order Twilio delivered them). Analysis may take them in another order (an urgent one is read by the
   * detector first, a retry comes later): a run of the employee's answers placed one after another in the thread is
   * listed in their turns, so the thread reads in the order they were sent. A number per answer and no time.
   * Without it, or for a thread with no head yet (its escalation not yet raised: it rejects), answers are listed
   * in the order they were placed.
   */
  takeTurn?(caseKey: string): Promise<number>;
  /** Every message placed in the thread, oldest first (what sponsors may read); empty for a case without a thread. */
  list(caseKey: string): Promise<ThreadMessage[]>;
  /** The employee's answers still waiting for their hour to be over, oldest first (`waiting`): theirs alone to see. */
  waiting(caseKey: string): Promise<ThreadMessage[]>;
  /**
   * Run by the sweep: places every answer that waited in an hour now over
   * at the end of its thread (after every message written until now), in
   * the order the employee wrote them, with its day and nothing finer.
   * At most `limit` threads in one call.
   */
  placeWaiting(limit?: number): Promise<{ placed: number; failed: number }>;
  summary(caseKey: string): Promise<ThreadSummary>;
  /**
   * Notes that `reader` has seen the thread up to message `throughSeq`
   * (the last `seq` they were shown); never moves backwards, so a message
   * written after the page was read stays new.
   */
  markRead(caseKey: string, reader: ThreadAuthor, throughSeq: number): Promise<void>;
  /**
   * Records by which day the case must be acknowledged or answered, so the
   * employee's status page can say when they will hear back (a day, never
   * an hour). A later call replaces it. `urgent`, with the deadline to
   * acknowledge: whether the case is urgent (`ThreadSummary.urgent`).
   */
  setDeadline(caseKey: string, kind: ThreadDeadline, day: string, expiresAt: Date, urgent?: boolean): Promise<void>;
  /** An answer made the case urgent before it was acknowledged: its page names the short time to acknowledge. */
  markUrgent(caseKey: string): Promise<void>;
  /**
   * Notes that a deadline passed unmet, so the employee's page says so (and
   * what was done) instead of promising a day gone by.
   */
  deadlinePassed(caseKey: string, kind: ThreadDeadline, expiresAt: Date): Promise<void>;
  /**
   * Takes a deadline off (and that it passed): the acknowledgement that started it was undone (a close
   * kept open before it took effect), so the employee's page promises no day that no longer runs.
   */
  clearDeadline(caseKey: string, kind: ThreadDeadline): Promise<void>;
  /**
   * Closes the conversation (its case was closed): every later message from
   * a sponsor is refused (`append` returns undefined), and the intake
   * refuses the employee's. An answer the intake accepted before the close
   * (the employee was told it was sent) is still added and placed at its
   * hour; the case then reopens (`reopen`). `expiresAt` is the thread's own,
   * for a thread that had no message yet. Closed to the sponsor at once; to
   * the employee from `closesAt` (an hour: the end of the close's hour), so
   * every answer of that hour is accepted and `summary` says closed only then.
   */
  close(caseKey: string, expiresAt: Date, closesAt: string): Promise<void>;
  /** Opens a closed conversation again: an answer written before the close reached its sponsor after it. */
  reopen(caseKey: string): Promise<void>;
}

/** Whether `message` may be shown to a reader who is any of these sponsors (ids). */
export const visibleTo = (message: Pick<ThreadMessage, 'notFor'>, readers: readonly string[]): boolean =>
  !(message.notFor ?? []).some((id) => readers.includes(id));

/**
 * `YYYY-MM-DD` of an instant in the installation's time zone: what a thread
 * message keeps, the day its reader lived it and the day the deadlines name.
 */
export const threadDay = (instant: Date, timeZone: string): string => dayInZone(instant, timeZone);

/** When a case's thread expires: with the escalation it belongs to, counted from the case's week (a Monday, 00:00 UTC). */
export const threadExpiry = (config: Pick<Config, 'retention'>, week: string): Date =>
  expiryForWeek(week, config.retention.escalationDays);
