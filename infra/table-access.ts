import { PK } from '../shared/adapters/aws/table-keys';

/**
 * Which function may touch which items of the single table, by the start of
 * their partition key. One map for both places that enforce it: the IAM
 * grants (`bindTable`, as `dynamodb:LeadingKeys` conditions) and the local
 * runtime (`local/table-access-guard.ts`, which refuses what AWS
 * would), so that a prefix missing here fails a test on the local stack
 * instead of a request in production.
 *
 * The prefixes are the table's key map (`shared/adapters/aws/table-keys.ts`,
 * which lists each item, who reads and writes it and when it expires), so a
 * key and its grant cannot drift apart.
 *
 * Kiosks are enrolled and revoked by the operator's CLI with the operator's
 * own credentials: no function may write them. The intake may only delete a
 * kiosk's one-use enrolment link as the tablet takes it (the token it holds
 * was made, and sealed under the link's code, by the CLI): it can end a link,
 * never make one, nor a token.
 */

/** Every partition key starting with `prefix`, as `StringLike` writes it. */
const any = <P extends `${string}#`>(prefix: P) => `${prefix}*` as const;
const CASES = any(PK.case);
const ESCALATIONS = any(PK.escalation);
const OPEN_ESCALATIONS = PK.openEscalations;
const ESCALATION_WEEKS = any(PK.escalationWeek);
const WEEKS = any(PK.week);
const PATTERNS = any(PK.pattern);
const KIOSK_TOKENS = any(PK.kioskToken);
const KIOSK_ENROLMENTS = any(PK.kioskEnrolment);
const DIGESTS = any(PK.digest);
const THREADS = any(PK.thread);
const CLOCKS = any(PK.clock);
const NOTICES = any(PK.notice);
/** Emails sent to each reader (`shared/ports/sent-emails.ts`): claimed, marked sent or given back (updated, never deleted) by whoever sends them. */
const MAILS = any(PK.mail);

/**
 * A DynamoDB item call, as IAM names it without the `dynamodb:` prefix.
 * `BatchGetItem` reads many items in one call; IAM checks every key it
 * names against `dynamodb:LeadingKeys`, so it is granted on the same keys
 * as the `GetItem` it replaces, never wider.
 */
export type TableOperation = 'GetItem' | 'BatchGetItem' | 'Query' | 'PutItem' | 'UpdateItem' | 'DeleteItem';

/**
 * A partition key pattern as `dynamodb:LeadingKeys` takes it with
 * `StringLike`: a prefix ending in `*`, or one exact key.
 */
export type KeyPattern = `${string}#*` | 'ESC_OPEN';

/** For each operation a function may call, the partition keys it may call it on. Absent: not at all. */
export type TableAccess = Readonly<Partial<Record<TableOperation, readonly KeyPattern[]>>>;

