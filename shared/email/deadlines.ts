import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import type { Language } from '../i18n/languages';
import { type MomentWords, momentIn, momentWords } from '../i18n/moments';
import { sponsorText } from '../i18n/sponsor';
import { acknowledgeDeadline, acknowledgementOverdue, feedbackDeadline } from '../domain/deadlines';

export { acknowledgeDeadline, acknowledgementOverdue, feedbackDeadline };

/**
 * The acknowledgement deadline as a sentence's parameters: its day, time and
 * zone, and `legal: 'yes'` when it is the law's, so each language puts its
 * own preposition before it ("by …", "antes del …", "avant le …").
 */
export function acknowledgeByWords(
  language: Language,
  config: Config,
  e: Pick<Escalation, 'caseKey' | 'raisedAt' | 'slaDueAt'>,
): MomentWords & { legal: 'yes' | 'no' } {
  const due = acknowledgeDeadline(config, e);
  return { ...momentWords(language, due.at, config.timezone), legal: due.legal ? 'yes' : 'no' };
}

/** The acknowledgement deadline standing alone (a label's value): "Wednesday, … at 2 PM Central Time", saying when it is the law's. */
export function acknowledgeByIn(
  language: Language,
  config: Config,
  e: Pick<Escalation, 'caseKey' | 'raisedAt' | 'slaDueAt'>,
): string {
  const due = acknowledgeDeadline(config, e);
  return due.legal
    ? sponsorText(language, 'sponsor.legalBinds', { ...momentWords(language, due.at, config.timezone) })
    : momentIn(language, due.at, config.timezone);
}
