import type { EscalationDeps } from './raise-escalation';
import { reachHolder } from './reach-holder';
import { reportMailFailure } from './mail-failure';

/**
 * Run by the sweep: an acknowledged case handed over to someone who was never emailed (the mail service
 * failed at the hand-over, or every address up to the leadership list was refused) is on no list of open
 * cases, and no deadline moves it on, so without this nobody holding it would ever hear of it. Its holder
 * is emailed again; a refused address passes it at once to the next level, on up to the leadership list
 * (`reachHolder`, as for an unacknowledged case). What could not be sent is counted as failed, which
 * raises the sweep's alarm for the operator, at every sweep until someone holding it has been told.
 */
export async function deliverHandedOver(deps: EscalationDeps): Promise<{ delivered: number; failed: number }> {
  const result = { delivered: 0, failed: 0 };
  for (const escalation of await deps.escalations.listUntold()) {
    try {
      if (await reachHolder(deps, escalation)) result.delivered += 1;
    } catch (error) {
      reportMailFailure(deps, 'deliver handed over', error);
      result.failed += 1; // one that cannot be sent must not hold up the others
    }
  }
  return result;
}
