import { createHash } from 'node:crypto';
import {
  answerHour,
  fullTimeFrom,
  holderIdOf,
  hourStamp,
  isUrgent,
  recipientsAt,
  rerouteForAnswer,
  slaHours,
  type AuditEntry,
  type Escalation,
  type EscalationMessage,
} from '../domain/escalation';
import { acknowledgedByClose, leadershipReaders, type DeskCase } from '../domain/case-desk';
import type { Config } from '../config/schema';
import { escalationLink } from '../domain/escalation-link';
import { dayInZone, endOfZoneDay } from '../domain/zone-day';
import { send, type EscalationDeps } from './raise-escalation';
import { sendToEach } from './send-to-each';
import { acknowledgementUndone } from './legal-clocks';
import { takeOffPatterns } from './take-off-patterns';
import { reportMailFailure } from './mail-failure';
import { sendOrClimb } from './climb-past-refused';

/**
 * An employee answered in their case's conversation. Never a new
 * escalation: the case's own one, with its route and everyone it goes
 * around, is all the answer can change.
 * - An answer that names sponsors (read in its raw text by analysis) makes
 *   the case go around them too; if it names whoever holds the case, the
 *   case moves on as a first report naming them would, the new holder is
 *   sent it, and every link the old holder has stops opening it. For an
 *   ordinary answer that happens once its hour is over, with its email
 *   (the move would date it otherwise); for an urgent one, at once.
 * - An urgent answer re-escalates the same case: it becomes urgent, with
 *   the short SLA if still unacknowledged, and its holder is told at once.
 *   So is any answer in a case urgent already, unless it only says all is
 *   well (`inUrgentCase`, decided by analysis from the case's thread).
 * - Whoever holds it then is sent the answer (redacted) with a link for them
 *   alone; never a sponsor it goes around. An ordinary answer is held until
 *   its hour is over and sent by the sweep with the hour's others; an urgent
 *   one at once. A case past retention is told nothing. A retried message
 *   tells each reader once (`sendToEach`); it is never lost.
 */
export async function notifyThreadAnswer(deps: EscalationDeps, message: EscalationMessage): Promise<boolean> {
  let escalation = await deps.escalations.get(message.escalationId);
  if (!escalation) return false;
  // A case closed since the employee sent it still gets it: the intake accepted it before the close (it
  // refuses every answer after one) and told the employee it was sent. It reopens when the answer is told.
  // An objection names whoever holds the case now: it goes around them as an answer naming them would.
  const named = message.objection ? objectedTo(deps.config, escalation) : (message.namedSponsors ?? []);
  const urgent =
    !message.objection &&
    isUrgent(deps.config, { ...message, reasons: message.reasons.filter((r) => r !== 'requested') });
  // An answer in a case that is urgent already (and not only saying all is well) is told at once, as an urgent one.
  const atOnce = urgent || (!message.objection && message.inUrgentCase === true);
  const words = message.objection ? OBJECTION : message.redactedText;
  if (!atOnce && deps.answerNotices) {
    // Held for the hour, and so is any move it causes: an email now, or the case leaving its
    // holder's desk now, would tell when the employee wrote (`rerouteHeldAnswers`, `sendHeldAnswers`).
    const hour = answerHour(message.hour, deps.clock.now());
    await deps.answerNotices.hold(
      escalation.id,
      hour,
      words,
      new Date(Date.parse(hour) + HELD_FOR_DAYS * 86_400_000),
      named,
      message.answerId,
      // Where the answer's notice is marked held, then sent: a copy of the answer coming later tells no one again.
      message.caseKey,
    );
    return true;
  }
  // An urgent answer acts at once: around whom it names, and whom answers still held for the hour name,
  // so no one named is sent it while the case waits for that hour to move.
  const waiting = atOnce && deps.answerNotices ? await deps.answerNotices.namedWaiting(escalation.id) : [];
  // Whoever it moves to has their full time to acknowledge, counted from the end of the answer's day, never its hour.
  const endOfDay = endOfZoneDay(dayInZone(deps.clock.now(), deps.config.timezone), deps.config.timezone);
  // Urgent before it moves: whoever it moves to is sent the case with the deadline it keeps (the
  // short one), the same their desk and `/ack` show, never a longer one shortened after the email.
  const reopened = await reopenIfClosed(deps, escalation);
  if (reopened) escalation = reopened;
  if (urgent) escalation = await makeUrgent(deps, escalation);
  // Details texted minutes after an urgent report, naming its holder: the case's time is counted from the hour it
  // was raised, which the holder was told already, not from the end of the day (a fire's four hours became about
  // twenty-five: attack round 28, F14). Only while that leaves time to act; else as for any answer.
  const fromRaised =
    message.followUp === true && escalation.urgent && escalation.status === 'raised'
      ? new Date(escalation.raisedAt)
      : undefined;
  const movesFrom =
    fromRaised && Date.parse(fullTimeFrom(fromRaised, slaHours(deps.config, true))) > deps.clock.now().getTime()
      ? fromRaised
      : endOfDay;
  escalation = await goAroundNamed(deps, escalation, [...new Set([...named, ...waiting])], movesFrom);
  // Its holder had closed it: they may take it as done and not look again, so the one after them is sent it too.
  const copy = atOnce && (reopened !== undefined || (escalation as DeskCase).reopenNotTold === true);
  // The holder first: if their address is refused for good the case climbs, often to that very backup, who
  // then reads the answer once, as its holder with the case's link, never again as a copy. The case keeps
  // that it reopened until both went, so a retry after a failure still sends both, each once.
  const holderNow = await tellHolder(deps, escalation, { answers: [words], ids: idsOf(message) }, atOnce, {
    keepReopened: copy,
  });
  if (copy) {
    await tellBackup(deps, escalation, holderNow, message);
    await deps.routing?.reopenTold(escalation.id);
  }
  return true;
}

