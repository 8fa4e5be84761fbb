import { fullTimeFrom, hourStamp, recipientsAt, slaHours, type Escalation } from '../domain/escalation';
import { AddressRefusedError } from '../ports/mailer';
import { notify, UNREACHABLE, type EscalationDeps } from './raise-escalation';
import { EmailInFlightError, PartlyReachedError } from './send-to-each';

/** The level past which a case climbs no further: the leadership list. */
export const TOP_LEVEL = 2;

/**
 * Why a case climbs, as its trail says it: `unreachable`, the holder's address was refused; `untold`, its
 * deadline passed while the mail service kept failing and its holder was never told (both tell the next
 * holder as new, the first to hear of it); `overdue`, its holder was told and did not acknowledge in time.
 */
const WHY = {
  overdue: 'not acknowledged in time',
  unreachable: UNREACHABLE,
  untold: `${UNREACHABLE} before its deadline`,
} as const;

/**
 * Emails whoever holds the escalation at its level, unless they were told. If the mail service refuses
 * them, the case climbs at once to the next level (sponsor → backup → leadership list), and that move is
 * kept (once per level, "could not be emailed" in its trail) before the next holder is emailed, so what a
 * run learned is not lost when the next address is refused too: the same run goes on up until someone
 * accepts it or the top is reached. At the top every address of the list is tried (`sendToEach`).
 * True once its holder was told; false when another attempt is sending it or another sweep moved it.
 * Throws when nobody at the top could be emailed (the case waits there, and the caller counts a failure),
 * or when only some of a list were (`PartlyReachedError`: the rest are tried again at the next run).
 */
export async function reachHolder(deps: EscalationDeps, escalation: Escalation): Promise<boolean> {
  let holder = escalation;
  for (;;) {
    try {
      await notify(deps, holder);
      return true;
    } catch (error) {
      // Its queue message is sending it right now: that attempt finishes it, or the next run does.
      if (error instanceof EmailInFlightError) return false;
      // Someone at this level has it: it stays with them, the readers not reached are tried again.
      if (error instanceof PartlyReachedError) throw error;
      if (holder.level >= TOP_LEVEL) {
        // Every address of its ladder refused for good: the sponsors past it, rather than nobody.
        if (error instanceof AddressRefusedError && holder.urgent && (await pastTheLadder(deps, holder))) return true;
        throw error;
      }
      // Only a refused address is climbed past; a failure of the mail service itself waits for the next sweep.
      if (!(error instanceof AddressRefusedError)) throw error;
      const moved = await moveUp(deps, holder, 'unreachable');
      if (!moved) return false;
      holder = moved;
    }
  }
}

/** Tries the sponsors past a refused ladder (`reach-past-refused-chain.ts`), loaded only when it happens. */
async function pastTheLadder(deps: EscalationDeps, escalation: Escalation): Promise<boolean> {
  const { reachPastRefusedChain } = await import('./reach-past-refused-chain');
  return reachPastRefusedChain(deps, escalation);
}

/**
 * Moves an escalation up one level, noting why in its trail: an unacknowledged one with a fresh service
 * level; an acknowledged one whose holder could not be emailed (after a hand-over) with none;
 * its new holder is not emailed here (`reachHolder` does, and any run after a crash between the two:
 * the new level is kept as not yet emailed). Undefined if another run moved it first.
 */
export async function moveUp(
  deps: EscalationDeps,
  escalation: Escalation,
  why: keyof typeof WHY,
): Promise<Escalation | undefined> {
  const now = deps.clock.now();
  const to = Math.min(escalation.level + 1, TOP_LEVEL);
  const label = recipientsAt(deps.config, escalation.sponsorId, to, escalation.reroute?.bypassed).names;
  const entry = {
    at: hourStamp(now),
    event: 're-escalated' as const,
    detail: `${WHY[why]}; now with ${label}`,
  };
  // Acknowledged and handed on to someone who could not be emailed: no deadline to give, only someone to reach.
  if (escalation.status !== 'raised') {
    // Refused for good, it moves even if its holder was emailed before (an answer, a clock email refused later).
    if (
      !(await deps.escalations.passOnUntold(escalation.id, escalation.level, to, entry, {
        refused: why === 'unreachable',
      }))
    )
      return undefined;
    return { ...escalation, level: to, audit: [...escalation.audit, entry] };
  }
  // The full time from the climb, on the hour like every time an escalation keeps (as after a hand-over).
  const due = fullTimeFrom(now, slaHours(deps.config, escalation.urgent));
  if (!(await deps.escalations.raiseLevel(escalation.id, escalation.level, to, due, entry))) return undefined;
  return { ...escalation, level: to, slaDueAt: due, audit: [...escalation.audit, entry] };
}
