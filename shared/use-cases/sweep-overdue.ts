import { fullTimeFrom, hourStamp, recipientsAt, slaHours } from '../domain/escalation';
import type { Escalation } from '../domain/escalation';
import { openEscalations, type OpenEscalations } from './open-escalations';
import { notify, type EscalationDeps } from './raise-escalation';

const TOP_LEVEL = 2;

/**
 * The SLA sweep, run on a schedule: every unacknowledged escalation past its
 * due time moves up a level (sponsor → backup → leadership) with a fresh
 * SLA, and whoever is now responsible is emailed. At the top level the
 * leadership list is reminded once per SLA period. Each step is recorded in
 * the audit trail; two sweeps running at once move an escalation only once.
 */
export async function sweepOverdue(
  deps: EscalationDeps,
  open: OpenEscalations = openEscalations(deps),
): Promise<{ moved: number; failed: number }> {
  const now = deps.clock.now().getTime();
  let moved = 0;
  let failed = 0;
  // Every one overdue, however many: one left for a later run waits a sweep longer than its deadline.
  const overdue = (await open.list()).filter((e) => Date.parse(e.slaDueAt) < now);
  for (const escalation of overdue) {
    try {
      if (await climb(deps, escalation)) moved += 1;
    } catch {
      failed += 1; // one failing email must not hold up the other overdue escalations
    }
  }
  return { moved, failed };
}

/**
 * Moves one unacknowledged escalation up a level, with a fresh SLA, and
 * emails whoever is now responsible; false if another sweep moved it first.
 * Run when the deadline that binds it passes (`acknowledgeDeadline`): its
 * service level's (`sweepOverdue`), or the law's when that falls first
 * (`sweepLegalClocks`), so a case climbs exactly when the desk calls it
 * overdue.
 */
export async function climb(
  deps: EscalationDeps,
  escalation: Escalation,
  /** `unreachable`: its holder could not be emailed at all (`deliverUnsent`), so the next one is told it as new. */
  why: 'overdue' | 'unreachable' = 'overdue',
): Promise<boolean> {
  const now = deps.clock.now();
  const to = Math.min(escalation.level + 1, TOP_LEVEL);
  // The full time from the climb, on the hour like every time an escalation keeps (as after a hand-over).
  const due = fullTimeFrom(now, slaHours(deps.config, escalation.urgent));
  const label = recipientsAt(deps.config, escalation.sponsorId, to, escalation.reroute?.bypassed).names;
  const unreachable = why === 'unreachable';
  const entry = {
    at: hourStamp(now),
    event: 're-escalated' as const,
    detail: `${unreachable ? 'could not be emailed' : 'not acknowledged in time'}; now with ${label}`,
  };
  // The email first: if it fails, nothing has moved and the next sweep
  // tries again, rather than leaving the escalation at a level whose
  // person was never told. (A reminder at the top level is a new
  // notification at the same level.)
  await notify(
    deps,
    {
      ...escalation,
      level: to,
      slaDueAt: due,
      notifiedLevel: to === escalation.level ? to - 1 : escalation.notifiedLevel,
    },
    // Already with the leadership list: told again that it waits, never as if it had just climbed to them.
    unreachable ? 'new' : to === escalation.level ? 'still-overdue' : 'overdue',
    // The overdue due time names this climb: the next sweep retrying it tells only the readers not yet told.
    `esc:${escalation.id}:${why}:${escalation.level}:${to}:${escalation.slaDueAt}`,
  );
  return deps.escalations.raiseLevel(escalation.id, escalation.level, to, due, entry);
}