/**
 * An urgent answer reopened a case its holder had closed (attack round 19, G: a knife threat sent in the
 * close's hour reached no one): the one after the holder (their backup, else the leadership list) is sent
 * it too, told whose case it still is, with no link (it opens the case for its holder alone). Never anyone
 * the case goes around, nor the holder again, nor whoever holds it now (`holderNow`: the case climbed past a
 * holder refused for good, and they were sent the answer as its holder). Once per answer and reader, however
 * often delivered.
 */
async function tellBackup(
  deps: EscalationDeps,
  escalation: Escalation,
  holderNow: Escalation,
  message: EscalationMessage,
) {
  if (escalation.level >= 2) return; // the leadership list holds it: no one after it
  // It changed hands since it reopened: past a refused holder, by its deadline while the answer's email was being
  // tried again (SES throttling), or handed over. Whoever holds it now read the answer as its holder. A retry that
  // finds the case one level up must not send the copy on to the level after that (the leadership list).
  if (movedSinceReopened(holderNow)) return;
  const bypassed = escalation.reroute?.bypassed;
  const holder = recipientsAt(deps.config, escalation.sponsorId, escalation.level, bypassed);
  const next = recipientsAt(deps.config, escalation.sponsorId, escalation.level + 1, bypassed);
  const now = recipientsAt(deps.config, holderNow.sponsorId, holderNow.level, holderNow.reroute?.bypassed);
  const holding = new Set([...holder.emails, ...now.emails].map((m) => m.toLowerCase()));
  const emails = next.emails.filter((m) => !holding.has(m.toLowerCase()));
  if (!emails.length) return;
  const { conversationEmail } = await import('../email/conversation-email');
  const told = digest([...idsOf(message)].sort().join('\n'));
  await sendToEach(deps, `answer-backup:${escalation.id}:${told}`, emails, (to) =>
    conversationEmail(deps.config, escalation, [to], '', {
      kind: 'answer',
      answer: message.redactedText,
      urgent: true,
      copyFor: holder.names,
    }),
  );
}

/**
 * Whether the case's trail, after it last reopened, shows it changing hands: a climb (past a holder whose address
 * was refused, or by its deadline) or a hand-over. The copy is for the one after the holder who closed it; once the
 * case has moved, its holder is told the answer as holder, and no one after them is owed a copy.
 */
function movedSinceReopened(e: Escalation): boolean {
  const reopenedAt = e.audit.findLastIndex((entry) => entry.event === 'reopened');
  return (
    reopenedAt !== -1 &&
    e.audit.slice(reopenedAt + 1).some((entry) => entry.event === 're-escalated' || entry.event === 'handed-over')
  );
}

