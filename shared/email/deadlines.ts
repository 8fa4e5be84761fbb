import type { Config } from '../config/schema';
import type { Escalation } from '../domain/escalation';
import type { Language } from '../i18n/languages';
import { type MomentWords, momentIn, momentWords } from '../i18n/moments';
import { sponsorText } from '../i18n/sponsor';
import { deadlineOf } from '../use-cases/legal-clocks';

/**
 * The one deadline that binds whoever holds a case, shown the same way in
 * the email's subject and body, on `/ack` and on the desk: to acknowledge,
 * the earlier of the service level (`slaDueAt`) and the law's (an
 * organisation may promise 72 hours but the law 1 day); once acknowledged,
 * the law's deadline to tell the employee what is being done.
 */
export function acknowledgeDeadline(config: Config, e: Pick<Escalation, 'caseKey' | 'raisedAt' | 'slaDueAt'>) {
  const sla = Date.parse(e.slaDueAt);
  const legal = e.caseKey ? deadlineOf(config, 'acknowledge', e.raisedAt).getTime() : Number.POSITIVE_INFINITY;
  return legal < sla ? { at: new Date(legal).toISOString(), legal: true } : { at: e.slaDueAt, legal: false };
}

/**
 * Whether the deadline that binds has passed by `now` (the injected clock's
 * time, never the system's): from that moment on, as the desk says it and
 * the sweep climbs, a case nobody has acknowledged is overdue.
 */
export const acknowledgementOverdue = (
  config: Config,
  e: Pick<Escalation, 'caseKey' | 'raisedAt' | 'slaDueAt' | 'status'>,
  now: Date,
): boolean => e.status === 'raised' && Date.parse(acknowledgeDeadline(config, e).at) <= now.getTime();

/** The law's deadline to tell the employee what is being done, once acknowledged; undefined before, or for a pattern. */
export function feedbackDeadline(config: Config, e: Pick<Escalation, 'caseKey' | 'acknowledgedAt'>) {
  return e.caseKey && e.acknowledgedAt ? deadlineOf(config, 'feedback', e.acknowledgedAt).toISOString() : undefined;
}

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
