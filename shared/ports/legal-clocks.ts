/**
 * The legal clocks of escalated cases (EU Whistleblowing Directive, art. 9:
 * acknowledge within 7 days, feedback within 3 months of that): the
 * reminders and deadlines still ahead, and the deadlines passed while the
 * case is still waiting. Times are whole hours, deadlines whole days.
 */

export type { LegalDeadline } from '../domain/deadlines';
import type { LegalDeadline } from '../domain/deadlines';

/**
 * What a clock event is for: a deadline the law sets, or `act`: an urgent case acknowledged and nothing yet
 * done on it (no message to the employee, hand-over, answer or close). Its `reminder` stage, one urgent
 * service level after the acknowledgement, reminds the holder; its `passed` stage, one more later, tells the
 * one after them (`chaseActedOn`). Not the law's: never kept as passed, never on the employee's page.
 */
export type ClockDeadline = LegalDeadline | 'act';

/** A moment the sweep acts on: a reminder before a deadline, or the deadline itself. */
export interface ClockEvent {
  escalationId: string;
  deadline: ClockDeadline;
  stage: 'reminder' | 'passed';
  /** ISO instant on the hour: when the sweep acts. */
  at: string;
  /** `YYYY-MM-DD` (UTC): the deadline's day, as people are told it. */
  day: string;
}

/** A deadline that has passed while the case still waits for it. */
export interface PassedDeadline {
  escalationId: string;
  deadline: LegalDeadline;
  day: string;
}

export interface LegalClocks {
  /** Schedules events (again: the same event twice is one); each expires with its escalation. */
  schedule(events: ClockEvent[], expiresAt: Date): Promise<void>;
  /** Events due by `instant`, oldest first, at most `limit`. */
  dueBy(instant: Date, limit: number): Promise<ClockEvent[]>;
  /** Events due after `from` and by `to`: deadlines coming up, for the digest. */
  between(from: Date, to: Date): Promise<ClockEvent[]>;
  /** The event is dealt with: it is no longer due. */
  remove(event: ClockEvent): Promise<void>;
  /** Records a passed deadline until the case meets it (`met`). */
  recordPassed(passed: PassedDeadline, expiresAt: Date): Promise<void>;
  /** The case has now been acknowledged, or answered: that deadline is no longer outstanding. */
  met(escalationId: string, deadline: LegalDeadline): Promise<void>;
  /** Every deadline passed and not yet met. */
  listPassed(): Promise<PassedDeadline[]>;
}