/**
 * A case closed while an answer was on its way (accepted before the close) opens again, conversation
 * included, so its holder can read it and reply; the history says why, with the day alone. Undefined
 * when the case was not closed. Without a store to record it in, the case stays as it is. The case
 * keeps that its holder is not yet told (`reopenNotTold`) until the email saying so goes: a retry,
 * which finds it open already, still says it reopened.
 */
async function reopenIfClosed(deps: EscalationDeps, e: Escalation): Promise<Escalation | undefined> {
  if (!(e as DeskCase).closedAt || !deps.routing) return undefined;
  const entry = {
    at: answerDay(deps.clock.now(), deps.config.timezone),
    event: 'reopened' as const,
    detail: 'the employee’s answer, sent before it was closed, arrived after',
  };
  // The conversation first: a failure after it leaves the case closed, and the next sweep tries both again.
  if (e.caseKey) await deps.threads?.reopen(e.caseKey);
  // A close that acknowledged it takes its acknowledgement with it (as "Keep this case open" does): the
  // feedback clock it started is taken off and the clock to acknowledge runs again (repeatable).
  if (acknowledgedByClose(e as DeskCase)) await acknowledgementUndone(deps, e, e.acknowledgedAt);
  await deps.routing.reopen(e.id, entry);
  return (await deps.escalations.get(e.id)) ?? e;
}

/**
 * What an objection is held as among the hour's answers: no employee's answer can be this (`cleanText` takes
 * control characters out), and each reader is told it in their own words (`tellHolder`).
 */
export const OBJECTION = '\u0001objection';

/**
 * Whom an objection names: the sponsor who holds the case now. A case with the leadership list is gone around
 * no one (there is no one above it), but still reopens and is told to every reader of the list.
 */
function objectedTo(config: Config, e: Escalation): string[] {
  const holder = holderIdOf(config, e);
  return config.sponsors.some((s) => s.id === holder) ? [holder] : [];
}

/** A held notice never sent (the sweep stopped for days) is dropped after a week or so (on a week boundary): the thread still has the answer. */
const HELD_FOR_DAYS = 7;

/** Which answer a notice is: its id; a notice from before ids were sent is named by its words, as it was then. */
const idsOf = (message: EscalationMessage): string[] =>
  message.answerId ? [message.answerId] : [`text:${digest(message.redactedText)}`];

const digest = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 32);

/**
 * Emails whoever holds the case now the answers (redacted), with a link for them alone; nobody it goes
 * around. Every answer is told as it was written: two answers alike ("yes", "yes") are two answers.
 * Gives the case as it is once told (climbed, when its holder's address was refused). `keepReopened`: the
 * caller still has an email to send about the reopening and marks it told itself.
 */
async function tellHolder(
  deps: EscalationDeps,
  escalation: Escalation,
  { answers, ids }: { answers: string[]; ids: string[] },
  urgent: boolean,
  { keepReopened = false }: { keepReopened?: boolean } = {},
): Promise<Escalation> {
  // Reopened for this answer, or for one whose email failed before (and the case is open by now).
  const reopened = (escalation as DeskCase).reopenNotTold === true;
  // The answers' ids name the email, never their words: a retry (the message again, the next sweep)
  // tells each reader once, and the same words written in another hour are told again.
  const told = digest([...ids].sort().join('\n'));
  // A holder whose address the mail service refuses for good never reads it: the case climbs at once, as
  // on its first escalation, and the answer goes to whoever holds it then (`sendOrClimb`).
  const holderNow = await sendOrClimb(
    deps,
    escalation,
    'answer',
    async (holder) => {
      const { emails } = recipientsAt(deps.config, holder.sponsorId, holder.level, holder.reroute?.bypassed);
      if (!emails.length) return;
      const link = escalationLink(deps.config, holder, deps.publicUrl, deps.clock.now(), deps.linkSigningKey);
      // The employee's objection is no words of theirs: the email says what it did, in the reader's language.
      const objected = answers.includes(OBJECTION);
      const answer = answers.filter((a) => a !== OBJECTION).join('\n\n');
      // Loaded on the first email: a sweep with nothing to send never reads the renderers or their catalogues (docs/performance-log.md, "2026-12-03: built-ins as CommonJS").
      const { conversationEmail } = await import('../email/conversation-email');
      await sendToEach(deps, `answer:${holder.id}:${told}`, emails, (to) =>
        conversationEmail(deps.config, holder, [to], link, {
          kind: 'answer',
          answer,
          urgent,
          ...(objected ? { objected: true } : {}),
          ...(reopened ? { reopened: whoClosed(deps.config, holder, to, emails) } : {}),
        }),
      );
    },
    { again: true },
  );
  // Told (or no one to tell): no later email says it reopened.
  if (reopened && !keepReopened) await deps.routing?.reopenTold(escalation.id);
  return holderNow;
}

