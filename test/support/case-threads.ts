import type { TableRole } from '../../infra/table-access';
import { guardTableAccess } from '../../local/table-access-guard';
import { DynamoDbCaseThread } from '../../shared/adapters/aws/dynamodb-case-thread';
import type { Clock } from '../../shared/ports/clock';
import { useDynalite } from './dynalite';

/**
 * Case threads on dynalite for the tests of one `describe`, as each function
 * that touches them sees them: under that function's grants, so a test
 * fails where a function would on AWS. Call it inside the `describe`.
 *
 * @example
 * const { sponsorSide, analysis, sweep } = useCaseThreads('thread-test', clock);
 */
export function useCaseThreads(tableName: string, clock: Clock) {
  const { documents } = useDynalite(tableName);
  /** The thread as the function of `role` reads and writes it. */
  const as = (role: TableRole) => new DynamoDbCaseThread(guardTableAccess(documents, role), tableName, clock);
  return {
    /** The table without a guard: what an operator reads. */
    documents,
    as,
    sponsorSide: as('sponsor'),
    employeeSide: as('intake'),
    analysis: as('analyze'),
    sweep: as('sweep'),
  };
}
