import { fullTimeFrom, hourStamp, recipientsAt, slaHours } from '../domain/escalation';
import type { Escalation } from '../domain/escalation';
import { openEscalations, type OpenEscalations } from './open-escalations';
import { notify, pastItsDeadline, type EscalationDeps } from './raise-escalation';
import { moveUp, reachHolder, TOP_LEVEL } from './reach-holder';
import { reportMailFailure } from './mail-failure';
import { climbTogetherPastRefused } from './deliver-unsent';
import { aloneUpTo, overflowOf, type Overflow } from './urgent-words-allowance';
import { byReaders, casesEvent, emailedEntry, tellTogether, type ReadersCases } from './marked-urgent-summary';

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
  const now = deps.clock.now();
  let moved = 0;
  let failed = 0;
  // Every one overdue, however many: one left for a later run waits a sweep longer than its deadline.
  const overdue = (await open.list()).filter((e) => pastItsDeadline(e, now));
  const together: Record<Overflow, Escalation[]> = { ticked: [], words: [] };
  for (const escalation of overdue) {
    try {
      // Only marked urgent by its sender, or urgent in its words: it climbs now, and its new holder is told
      // with the sweep's others of its kind (in one email when they are many: `aloneUpTo`).
      const kind = overflowOf(deps, escalation);
      if (kind && escalation.level < TOP_LEVEL) {
        const climbed = await moveUp(
          deps,
          escalation,
          escalation.notifiedLevel < escalation.level ? 'untold' : 'overdue',
        );
        if (climbed) together[kind].push(climbed);
      } else if (await climb(deps, escalation)) moved += 1;
    } catch (error) {
      reportMailFailure(deps, 'climb', error);
      failed += 1; // one failing email must not hold up the other overdue escalations
    }
  }
  for (const kind of ['words', 'ticked'] as const)
    for (const group of byReaders(deps, together[kind])) {
      moved += group.escalations.length;
      // Few enough: each told on its own, as if no flood had come; one failing must not hold up the others.
      const alone = group.escalations.length <= aloneUpTo(deps, kind);
      for (const part of alone ? group.escalations.map((e) => [e]) : [group.escalations]) {
        try {
          if (alone) await reachHolder(deps, part[0]!);
          else await tellClimbed(deps, { ...group, escalations: part }, kind);
        } catch (error) {
          reportMailFailure(deps, 'climb', error);
          failed += 1;
        }
      }
    }
  return { moved, failed };
}

/**
 * Tells the new holder of several cases of `kind` that climbed to them in this sweep in one email
 * (`tellTogether`), each then noted emailed at its new level. The moves are kept
 * first, so a failure leaves them untold at their new level for the next sweep (`deliverUnsent`); past an
 * address refused for good they climb on together (`climbTogetherPastRefused`).
 */
async function tellClimbed(deps: EscalationDeps, group: ReadersCases, kind: Overflow): Promise<void> {
  const now = deps.clock.now();
  const where = group.escalations.map((e) => `${e.id}:${e.level}:${e.slaDueAt}`);
  try {
    await tellTogether(deps, group, 'climbed', casesEvent('climbed', group, where), kind);
  } catch (error) {
    // Refused for good: they climb on together, and their next holder is told of them in one email too.
    await climbTogetherPastRefused(deps, group, kind, error, 'climb');
    return;
  }
  for (const escalation of group.escalations)
    await deps.escalations.markNotified(escalation.id, escalation.level, emailedEntry(group, now));
}

/**
 * Moves one unacknowledged escalation up a level, with a fresh SLA, and
 * emails whoever is now responsible; false if another sweep moved it first.
 * Run when the deadline that binds it passes (`acknowledgeDeadline`): its
 * service level's (`sweepOverdue`), or the law's when that falls first
 * (`sweepLegalClocks`), so a case climbs exactly when the desk calls it
 * overdue, whether or not its holder could be emailed. The move is kept
 * before the email: a new holder whose address is refused is climbed past at
 * once (`reachHolder`), and one a crash or a failing mail service left untold
 * is emailed by the next sweep (`deliverUnsent`). Throws, the move kept, when
 * the new holder could not be emailed and was not climbed past.
 */
export async function climb(deps: EscalationDeps, escalation: Escalation): Promise<boolean> {
  if (escalation.level >= TOP_LEVEL) return remindLeadership(deps, escalation);
  // Never told (the mail service failed until the deadline): it climbs all the same, and the next holder is
  // told it as new, since nobody before them heard of it.
  const moved = await moveUp(deps, escalation, escalation.notifiedLevel < escalation.level ? 'untold' : 'overdue');
  if (!moved) return false;
  await reachHolder(deps, moved);
  return true;
}

/**
 * Already with the leadership list: told again that it waits, never as if it had just climbed to them,
 * once per service level; a leader never told of it (refused, or the mail service down since the climb)
 * is told by this email alone, with the deadline that now binds them (`untoldPastItsDeadline`). The email first: if it fails, the deadline has not moved and the next sweep
 * tries again (telling only the readers not yet told).
 */
async function remindLeadership(deps: EscalationDeps, escalation: Escalation): Promise<boolean> {
  const now = deps.clock.now();
  const due = fullTimeFrom(now, slaHours(deps.config, escalation.urgent));
  const level = escalation.level;
  const label = recipientsAt(deps.config, escalation.sponsorId, level, escalation.reroute?.bypassed).names;
  const entry = {
    at: hourStamp(now),
    event: 're-escalated' as const,
    detail: `not acknowledged in time; now with ${label}`,
  };
  await notify(
    deps,
    { ...escalation, slaDueAt: due, notifiedLevel: level - 1 },
    'still-overdue',
    // The overdue due time names this reminder: the next sweep retrying it tells only the readers not yet told.
    `esc:${escalation.id}:overdue:${level}:${level}:${escalation.slaDueAt}`,
  );
  return deps.escalations.raiseLevel(escalation.id, level, level, due, entry);
}