/**
 * Who closed a reopened case, as the reader `to` is told: they did (`yes`), the leadership list they read
 * it with did (`list`), or whoever held it before did (`earlier`): a reader is never told they closed a
 * case they never held, nor the name of a holder it now goes around.
 */
export function whoClosed(
  config: Config,
  e: Escalation,
  to: string,
  readers: readonly string[],
): 'yes' | 'list' | 'earlier' {
  const closer = closerEmail(
    config,
    e.audit.findLast((a) => a.event === 'closed'),
  );
  if (!closer) return 'earlier';
  if (closer === to.toLowerCase()) return 'yes';
  return readers.length > 1 && readers.some((r) => r.toLowerCase() === closer) ? 'list' : 'earlier';
}

/**
 * The address of whoever closed the case: by the id the close recorded (a sponsor, or a reader of the
 * leadership list), or, for a close recorded before ids were, by the name in its history ("by Lee Marsh
 * (Plant 2 GM)"). Undefined when they are no longer in the config.
 */
function closerEmail(config: Config, closed: AuditEntry | undefined): string | undefined {
  if (!closed) return undefined;
  if (closed.by !== undefined)
    return [...config.sponsors, ...leadershipReaders(config)].find((s) => s.id === closed.by)?.email.toLowerCase();
  const name = closed.detail.replace(/^by /, '');
  return config.sponsors.find((s) => s.name === name)?.email.toLowerCase();
}

/**
 * Run by the sweep: every case's answers held under an hour that is over go
 * to whoever holds the case now, one email per case and hour, all of an
 * hour's at the same moment. The email goes before the notice is forgotten:
 * a failure repeats it, never loses it.
 */
export async function sendHeldAnswers(
  deps: EscalationDeps,
  // Every notice held, however many: with a cap, notices that keep failing would sit first in line and block the rest.
  { limit = Number.POSITIVE_INFINITY } = {},
): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 };
  if (!deps.answerNotices) return result;
  for (const held of await deps.answerNotices.heldBefore(hourStamp(deps.clock.now()), limit)) {
    try {
      const stored = await deps.escalations.get(held.escalationId);
      if (stored) {
        // Closed before its hour was over: the answers were accepted before the close, so the case reopens
        // and its holder is told them, and why it is open again (the thread placed them all the same).
        const reopened = await reopenIfClosed(deps, stored);
        // Moved first (nothing changes if `rerouteHeldAnswers` already did), so no one named is told.
        const escalation = await goAroundNamed(deps, reopened ?? stored, held.named ?? [], deps.clock.now());
        // Held before ids were kept: named by the batch and words (one batch's email stays one email).
        const ids = held.answerIds ?? [`held:${held.batch}:${held.page ?? 0}:${digest(held.answers.join('\n\n'))}`];
        await tellHolder(deps, escalation, { answers: held.answers, ids }, false);
        result.sent += 1;
      }
      await deps.answerNotices.sent(held);
    } catch (error) {
      reportMailFailure(deps, 'answer emails', error);
      result.failed += 1; // one failing email must not hold up the others
    }
  }
  return result;
}

/**
 * Run by the sweep before anything climbs: the cases whose answers of an
 * hour that is over name sponsors go around them now, on the hour, so no
 * climb hands a case to someone an answer named. Each new holder is sent
 * the case; the answers follow in `sendHeldAnswers`.
 */
