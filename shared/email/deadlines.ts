import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import type { Language } from '../i18n/languages';
import { type DeadlineWords, deadlineIn, deadlineWords } from '../i18n/moments';
import { sponsorText } from '../i18n/sponsor';
import { acknowledgeDeadline, acknowledgementOverdue, feedbackDeadline } from '../domain/deadlines';

export { acknowledgeDeadline, acknowledgementOverdue, feedbackDeadline };

/**
 * The acknowledgement deadline as a sentence's parameters: its day, time and
 * zone (or, at a day's start, `end: 'yes'` and the day it ends), and
 * `legal: 'yes'` when it is the law's, so each language puts its
 * own preposition before it ("by …", "antes del …", "avant le …").
 */
export function acknowledgeByWords(
  language: Language,
  config: Config,
  e: Pick<Escalation, 'caseKey' | 'raisedAt' | 'slaDueAt'> & Partial<Pick<Escalation, 'acknowledgedAt'>>,
  now?: Date,
): DeadlineWords & { legal: 'yes' | 'no'; overdue: 'yes' | 'no' } {
  const due = acknowledgeDeadline(config, e);
  return {
    ...deadlineWords(language, due.at, config.timezone),
    legal: due.legal ? 'yes' : 'no',
    overdue: isPast(due.at, now) ? 'yes' : 'no',
  };
}

/** Whether a deadline has gone by at `now` (when an email is written): it is then said to be overdue. */
const isPast = (at: string, now: Date | undefined) => now !== undefined && Date.parse(at) <= now.getTime();

/**
 * The acknowledgement deadline standing alone (a label's value): "Wednesday, … at 2 PM Central Time"
 * or "the end of Tuesday, …",
 * saying when it is the law's, and "Overdue since …" when it has gone by at `now`.
 */
export function acknowledgeByIn(
  language: Language,
  config: Config,
  e: Pick<Escalation, 'caseKey' | 'raisedAt' | 'slaDueAt'> & Partial<Pick<Escalation, 'acknowledgedAt'>>,
  now?: Date,
): string {
  const due = acknowledgeDeadline(config, e);
  if (isPast(due.at, now))
    return sponsorText(language, 'sponsor.overdueSince', {
      ...deadlineWords(language, due.at, config.timezone),
      legal: due.legal ? 'yes' : 'no',
    });
  return due.legal
    ? sponsorText(language, 'sponsor.legalBinds', { ...deadlineWords(language, due.at, config.timezone) })
    : deadlineIn(language, due.at, config.timezone);
}
