import type { TableRole } from '../../infra/table-access';
import { guardTableAccess } from '../../local/table-access-guard';
import { DynamoDbAnswerNotices } from '../../shared/adapters/aws/dynamodb-answer-notices';
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
  /** The held answers' notices as the function of `role` reads and writes them. */
  const noticesAs = (role: TableRole) => new DynamoDbAnswerNotices(guardTableAccess(documents, role), tableName, clock);
  return {
    /** The table without a guard: what an operator reads. */
    documents,
    as,
    noticesAs,
    sponsorSide: as('sponsor'),
    employeeSide: as('intake'),
    analysis: as('analyze'),
    sweep: as('sweep'),
  };
}

/**
 * The sweep's run at `instant`, which places in the thread the answers whose
 * hour is over by then; the clock is put back where it was after.
 */
export async function placeAnswersAt(
  sweep: DynamoDbCaseThread,
  clock: Clock & { set(iso: string): void },
  instant: string,
): Promise<void> {
  const before = clock.now().toISOString();
  clock.set(instant);
  try {
    await sweep.placeWaiting();
  } finally {
    clock.set(before);
  }
}