export async function rerouteHeldAnswers(
  deps: EscalationDeps,
  { limit = Number.POSITIVE_INFINITY } = {},
): Promise<{ moved: number; failed: number }> {
  const result = { moved: 0, failed: 0 };
  if (!deps.answerNotices) return result;
  for (const held of await deps.answerNotices.heldBefore(hourStamp(deps.clock.now()), limit)) {
    if (!held.named?.length) continue;
    try {
      const e = await deps.escalations.get(held.escalationId);
      if (!e || (e as DeskCase).closedAt) continue;
      if ((await goAroundNamed(deps, e, held.named, deps.clock.now())) !== e) result.moved += 1;
    } catch (error) {
      reportMailFailure(deps, 'reroute', error);
      result.failed += 1; // tried again by `sendHeldAnswers`, and by the next sweep
    }
  }
  return result;
}

/**
 * The case goes around the sponsors the answer names; a new holder is sent the case first, as if it
 * were new to them, and has the full time to acknowledge it, counted from `from` (the sweep that moves
 * it, after the answer's hour; an urgent answer's end of day), as after a hand-over or a climb
 * (`fullTimeFrom`): not the old holder's deadline, which may be past, so the case would climb at once.
 */
async function goAroundNamed(
  deps: EscalationDeps,
  e: Escalation,
  named: readonly string[],
  from: Date,
): Promise<Escalation> {
  const route = rerouteForAnswer(deps.config, e, named);
  if (!route) return e;
  // Out of every pattern count before it moves: a crash after the move still finds it to move, and so takes it off.
  await takeOffPatterns(deps, e.caseKey);
  const before = recipientsAt(deps.config, e.sponsorId, e.level, e.reroute?.bypassed);
  const after = recipientsAt(deps.config, route.sponsorId, route.level, route.reroute.bypassed);
  if (!deps.routing) {
    // Nowhere to record it: at least never send the answer to someone it names.
    return { ...e, ...route };
  }
  // Whoever reads the trail sees where it went, never whom it went around (that is `reroute`, for leadership).
  const changedHands = before.emails.join('\n').toLowerCase() !== after.emails.join('\n').toLowerCase();
  const due = changedHands ? fullTimeFrom(from, slaHours(deps.config, e.urgent)) : undefined;
  const moved = await deps.routing.reroute(
    e.id,
    e,
    route,
    { at: answerDay(deps.clock.now(), deps.config.timezone), event: 'rerouted', detail: `now with ${after.names}` },
    due,
  );
  const now = (await deps.escalations.get(e.id)) ?? { ...e, ...route };
  if (moved && changedHands) await send(deps, now, 'new');
  return now;
}

/**
 * What an answer changes keeps the day, never the hour: an audit entry or a
 * due time at the answer's hour would date it (an operator could match it
 * to the SMS provider's or the web server's logs). The day is what the
 * thread itself keeps: the installation's day, as every page names it.
 */
const answerDay = (now: Date, timeZone: string): string => `${dayInZone(now, timeZone)}T00:00:00.000Z`;

/**
 * An urgent answer makes its case urgent, if not yet acknowledged: the short
 * SLA, counted from the end of the answer's day (the installation's), never its hour (see
 * `answerDay`), if sooner than the case's own. Its holder is emailed at once
 * all the same.
 */
async function makeUrgent(deps: EscalationDeps, e: Escalation): Promise<Escalation> {
  if (e.urgent || e.status !== 'raised' || !deps.routing) return { ...e, urgent: true };
  const endOfDay = endOfZoneDay(dayInZone(deps.clock.now(), deps.config.timezone), deps.config.timezone);
  const due = fullTimeFrom(endOfDay, slaHours(deps.config, true));
  const sooner = Date.parse(due) < Date.parse(e.slaDueAt) ? due : e.slaDueAt;
  await deps.routing.makeUrgent(e.id, sooner, {
    at: answerDay(deps.clock.now(), deps.config.timezone),
    event: 'made-urgent',
    detail: "the employee's answer is urgent",
  });
  // The employee's page then names the short time to acknowledge, not the one the case had.
  if (e.caseKey) await deps.threads?.markUrgent(e.caseKey);
  return (await deps.escalations.get(e.id)) ?? { ...e, urgent: true, slaDueAt: sooner };
}
