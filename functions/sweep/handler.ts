import type { Logger } from '@aws-lambda-powertools/logger';
import { sweepOverdue } from '../../shared/use-cases/sweep-overdue';
import type { EscalationDeps } from '../../shared/use-cases/raise-escalation';

/** Run on a schedule (EventBridge Scheduler on AWS, a timer locally): re-escalates what is overdue. */
export function createSweepHandler(deps: EscalationDeps & { logger: Logger }) {
  return async function sweep(): Promise<{ moved: number; failed: number }> {
    const result = await sweepOverdue(deps);
    deps.logger.info('SLA sweep', result);
    deps.metrics?.count('EscalationsOverdue', result.moved);
    deps.metrics?.count('SweepFailures', result.failed);
    return result;
  };
}
