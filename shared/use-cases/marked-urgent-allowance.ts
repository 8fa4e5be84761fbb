import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import type { RateAndReplayState } from './rate-and-replay-state';

/**
 * How many emails one by one a holder may still be sent this hour about reports only marked urgent by their
 * senders. Ticking "urgent" costs nothing, so one person (or a script within the intake's budgets) could
 * otherwise send a sponsor hundreds of "Urgent:" emails an hour, and bury the one a report's own words
 * raised among them. Past the allowance a case is not emailed on its own: it is on the holder's desk with
 * its deadline at once, and the sweep tells the holder of all such cases in one email each sweep
 * (`marked-urgent-summary.ts`).
 */
export interface MarkedUrgentAllowance {
  /** Spends one of this hour's emails to `holder` (a holder id); false once the hour's are spent. */
  spend(holder: string): Promise<boolean>;
  /**
   * Once `spend` says the hour's are spent: spends one of a second allowance as large, which only reports from
   * a quiet source (`quiet-source.ts`) may spend, so one flooding source never makes another's report wait.
   */
  spendQuiet?(holder: string): Promise<boolean>;
}

/**
 * The allowance kept as a count per holder in the rate and replay state, beside the SMS senders' counts and
 * forgotten as they are (an HMAC'd key under the hour's random key, deleted after the hour and one more):
 * it holds a number, never a case, an id, a text or a time finer than its hour. Per holder, not per channel:
 * what a flood fills is a person's inbox, whichever way it came in.
 */
export function markedUrgentAllowance(rateState: RateAndReplayState, config: Config): MarkedUrgentAllowance {
  return {
    async spend(holder) {
      return (await rateState.count(`marked-urgent-email:${holder}`)) <= config.escalation.markedUrgentEmailsPerHour;
    },
    async spendQuiet(holder) {
      return (
        (await rateState.count(`marked-urgent-quiet-email:${holder}`)) <= config.escalation.markedUrgentEmailsPerHour
      );
    },
  };
}

/**
 * Raised only because its sender asked (the box, `URGENT` by SMS, "es urgente"): nothing in its words or
 * topic is urgent. Only these are told in this summary, which counts them; a report the detector flags, or
 * on an urgent topic, is never counted with them: it has a larger allowance of its own, past which it is
 * listed by its words (`urgent-words-allowance.ts`).
 */
export const isMarkedUrgentOnly = (e: Pick<Escalation, 'reasons' | 'urgentCategories' | 'pattern'>): boolean =>
  e.reasons.includes('requested') &&
  !e.reasons.includes('urgent-topic') &&
  e.urgentCategories.length === 0 &&
  e.pattern === undefined;
