import type { Logger } from '@aws-lambda-powertools/logger';
import { ladderRefusedAlarm } from '../escalate/ladder-refused-alarm';
import { sweepLegalClocks } from '../../shared/use-cases/legal-clocks';
import { rerouteHeldAnswers, sendHeldAnswers } from '../../shared/use-cases/notify-thread-answer';
import { remindBeforeClimb } from '../../shared/use-cases/remind-before-climb';
import { climb, sweepOverdue } from '../../shared/use-cases/sweep-overdue';
import { deliverUnsent } from '../../shared/use-cases/deliver-unsent';
import { deliverHandedOver } from '../../shared/use-cases/deliver-handed-over';
import type { EscalationDeps } from '../../shared/use-cases/raise-escalation';
import type { HeldPatterns } from '../../shared/ports/held-patterns';
import { releasePatterns } from '../../shared/use-cases/release-patterns';
import { sweepRun } from '../../shared/use-cases/open-escalations';
import { tellCloses } from '../../shared/use-cases/close-notices';
import { climbPastRefused } from '../../shared/use-cases/climb-past-refused';

/**
 * Run on a schedule (EventBridge Scheduler on AWS, a timer locally):
 * moves on the cases that employees' answers of an hour now over name
 * their holder in, sends (or climbs past a holder who cannot be emailed)
 * escalations nobody was told of yet, acknowledged ones included (handed over to someone not yet emailed), re-escalates what is overdue, then reminds of and climbs past the legal
 * clocks (when `deps.clocks` is given), reminds each holder before the deadline at which their
 * case would climb next, places in their threads the
 * employees' answers that waited for their hour to be over (when
 * `deps.threads` is given), and sends the answers' emails held until then
 * (when `deps.answerNotices` is given); at the day's release hour, raises the patterns found
 * since the last one (when `deps.heldPatterns` is given).
 */
export function createSweepHandler(given: EscalationDeps & { logger: Logger; heldPatterns?: HeldPatterns }) {
  return async function sweep(): Promise<{ moved: number; failed: number; reminded: number; passed: number }> {
    const step = stepOf(given.logger);
    // Cases an answer of an hour that is over moves on go around whom it names before anything climbs.
    const rerouted = await step('reroute', () => rerouteHeldAnswers(given), { moved: 0, failed: 0 });
    // The open cases are listed once, all of them, for the steps below; what one step changes the next reads anew.
    // Each email a step could not send is logged by its kind and the service's error name (never an address or a case).
    const { deps, open } = sweepRun({
      ...given,
      mailFailed:
        given.mailFailed ??
        ((failure) => given.logger.warn('A case’s email was not sent; the next sweep tries again', { ...failure })),
      ladderRefused: given.ladderRefused ?? ladderRefusedAlarm(given),
    });
    // Escalations whose holder was never emailed (the mail service refused) are sent, or climb, before anything else.
    const unsent = await step('deliver', () => deliverUnsent(deps, open), {
      delivered: 0,
      repaired: 0,
      failed: 0,
    });
    // Acknowledged cases handed over to someone not yet emailed: no deadline moves them on, so each sweep tells them.
    const handedOver = await step('deliver handed over', () => deliverHandedOver(deps), { delivered: 0, failed: 0 });
    const result = await step('climb', () => sweepOverdue(deps, open), { moved: 0, failed: 0 });
    const clocks = await step(
      'legal clocks',
      async () =>
        deps.clocks
          ? sweepLegalClocks({
              ...deps,
              clocks: deps.clocks,
              climb: (escalation) => climb(deps, escalation),
              climbPastRefused: (escalation, error) => climbPastRefused(deps, escalation, 'legal clocks', error),
            })
          : { reminded: 0, passed: 0, failed: 0 },
      { reminded: 0, passed: 0, failed: 0 },
    );
    // Whoever holds a case now (climbed or not) is reminded before the deadline at which it would climb next.
    const reminders = await step('remind', () => remindBeforeClimb(deps, open), { reminded: 0, failed: 0 });
    // Employees' answers of the hours that are over join their threads, after every message written
    // until now, before their holders are emailed the link that shows them.
    const placed = await step(
      'place answers',
      async () => (deps.threads ? deps.threads.placeWaiting() : { failed: 0 }),
      {
        failed: 0,
      },
    );
    // Employees' answers of the hours that are over, told to their holders together.
    const answers = await step('answer emails', () => sendHeldAnswers(deps), { sent: 0, failed: 0 });
    // Closes now in effect of cases urgent or about a sponsor, shown to someone other than whoever closed them.
    const closes = await step('close notices', () => tellCloses(deps), { told: 0, failed: 0 });
    // Patterns found since the last release, sent together at the day's release hour.
    const patterns = await step('release patterns', () => releasePatterns(deps), { released: 0, failed: 0 });
    const summary = {
      moved: result.moved,
      failed:
        unsent.failed +
        handedOver.failed +
        result.failed +
        clocks.failed +
        reminders.failed +
        answers.failed +
        rerouted.failed +
        placed.failed +
        closes.failed +
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

/**
 * Runs one step of the sweep. A step that fails as a whole (the table would not list what it works on)
 * counts as one failure, which raises the operator's alarm, and the steps after it still run: the
 * legal clocks unreadable must not keep a pattern due, or an answer's email, waiting too.
 */
function stepOf(logger: Logger) {
  return async <Result extends { failed: number }>(
    name: string,
    run: () => Promise<Result>,
    none: Result,
  ): Promise<Result> => {
    try {
      return await run();
    } catch (error) {
      logger.error('A sweep step failed; the next sweep tries it again', {
        step: name,
        errorName: error instanceof Error ? error.name : 'Error',
      });
      return { ...none, failed: none.failed + 1 };
    }
  };
}
