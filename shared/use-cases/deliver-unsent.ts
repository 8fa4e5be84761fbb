import type { Escalation } from '../domain/escalation';
import type { CaseStatus } from '../domain/feedback';
import { openEscalations, type OpenEscalations } from './open-escalations';
import { markPassedOn, untoldPastItsDeadline, type EscalationDeps } from './raise-escalation';
import { startAcknowledgeClock } from './legal-clocks';
import { moveUp, reachHolder, TOP_LEVEL } from './reach-holder';
import { PartlyReachedError } from './send-to-each';
import { mailFailureOf, reportMailFailure } from './mail-failure';
import { holderIdOf, hourStamp } from '../domain/escalation';
import { AddressRefusedError } from '../ports/mailer';
import {
  byReaders,
  emailedEntry,
  newCasesEvent,
  tellTogether,
  wordsCasesEvent,
  type ReadersCases,
} from './marked-urgent-summary';
import { allowanceOf, overflowOf, type Overflow } from './urgent-words-allowance';

/**
 * Run by the sweep before anything climbs for being overdue: an escalation
 * whose holder has not been emailed (the mail service failed every try of
 * its queue message, which waits in the escalation DLQ) is not left until its
 * deadline. Its holder is emailed again; if their address is refused, it climbs at
 * once to the next level (sponsor → backup → leadership), told it as new,
 * with "could not be emailed" in its trail, and on up in the same sweep until
 * someone accepts it (`reachHolder`); each move is kept, so the next sweep
 * starts where this one stopped. A failure of the mail service itself
 * (throttled, down) leaves it with its holder, counted as failed, until a
 * later sweep sends it or its deadline climbs it. What nobody, up to every address of the
 * leadership list, can be emailed about is counted as failed, which raises
 * the sweep's alarm for the operator. The case shows "escalated" only once an
 * email was accepted; one emailed whose
 * case still says it is being passed on (that status write failed, and no
 * queue message is left to retry it) is moved on here, at every sweep until it
 * is. Only escalations not yet seen passed on (`passedOnShown`) have their case
 * read: an all-hands' open cases cost no read each, every run.
 */
export async function deliverUnsent(
  deps: EscalationDeps,
  open: OpenEscalations = openEscalations(deps),
): Promise<{ delivered: number; repaired: number; failed: number }> {
  const result = { delivered: 0, repaired: 0, failed: 0 };
  const together: Record<Overflow, Escalation[]> = { ticked: [], words: [] };
  const spentOut = new Set<string>();
  for (const escalation of await open.list()) {
    // Its deadline gone by untold: the climb, right after, tells it on once (never "overdue since" here first).
    if (untoldPastItsDeadline(escalation, deps.clock.now())) continue;
    try {
      if (escalation.notifiedLevel < escalation.level) {
        const past = await pastTheHoursEmails(deps, escalation, spentOut);
        if (past) together[past].push(escalation);
        else if (await deliver(deps, escalation)) result.delivered += 1;
      } else if (await catchUpPassedOn(deps, escalation)) result.repaired += 1;
    } catch (error) {
      reportMailFailure(deps, 'deliver', error);
      result.failed += 1; // one that cannot be sent (or read) must not hold up the others
    }
  }
  for (const [kind, group] of OVERFLOWS.flatMap((k) => byReaders(deps, together[k]).map((g) => [k, g] as const))) {
    try {
      result.delivered += await deliverTogether(deps, group, kind);
    } catch (error) {
      reportMailFailure(deps, 'deliver', error);
      result.failed += 1;
    }
  }
  return result;
}

/** Those urgent in their words first (one email a sweep), as their lanes come first; then the ticked ones'. */
const OVERFLOWS: readonly Overflow[] = ['words', 'ticked'];

/**
 * Only marked urgent by its sender, or urgent in its words, and told with the others of its kind in one
 * email (which kind it returns): raised in an hour gone by (its hour's count is forgotten, and a flood left
 * over must not spend the new hour's emails one by one), or its holder has had this hour's emails one by one
 * about such reports (`MarkedUrgentAllowance`, spent by the escalate stage and here alike). One whose email
 * failed in a quiet hour still goes on its own. `spentOut` holds the allowances this sweep found spent, so a
 * flood of a thousand left over costs one count per holder, not a thousand writes to the rate state.
 */
async function pastTheHoursEmails(
  deps: EscalationDeps,
  escalation: Escalation,
  spentOut: Set<string>,
): Promise<Overflow | undefined> {
  const kind = overflowOf(deps, escalation);
  if (!kind) return undefined;
  if (escalation.raisedAt < hourStamp(deps.clock.now())) return kind;
  const holder = holderIdOf(deps.config, escalation);
  if (spentOut.has(`${kind}\n${holder}`)) return kind;
  if (await allowanceOf(deps, kind).spend(holder)) return undefined;
  spentOut.add(`${kind}\n${holder}`);
  return kind;
}

