import { recipientsAt } from '../domain/escalation';
import { escalationLink } from '../domain/escalation-link';
import { acknowledgeReminder } from '../domain/reminders';
import { openEscalations, type OpenEscalations } from './open-escalations';
import type { EscalationDeps } from './raise-escalation';
import { sendToEach } from './send-to-each';
import { reportMailFailure } from './mail-failure';
import { sendOrClimb } from './climb-past-refused';
import { climbTogetherPastRefused } from './deliver-unsent';
import type { Escalation } from '../domain/escalation';
import { byReaders, casesEvent, tellTogether, type ReadersCases } from './marked-urgent-summary';
import { aloneUpTo, overflowOf, type Overflow } from './urgent-words-allowance';

/** The level past which a case climbs no further: the leadership list is told again instead. */
const TOP_LEVEL = 2;

/**
 * Run by the sweep, after it has climbed what is overdue: whoever holds an
 * unacknowledged case is reminded, once, before the deadline at which it
 * would climb, the one their desk, `/ack` and escalation email name (the
 * service level's, or the law's when that falls first), at `reminderAt`'s
 * lead. A case that reaches someone new (climbed, handed over, moved) owes
 * its new holder a reminder of their own deadline. At the top (the
 * leadership list) only the law's deadline is reminded of: the service
 * level's there repeats the case's email, itself a reminder. The email names the
 * deadline and the matter, as the escalation email did: nothing about who
 * wrote it, nor when they answered.
 */
export async function remindBeforeClimb(
  deps: EscalationDeps,
  open: OpenEscalations = openEscalations(deps),
): Promise<{ reminded: number; failed: number }> {
  const now = deps.clock.now();
  const result = { reminded: 0, failed: 0 };
  const together: Record<Overflow, { escalation: Escalation; reminder: string }[]> = { ticked: [], words: [] };
  // A holder's deadline is never later than their service level, set at most that many hours from now: all listed.
  for (const escalation of await open.list()) {
    const owed = acknowledgeReminder(deps.config, escalation);
    if (!owed || owed.at.getTime() > now.getTime() || Date.parse(owed.due.at) <= now.getTime()) continue;
    // At the top the service level's deadline climbs nowhere: it tells leadership again, itself the reminder.
    if (escalation.level >= TOP_LEVEL && !owed.due.legal) continue;
    // The holder and their deadline name it: every later or concurrent sweep finds each reader already told.
    const reminder = `remind:${escalation.id}:acknowledge:${escalation.level}:${escalation.sponsorId}:${owed.due.at}`;
    // Told already, as the case itself says: no read of the email ledger on every sweep until the deadline.
    if (escalation.remindedFor === reminder) continue;
    // Only marked urgent by its sender, or urgent in its words: reminded with the holder's others of its kind
    // in this sweep, in one email when they are many (`aloneUpTo`).
    const kind = overflowOf(deps, escalation);
    if (kind) {
      together[kind].push({ escalation, reminder });
      continue;
    }
    await remindOne(deps, escalation, reminder, owed, result);
  }
  for (const kind of ['words', 'ticked'] as const) {
    const reminderOf = new Map(together[kind].map((m) => [m.escalation, m.reminder]));
    for (const group of byReaders(deps, [...reminderOf.keys()])) {
      const reminders = group.escalations.map((e) => reminderOf.get(e)!);
      if (group.escalations.length <= aloneUpTo(deps, kind)) {
        for (const [i, escalation] of group.escalations.entries())
          await remindOne(deps, escalation, reminders[i]!, acknowledgeReminder(deps.config, escalation)!, result);
        continue;
      }
      await remindTogether(deps, group, reminders, kind, result);
    }
  }
  return result;
}

/** Reminds the holder of `group`'s cases in one email, then notes each reminded (once every reader was told). */
async function remindTogether(
  deps: EscalationDeps,
  group: ReadersCases,
  reminders: string[],
  kind: Overflow,
  result: { reminded: number; failed: number },
): Promise<void> {
  try {
    if ((await tellTogether(deps, group, 'reminder', casesEvent('remind', group, reminders), kind)) > 0)
      result.reminded += group.escalations.length;
  } catch (error) {
    // Their address refused for good: the cases climb at once, as on a first escalation, and whoever holds them
    // next is told of them together, as new (one email, not one each: `climbTogetherPastRefused`).
    try {
      await climbTogetherPastRefused(deps, group, kind, error, 'remind');
    } catch (still) {
      reportMailFailure(deps, 'remind', still);
      result.failed += 1;
    }
    return;
  }
  for (const [i, escalation] of group.escalations.entries())
    await deps.escalations.markReminded(escalation.id, reminders[i]!).catch(() => undefined);
}

/** Reminds the holder of one case in an email of its own, then notes it reminded (once every reader was told). */
async function remindOne(
  deps: EscalationDeps,
  escalation: Escalation,
  reminder: string,
  owed: NonNullable<ReturnType<typeof acknowledgeReminder>>,
  result: { reminded: number; failed: number },
): Promise<void> {
  const occasion = { kind: 'acknowledge-near' as const, due: owed.due, top: escalation.level >= TOP_LEVEL };
  let now: Escalation;
  try {
    // A holder whose address the mail service refuses for good never reads a reminder: the case climbs at once,
    // as on its first escalation, and whoever takes it is told it as new, with a deadline of their own to be
    // reminded of (`sendOrClimb`, not sent again).
    now = await sendOrClimb(
      deps,
      escalation,
      'remind',
      async (holder) => {
        const emails = recipientsAt(deps.config, holder.sponsorId, holder.level, holder.reroute?.bypassed).emails;
        const link = escalationLink(deps.config, holder, deps.publicUrl, deps.clock.now(), deps.linkSigningKey);
        // Loaded on the first email: a sweep with nothing to send never reads the renderers or their catalogues (docs/performance-log.md, "2026-12-03: built-ins as CommonJS").
        const { conversationEmail } = await import('../email/conversation-email');
        const told = await sendToEach(deps, reminder, emails, (reader) =>
          conversationEmail(deps.config, holder, [reader], link, occasion),
        );
        if (told > 0) result.reminded += 1;
      },
      { again: false },
    );
  } catch (error) {
    reportMailFailure(deps, 'remind', error);
    result.failed += 1; // one failing email must not hold up the other reminders
    return;
  }
  // Climbed past a refused address: the reminder was for a holder who no longer has the case.
  if (now.level !== escalation.level) return;
  // Only once every reader was told. A mark that fails to be written costs the next sweep one ledger read, no email.
  await deps.escalations.markReminded(escalation.id, reminder).catch(() => undefined);
}
