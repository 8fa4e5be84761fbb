import { PK } from '../../shared/adapters/aws/table-keys';
import type { TableOperation } from '../../infra/table-access';

// What the IAM test (test/infra/least-privilege.test.ts) and the local guard's
// test (test/unit/local/table-access-guard.test.ts) both probe, so that the
// deployed grants and the local stand-in are held to the same keys.

export const TABLE_OPERATIONS: readonly TableOperation[] = [
  'GetItem',
  'BatchGetItem',
  'Query',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
];

/** One key of each kind the intake must never write: escalations, kiosks, kiosk tokens, weekly figures, patterns, digests. */
export const KEYS_THE_INTAKE_NEVER_WRITES = [
  'ESC#e-1',
  'ESC_OPEN',
  'ESCWEEK#2026-W47',
  'KIOSK#k-1',
  'KIOSKTOKEN#abc',
  'WEEK#2026-W47',
  'PATTERN#plant2#safety',
  'DIGEST#2026-W47',
];

/** Every partition-key prefix of the table, and prefixes of those (`ESC`, `CASE`, nothing) that a grant must not mistake for them. */
export const PARTITION_PREFIXES: readonly string[] = [...Object.values(PK), 'ESC', 'CASE', ''];
