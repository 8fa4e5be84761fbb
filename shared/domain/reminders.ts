import type { Config } from '../config/schema';
import { acknowledgeDeadline } from './deadlines';
import { DAY_MS, HOUR_MS } from './durations';
import { slaHours, startOfHour, type Escalation } from './escalation';

/**
 * When whoever holds a case is reminded of a deadline at which it would
 * climb (its service level or the law's to acknowledge, the law's for
 * feedback): `legalClocks.remindDaysBefore` days ahead, or sooner when the
 * time given is short, `legalClocks.remindShare` of it ahead (a day before
 * a 72-hour service level, an hour before a 4-hour one), on the hour. None
 * when that would fall in the hour the time started: the email that handed
 * the case over names the deadline already.
 */
export function reminderAt(config: Config, from: string | Date, due: string | Date): Date | undefined {
  const start = startOfHour(new Date(from)).getTime();
  const end = new Date(due).getTime();
  const share = Math.floor(((end - start) * config.legalClocks.remindShare) / HOUR_MS) * HOUR_MS;
  const lead = Math.min(config.legalClocks.remindDaysBefore * DAY_MS, share);
  const at = startOfHour(new Date(end - lead)).getTime();
  return lead > 0 && at > start && at < end ? new Date(at) : undefined;
}

/**
 * When the current holder's time to acknowledge began: a fresh service
 * level is set whenever a case reaches someone (raised, climbed, handed
 * over, moved by an answer), so it is that level's hours before its due
 * time, never before the case was raised.
 */
export function holderSince(config: Config, e: Pick<Escalation, 'raisedAt' | 'slaDueAt' | 'urgent'>): Date {
  const since = Date.parse(e.slaDueAt) - slaHours(config, e.urgent) * HOUR_MS;
  return new Date(Math.max(since, startOfHour(new Date(e.raisedAt)).getTime()));
}

/**
 * The reminder owed to whoever holds an unacknowledged case: of the deadline
 * that binds them (the one the desk, `/ack` and the escalation email show,
 * at which the sweep climbs it), or undefined when none is owed.
 */
export function acknowledgeReminder(
  config: Config,
  e: Pick<Escalation, 'caseKey' | 'raisedAt' | 'slaDueAt' | 'urgent' | 'status'> &
    Partial<Pick<Escalation, 'acknowledgedAt'>>,
): { at: Date; due: { at: string; legal: boolean } } | undefined {
  if (e.status !== 'raised') return undefined;
  const due = acknowledgeDeadline(config, e);
  const at = reminderAt(config, holderSince(config, e), due.at);
  return at ? { at, due } : undefined;
}