/**
 * Tells a holder, in one email, of every case of `kind` left untold past their emails one by one, then notes
 * each emailed at its level and its case passed on, as `notify` does one alone. One email each sweep, so each
 * reaches its holder within the sweep's minutes: only marked urgent, counted; urgent in their words, listing
 * their texts, a single one in its own email, as if no flood had come. An address refused is climbed
 * past case by case (`reachHolder`), as one alone would be; a failure of the mail service leaves them all for
 * the next sweep.
 */
async function deliverTogether(deps: EscalationDeps, group: ReadersCases, kind: Overflow): Promise<number> {
  const now = deps.clock.now();
  if (kind === 'words' && group.escalations.length === 1) return (await deliver(deps, group.escalations[0]!)) ? 1 : 0;
  try {
    // Told now, or every reader had this very email already (a crash after it): the cases are told either way.
    await tellTogether(deps, group, 'new', kind === 'words' ? wordsCasesEvent(group) : newCasesEvent(group), kind);
  } catch (error) {
    return climbTogetherPastRefused(deps, group, kind, error);
  }
  for (const escalation of group.escalations) {
    await deps.escalations.markNotified(escalation.id, escalation.level, emailedEntry(group, now));
    await markPassedOn(deps, escalation).catch(() => undefined);
  }
  return group.escalations.length;
}

/**
 * An escalation emailed to its holder whose case still reads "being passed to a senior leader… not
 * reached them yet": it is done as its queue message's retry would, the deadline on the thread first,
 * then "a senior leader has it". True if the case was behind. One read of the case per emailed one
 * not yet seen passed on; a case found passed on is noted so, and not read again.
 */
async function catchUpPassedOn(deps: EscalationDeps, escalation: Escalation): Promise<boolean> {
  if (!escalation.caseKey || escalation.passedOnShown) return false;
  const status = (await deps.cases.findCase(escalation.caseKey))?.status;
  if (status === 'forwarding') {
    await startAcknowledgeClock(deps, escalation);
    await markPassedOn(deps, escalation);
    return true;
  }
  // Not yet being passed on ("received", "analysed"), or no longer kept: left as it was, and read again next time.
  if (status && PASSED_ON.includes(status)) await deps.escalations.markPassedOnShown(escalation.id);
  return false;
}

/** What a case says once a senior leader has it, or later. */
const PASSED_ON: readonly CaseStatus[] = ['escalated', 'acknowledged', 'responded'];

/**
 * The holder of `group`'s cases (all of `kind`) refused for good on the one email about them (`error`): every
 * case climbs past them at once, "could not be emailed" in its trail, and whoever holds them next is told of
 * them together, as their holder would have been (`deliverTogether`: one email, or a lone case its own), on up
 * past each refused address. Case by case, a flood kept out of one inbox would reach the next one by one. At
 * the top, with no one past the list, `error` is thrown: the sweep counts a failure and tries again. Returns
 * how many cases their new holders were told of.
 */
export async function climbTogetherPastRefused(
  deps: EscalationDeps,
  group: ReadersCases,
  kind: Overflow,
  error: unknown,
  step = 'deliver',
): Promise<number> {
  if (!(error instanceof AddressRefusedError) || group.escalations.some((e) => e.level >= TOP_LEVEL)) throw error;
  deps.mailFailed?.(mailFailureOf(step, error));
  const moved: Escalation[] = [];
  for (const escalation of group.escalations) {
    const up = await moveUp(deps, escalation, 'unreachable');
    if (up) moved.push(up);
  }
  let delivered = 0;
  for (const next of byReaders(deps, moved)) delivered += await deliverTogether(deps, next, kind);
  return delivered;
}

async function deliver(deps: EscalationDeps, escalation: Escalation): Promise<boolean> {
  try {
    if (!(await reachHolder(deps, escalation))) return false;
  } catch (error) {
    // Some of the leadership list has it: a senior leader has it, though the others are tried again (a failure).
    if (error instanceof PartlyReachedError) await markPassedOn(deps, escalation).catch(() => undefined);
    throw error;
  }
  // The email went: a failed status write must not count as a failed delivery, nor be lost: the next sweep
  // finds the case emailed and its status behind, and moves it on (`catchUpPassedOn`).
  await markPassedOn(deps, escalation).catch(() => undefined);
  return true;
}
