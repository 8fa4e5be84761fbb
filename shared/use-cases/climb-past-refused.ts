import type { Escalation } from '../domain/escalation';
import { AddressRefusedError } from '../ports/mailer';
import { mailFailureOf } from './mail-failure';
import type { EscalationDeps } from './raise-escalation';
import { moveUp, reachHolder, TOP_LEVEL } from './reach-holder';

/**
 * A case whose holder's address the mail service refused for good (rejected, invalid, suppressed:
 * `AddressRefusedError`) on any email about it, an employee's answer or a reminder as much as its first
 * escalation: nobody is reading that address, so the case climbs at once to the next level (the backup,
 * then the leadership list), told it as new ("could not be emailed" in its trail), as the escalate stage
 * does on the first refusal, rather than wait with a holder who will never hear of it until its deadline.
 * The refusal is logged for the operator (`mailFailed`: kind and the service's error name, never the
 * address or the case). Gives the case as it is now; throws `error` when it is at the top already, when
 * another run moved it first, or when its next holder could not be told (the next sweep goes on).
 */
export async function climbPastRefused(
  deps: EscalationDeps,
  escalation: Escalation,
  step: string,
  error: unknown,
): Promise<Escalation> {
  if (!(error instanceof AddressRefusedError) || escalation.level >= TOP_LEVEL) throw error;
  deps.mailFailed?.(mailFailureOf(step, error));
  const moved = await moveUp(deps, escalation, 'unreachable');
  if (!moved || !(await reachHolder(deps, moved))) throw error;
  // `reachHolder` may have gone on up past more refused addresses: where the case is now.
  return (await deps.escalations.get(escalation.id)) ?? moved;
}

/**
 * Sends an email about a case to whoever holds it (`sendTo`, given the case as it is then); when their
 * address is refused for good, the case climbs ({@link climbPastRefused}), and with `again` the same
 * email goes to whoever holds it now (an employee's answer must reach someone who reads it); without,
 * it is not sent again (a reminder of a deadline the new holder does not have). Gives the case as it
 * is once sent, or once climbed.
 */
export async function sendOrClimb(
  deps: EscalationDeps,
  escalation: Escalation,
  step: string,
  sendTo: (holder: Escalation) => Promise<unknown>,
  { again }: { again: boolean },
): Promise<Escalation> {
  let holder = escalation;
  for (;;) {
    try {
      await sendTo(holder);
      return holder;
    } catch (error) {
      holder = await climbPastRefused(deps, holder, step, error);
      if (!again) return holder;
    }
  }
}
