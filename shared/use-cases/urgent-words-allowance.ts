import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import { isMarkedUrgentOnly, type MarkedUrgentAllowance } from './marked-urgent-allowance';
import type { RateAndReplayState } from './rate-and-replay-state';

/**
 * How many emails one by one a holder may still be sent this hour about reports urgent in their own words or
 * topic. Words cost nothing either: a script within the intake's budgets posting "there is a fire on floor N"
 * sent a leader 1,824 "Urgent:" emails in 85 seconds, the one real report among them, and on AWS would have
 * spent the mail service's sending rate and daily quota for everyone's escalations. The allowance is larger
 * than the ticked one (`escalation.urgentEmailsPerHour`, 30 by default: a site reporting one fire together
 * still gets an email each); past it a case is on the holder's desk with its deadline at once, and each sweep
 * tells the holder of what came since in one email that lists the reports' texts, alike ones on one line
 * (`urgent-words-email.ts`), so the one that differs stands out. Kept as the ticked allowance is: a count per
 * holder in the rate and replay state, forgotten after the hour and one more; never a case, a text or a time.
 */
export function urgentWordsAllowance(rateState: RateAndReplayState, config: Config): MarkedUrgentAllowance {
  return {
    async spend(holder) {
      return (await rateState.count(`urgent-words-email:${holder}`)) <= config.escalation.urgentEmailsPerHour;
    },
    async spendQuiet(holder) {
      return (await rateState.count(`urgent-words-quiet-email:${holder}`)) <= config.escalation.urgentEmailsPerHour;
    },
  };
}

/** A report urgent in its own words or topic (the detector's categories, an urgent topic), not a pattern. */
export const isUrgentInWords = (e: Pick<Escalation, 'reasons' | 'urgentCategories' | 'pattern'>): boolean =>
  e.pattern === undefined &&
  !isMarkedUrgentOnly(e) &&
  (e.reasons.includes('urgent-topic') || e.urgentCategories.length > 0);

/** Which of a holder's allowances a case spends, and is told together past: none for a pattern. */
export type Overflow = 'ticked' | 'words';

/** The kind of allowance `escalation` spends, when the deps keep that kind; otherwise it is always emailed alone. */
export function overflowOf(
  deps: { markedUrgent?: MarkedUrgentAllowance; urgentWords?: MarkedUrgentAllowance },
  escalation: Pick<Escalation, 'reasons' | 'urgentCategories' | 'pattern'>,
): Overflow | undefined {
  if (deps.markedUrgent && isMarkedUrgentOnly(escalation)) return 'ticked';
  if (deps.urgentWords && isUrgentInWords(escalation)) return 'words';
  return undefined;
}

/** The allowance of `kind` in `deps`. */
export const allowanceOf = (
  deps: { markedUrgent?: MarkedUrgentAllowance; urgentWords?: MarkedUrgentAllowance },
  kind: Overflow,
): MarkedUrgentAllowance => (kind === 'ticked' ? deps.markedUrgent! : deps.urgentWords!);

/**
 * How many cases of a kind due to one holder in a sweep are still reminded (or told they climbed) one by one:
 * one only marked urgent; as many as the hour's emails about reports urgent in their words (a real bad day's
 * reminders stay one a case, a flood's come in one email that lists their texts).
 */
export const aloneUpTo = (deps: { config: Config }, kind: Overflow): number =>
  kind === 'ticked' ? 1 : deps.config.escalation.urgentEmailsPerHour;
