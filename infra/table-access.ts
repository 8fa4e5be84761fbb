/**
 * Which function may touch which items of the single table, by the start of
 * their partition key. One map for both places that enforce it: the IAM
 * grants (`bindTable`, as `dynamodb:LeadingKeys` conditions) and the local
 * runtime (`local/table-access-guard.ts`, which refuses what AWS
 * would), so that a prefix missing here fails a test on the local stack
 * instead of a request in production.
 *
 * The prefixes are the adapters' (`shared/adapters/aws/dynamodb-*.ts`):
 *
 * | pattern | items | adapter |
 * | --- | --- | --- |
 * | `CASE#*` | cases | feedback store |
 * | `ESC#*` | escalations | escalation store |
 * | `ESC_OPEN` | the open escalations, by due time | escalation store |
 * | `ESCWEEK#*` | escalations by week raised and answered | escalation store |
 * | `WEEK#*` | weekly figures and comment samples | weekly figures, verbatim candidates |
 * | `PATTERN#*` | negative submissions per site, topic and day | pattern counter |
 * | `KIOSK#*`, `KIOSKTOKEN#*` | enrolled kiosks and their token look-ups | kiosk registry |
 * | `DIGEST#*` | who had which week's digest; the week's figures as first shown | digest deliveries, digest snapshots |
 *
 * Kiosks are enrolled and revoked by the operator's CLI with the operator's
 * own credentials: no function may write them.
 */

/** A DynamoDB item call, as IAM names it without the `dynamodb:` prefix. */
export type TableOperation = 'GetItem' | 'Query' | 'PutItem' | 'UpdateItem' | 'DeleteItem';

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
   * a case's status and a kiosk's token look-up. It cannot write kiosks,
   * escalations, figures or digest records, nor read any of them.
   */
  intake: {
    GetItem: ['CASE#*', 'KIOSKTOKEN#*'],
    PutItem: ['CASE#*'],
    DeleteItem: ['CASE#*'],
  },
  /**
   * Sponsors' signed links (`/ack/{token}`) and the digest's web view: opens
   * an escalation, acknowledges or answers it (its open entry goes, its
   * answer is listed under the week), and moves the case on.
   */
  sponsor: {
    GetItem: ['ESC#*'],
    UpdateItem: ['ESC#*', 'CASE#*'],
    PutItem: ['ESCWEEK#*'],
    DeleteItem: ['ESC_OPEN'],
  },
  /** Analysis: stores the analysis on its case, counts the week's figures and samples, and watches for patterns. */
  analyze: {
    GetItem: ['CASE#*'],
    UpdateItem: ['CASE#*', 'WEEK#*', 'PATTERN#*'],
    PutItem: ['WEEK#*', 'PATTERN#*'],
    DeleteItem: ['WEEK#*'],
    Query: ['WEEK#*', 'PATTERN#*'],
  },
  /** Raises an escalation (with its open and week entries), notes whom it told, and marks the case escalated. */
  escalate: {
    GetItem: ['ESC#*'],
    PutItem: ['ESC#*', 'ESC_OPEN', 'ESCWEEK#*'],
    UpdateItem: ['ESC#*', 'CASE#*'],
  },
  /** The SLA sweep: reads what is open and due, and moves each up a level. */
  sweep: {
    Query: ['ESC_OPEN'],
    GetItem: ['ESC#*'],
    UpdateItem: ['ESC#*'],
    PutItem: ['ESC_OPEN'],
    DeleteItem: ['ESC_OPEN'],
  },
  /** SMS through AWS End User Messaging: creates a case (deleted again if queueing fails) and reads a case's status. */
  'sms-inbound': {
    GetItem: ['CASE#*'],
    PutItem: ['CASE#*'],
    DeleteItem: ['CASE#*'],
  },
  /** The weekly digest: reads figures, samples and escalations, and writes only its own delivery records. */
  digest: {
    Query: ['WEEK#*', 'ESCWEEK#*', 'ESC_OPEN', 'DIGEST#*'],
    GetItem: ['ESC#*'],
    PutItem: ['DIGEST#*'],
    UpdateItem: ['DIGEST#*'],
    DeleteItem: ['DIGEST#*'],
  },
} as const satisfies Record<string, TableAccess>;

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
