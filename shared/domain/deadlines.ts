import type { Config } from '../config/schema';
import { DAY_MS } from './durations';
import { startOfHour, type Escalation } from './escalation';
import { dayInZone, startOfZoneDay } from './zone-day';

/** The two deadlines the law sets on a case: to acknowledge it, and to tell the employee what is being done. */
export type LegalDeadline = 'acknowledge' | 'feedback';

/** `instant` plus whole calendar months, in UTC; the 31st of a shorter month becomes its last day (never later). */
export function addMonths(instant: Date, months: number): Date {
  const target = new Date(instant.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/**
 * When a deadline falls: at the end of a day in the installation's zone, the last day that ends no
 * later than the law's instant (so never later than the law's, up to a day sooner), on the hour. The
 * employee is promised "by the end of <that day>", and the moment it counts as passed is that day's
 * end: a promise of Tuesday never passes at 9 AM on Tuesday.
 */
export function deadlineOf(config: Config, deadline: LegalDeadline, from: string): Date {
  const start = startOfHour(new Date(from));
  const law =
    deadline === 'acknowledge'
      ? new Date(start.getTime() + config.legalClocks.acknowledgeDays * DAY_MS)
      : addMonths(start, config.legalClocks.feedbackMonths);
  // The start of the law's day is the end of the day before it (the law's instant itself, at midnight).
  return startOfHour(startOfZoneDay(dayInZone(law, config.timezone), config.timezone));
}

/** `YYYY-MM-DD`: the last day a deadline of `deadlineOf` leaves, the one whose end it is. */
export const deadlineDay = (due: Date, timeZone: string): string => dayInZone(new Date(due.getTime() - 1), timeZone);

/**
 * The one deadline that binds whoever holds a case, shown the same way in
 * the email's subject and body, on `/ack` and on the desk, and the one the
 * desk's "overdue" goes by: to acknowledge, the earlier of the service level
 * (`slaDueAt`) and the law's (an organisation may promise 72 hours but the
 * law 1 day).
 */
export function acknowledgeDeadline(
  config: Config,
  e: Pick<Escalation, 'caseKey' | 'raisedAt' | 'slaDueAt'> & Partial<Pick<Escalation, 'acknowledgedAt'>>,
) {
  const sla = Date.parse(e.slaDueAt);
  // A case acknowledged once has met the law's clock: handed over urgent, its new holder is bound by the
  // service level alone (`reawaitsAcknowledgement`), never by a legal deadline long gone.
  const legal =
    e.caseKey && !e.acknowledgedAt ? deadlineOf(config, 'acknowledge', e.raisedAt).getTime() : Number.POSITIVE_INFINITY;
  return legal < sla ? { at: new Date(legal).toISOString(), legal: true } : { at: e.slaDueAt, legal: false };
}

/**
 * Whether the deadline that binds has passed by `now` (the injected clock's
 * time, never the system's): from that moment on, as the desk says it and
 * the sweep climbs, a case nobody has acknowledged is overdue.
 */
export const acknowledgementOverdue = (
  config: Config,
  e: Pick<Escalation, 'caseKey' | 'raisedAt' | 'slaDueAt' | 'status'> & Partial<Pick<Escalation, 'acknowledgedAt'>>,
  now: Date,
): boolean => e.status === 'raised' && Date.parse(acknowledgeDeadline(config, e).at) <= now.getTime();

/** The law's deadline to tell the employee what is being done, once acknowledged; undefined before, or for a pattern. */
export function feedbackDeadline(config: Config, e: Pick<Escalation, 'caseKey' | 'acknowledgedAt'>) {
  return e.caseKey && e.acknowledgedAt ? deadlineOf(config, 'feedback', e.acknowledgedAt).toISOString() : undefined;
}
