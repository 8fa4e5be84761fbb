import type { Logger } from '@aws-lambda-powertools/logger';
import type { EscalationDeps } from '../../shared/use-cases/raise-escalation';

/**
 * Every address of an urgent case's ladder refused for good: an error line and the `LadderRefused` count, whose
 * alarm tells the operator to fix the addresses; whether a sponsor past the ladder was reached, never who or which case.
 */
export function ladderRefusedAlarm(given: Pick<EscalationDeps, 'metrics'> & { logger: Logger }) {
  return ({ reached }: { reached: boolean }) => {
    given.metrics?.count('LadderRefused');
    given.logger.error(
      reached
        ? 'Every address of an urgent case’s ladder was refused; it was emailed to another sponsor instead. Fix the addresses'
        : 'Every address of an urgent case’s ladder was refused, and every other sponsor’s too; it waits. Fix the addresses',
      { reached },
    );
  };
}