export const TABLE_ACCESS = {
  /**
   * The employee-facing intake (web form, JSON API, kiosks, Twilio, status
   * pages): creates a case (and deletes it again if queueing fails), reads
   * a case's status and a kiosk's token look-up, and takes a tablet's
   * enrolment link (a conditional delete that returns the sealed token). It
   * cannot write kiosks or tokens, escalations, figures or digest records,
   * nor read any of them.
   */
  intake: {
    GetItem: [CASES, KIOSK_TOKENS, THREADS],
    PutItem: [CASES],
    DeleteItem: [CASES, KIOSK_ENROLMENTS],
    /** A case's conversation: read it, and note that the employee has read it. */
    Query: [THREADS],
    UpdateItem: [THREADS],
  },
  /**
   * Sponsors' signed links (`/ack/{token}`) and the digest's web view: opens
   * an escalation, acknowledges or answers it (its open entry goes, its
   * answer is listed under the week), and moves the case on. A sponsor's
   * case desk lists escalations through the open and week entries (the
   * desk keeps only the sponsor's own), hands them over and closes them.
   */
  sponsor: {
    GetItem: [ESCALATIONS, THREADS, MAILS],
    /** The desk's list: the open entries and the weeks of the last months, then the escalations 100 to a call. */
    BatchGetItem: [ESCALATIONS],
    Query: [THREADS, OPEN_ESCALATIONS, ESCALATION_WEEKS],
    UpdateItem: [ESCALATIONS, CASES, THREADS, MAILS],
    /** A hand-over gives the new holder a new due time: the case's open entry moves with it. */
    PutItem: [ESCALATION_WEEKS, OPEN_ESCALATIONS, THREADS, CLOCKS, MAILS],
    DeleteItem: [OPEN_ESCALATIONS, CLOCKS],
  },
  /**
   * Analysis: stores the analysis on its case, counts the week's figures and samples, and watches for patterns;
   * holds an employee's ordinary answer outside its thread until the hour is over (NOTICES: which threads wait).
   */
  analyze: {
    GetItem: [CASES, THREADS],
    UpdateItem: [CASES, WEEKS, PATTERNS, THREADS, NOTICES],
    PutItem: [WEEKS, PATTERNS, THREADS],
    DeleteItem: [WEEKS],
    Query: [WEEKS, PATTERNS],
  },
  /**
   * Raises an escalation (with its open and week entries), notes whom it
   * told, and marks the case escalated; holds an employee's ordinary answer
   * until the hour is over. An urgent answer that moves its case around a
   * sponsor takes it off the pattern counts (CASES, PATTERNS: `takeOffPatterns`).
   */
  escalate: {
    /**
     * NOTICES: an urgent answer reads whom the answers still held for its case name (it goes around them too).
     * THREADS: whether an answer's notice is held or sent already, on its once-item (a late copy holds nothing).
     */
    GetItem: [ESCALATIONS, MAILS, NOTICES, THREADS],
    /** NOTICES: the same read, of every hour such answers can still be held under, by key. */
    BatchGetItem: [NOTICES],
    PutItem: [ESCALATIONS, OPEN_ESCALATIONS, ESCALATION_WEEKS, CLOCKS, MAILS],
    UpdateItem: [ESCALATIONS, CASES, THREADS, NOTICES, MAILS, PATTERNS],
    /**
     * An urgent answer gives its case a sooner due time: the case's open entry moves with it (put anew, the old one deleted).
     * CLOCKS: an urgent answer reopens a case its close acknowledged, and that close's feedback clock is taken off
     * (`acknowledgementUndone`); without it the answer failed on every delivery and reached no one (attack round 19, G).
     */
    DeleteItem: [OPEN_ESCALATIONS, CLOCKS],
  },
  /**
   * The SLA sweep: reads what is open and due, and moves each up a level; moves on the cases the past hours'
   * held answers name their holder in, and sends those answers;
   * marks a legal deadline passed on the case's thread head, for the employee's page; places the answers
   * that waited for their hour at the end of their threads; a case such an answer moves around a sponsor
   * leaves the pattern counts (CASES, PATTERNS: `takeOffPatterns`); raises the patterns held for the
   * day's release (NOTICES), with their escalations' week entries.
   */
  sweep: {
    Query: [OPEN_ESCALATIONS, CLOCKS, NOTICES, THREADS],
    /** THREADS: whether the answers of a held notice were told already (a copy racing an earlier sweep). */
    GetItem: [ESCALATIONS, MAILS, THREADS],
    /** The open entries due, read 100 escalations to a call. */
    BatchGetItem: [ESCALATIONS],
    UpdateItem: [ESCALATIONS, CASES, THREADS, MAILS, PATTERNS],
    PutItem: [ESCALATIONS, OPEN_ESCALATIONS, ESCALATION_WEEKS, CLOCKS, MAILS, THREADS],
    DeleteItem: [OPEN_ESCALATIONS, CLOCKS, NOTICES, THREADS],
  },
  /** SMS through AWS End User Messaging: creates a case (deleted again if queueing fails) and reads a case's status. */
  'sms-inbound': {
    GetItem: [CASES, THREADS],
    PutItem: [CASES],
    DeleteItem: [CASES],
    Query: [THREADS],
    UpdateItem: [THREADS],
  },
  /** The weekly digest: reads figures, samples and escalations, and writes only its own delivery records. */
  digest: {
    Query: [WEEKS, ESCALATION_WEEKS, OPEN_ESCALATIONS, DIGESTS, CLOCKS],
    GetItem: [ESCALATIONS],
    /**
     * The week's escalations and those overdue, 100 to a call, so a repeat run does not grow with them;
     * and the frozen weeks' figures, two calls for the ten weeks a digest reads instead of ten queries.
     */
    BatchGetItem: [ESCALATIONS, DIGESTS],
    PutItem: [DIGESTS],
    UpdateItem: [DIGESTS],
    DeleteItem: [DIGESTS],
  },
} as const satisfies Record<string, TableAccess>;

/**
 * The attributes a function's `UpdateItem` may name at all (`dynamodb:Attributes`),
 * where its updates must be narrower than its keys: the employee-facing
 * functions may update a thread's head only to note that the employee has
 * read it, or to count an answer's turn, never write a message, a deadline or the sponsor's read mark.
 * The key attributes are listed because every request names them.
 */
export const UPDATE_ATTRIBUTES: Readonly<Partial<Record<keyof typeof TABLE_ACCESS, readonly string[]>>> = {
  // `turns`: the turn of an answer it accepts, a count and nothing more (`CaseThread.takeTurn`).
  intake: ['pk', 'sk', 'employeeReadThrough', 'turns'],
  'sms-inbound': ['pk', 'sk', 'employeeReadThrough', 'turns'],
};

/** A function that uses the table. */
export type TableRole = keyof typeof TABLE_ACCESS;

export const TABLE_ROLES = Object.keys(TABLE_ACCESS) as TableRole[];

/** Whether `pattern` (`CASE#*` or an exact key) covers the partition key `pk`, as IAM's `StringLike` would. */
export function keyMatches(pattern: KeyPattern, pk: string): boolean {
  return pattern.endsWith('*') ? pk.startsWith(pattern.slice(0, -1)) : pk === pattern;
}

/** Whether `role` may call `operation` on the item(s) with partition key `pk`. */
export function mayAccess(role: TableRole, operation: TableOperation, pk: string): boolean {
  const access: TableAccess = TABLE_ACCESS[role];
  return (access[operation] ?? []).some((pattern) => keyMatches(pattern, pk));
}
