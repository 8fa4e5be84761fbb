import type { Logger } from '@aws-lambda-powertools/logger';
import { sweepLegalClocks } from '../../shared/use-cases/legal-clocks';
import { rerouteHeldAnswers, sendHeldAnswers } from '../../shared/use-cases/notify-thread-answer';
import { remindBeforeClimb } from '../../shared/use-cases/remind-before-climb';
import { climb, sweepOverdue } from '../../shared/use-cases/sweep-overdue';
import { deliverUnsent } from '../../shared/use-cases/deliver-unsent';
import type { EscalationDeps } from '../../shared/use-cases/raise-escalation';
import type { HeldPatterns } from '../../shared/ports/held-patterns';
import { releasePatterns } from '../../shared/use-cases/release-patterns';
import { sweepRun } from '../../shared/use-cases/open-escalations';

/**
 * Run on a schedule (EventBridge Scheduler on AWS, a timer locally):
 * moves on the cases that employees' answers of an hour now over name
 * their holder in, sends (or climbs past a holder who cannot be emailed)
 * escalations nobody was told of yet, re-escalates what is overdue, then reminds of and climbs past the legal
 * clocks (when `deps.clocks` is given), reminds each holder before the deadline at which their
 * case would climb next, places in their threads the
 * employees' answers that waited for their hour to be over (when
 * `deps.threads` is given), and sends the answers' emails held until then
 * (when `deps.answerNotices` is given); at the day's release hour, raises the patterns found
 * since the last one (when `deps.heldPatterns` is given).
 */
export function createSweepHandler(given: EscalationDeps & { logger: Logger; heldPatterns?: HeldPatterns }) {
  return async function sweep(): Promise<{ moved: number; failed: number; reminded: number; passed: number }> {
    // Cases an answer of an hour that is over moves on go around whom it names before anything climbs.
    const rerouted = await rerouteHeldAnswers(given);
    // The open cases are listed once, all of them, for the steps below; what one step changes the next reads anew.
    const run = sweepRun(given);
    const deps = run.deps;
    // Escalations whose holder was never emailed (the mail service refused) are sent, or climb, before anything else.
    const unsent = await deliverUnsent(deps, run.open);
    const result = await sweepOverdue(deps, run.open);
    const clocks = deps.clocks
      ? await sweepLegalClocks({ ...deps, clocks: deps.clocks, climb: (escalation) => climb(deps, escalation) })
      : { reminded: 0, passed: 0, failed: 0 };
    // Whoever holds a case now (climbed or not) is reminded before the deadline at which it would climb next.
    const reminders = await remindBeforeClimb(deps, run.open);
    // Employees' answers of the hours that are over join their threads, after every message written
    // until now, before their holders are emailed the link that shows them.
    const placed = deps.threads ? await deps.threads.placeWaiting() : { placed: 0, failed: 0 };
    // Employees' answers of the hours that are over, told to their holders together.
    const answers = await sendHeldAnswers(deps);
    // Patterns found since the last release, sent together at the day's release hour.
    const patterns = await releasePatterns(deps);
    const summary = {
      moved: result.moved,
      failed:
        unsent.failed +
        result.failed +
        clocks.failed +
        reminders.failed +
        answers.failed +
        rerouted.failed +
        placed.failed +
        patterns.failed,
      reminded: clocks.reminded + reminders.reminded,
      passed: clocks.passed,
    };
    deps.logger.info('SLA sweep', summary);
    deps.metrics?.count('EscalationsOverdue', result.moved);
    deps.metrics?.count('SweepFailures', summary.failed);
    return summary;
  };
}
