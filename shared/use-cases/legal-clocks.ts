import type { Config } from '../config/schema';
import { DAY_MS } from '../domain/durations';
import { addMonths, deadlineDay, deadlineOf } from '../domain/deadlines';
import { reminderAt } from '../domain/reminders';
import { holderIdOf, hourStamp, recipientsAt, type Escalation } from '../domain/escalation';
import { escalationLink } from '../domain/escalation-link';
import { isoWeekOf } from '../domain/iso-week';
import { shiftWeek, weekBounds } from '../digest/weeks';
import { threadExpiry, type CaseThread } from '../ports/case-thread';
import type { Clock } from '../ports/clock';
import type { EscalationStore } from '../ports/escalation-store';
import type { ClockEvent, LegalClocks, LegalDeadline, PassedDeadline } from '../ports/legal-clocks';
import { AddressRefusedError, type Mailer } from '../ports/mailer';
import type { SentEmails } from '../ports/sent-emails';
import { sendToEach } from './send-to-each';
import { mailFailureOf, reportMailFailure, type MailFailure } from './mail-failure';
import { actClockEvents, chaseActedOn } from './chase-acted-on';

/**
 * The legal clocks of each escalated case (EU Whistleblowing Directive,
 * art. 9(1)(b) and (f)): acknowledge within `legalClocks.acknowledgeDays`
 * (at most 7) of it being raised, give feedback within
 * `legalClocks.feedbackMonths` (at most 3) of the acknowledgement. Whoever
 * holds the case is reminded ahead of the feedback deadline (`reminderAt`;
 * the reminder to acknowledge is `remind-before-climb.ts`'s, of the deadline
 * that binds the holder, the service level's or the law's); when one
 * passes, whoever holds the case and the leadership list are told, and it
 * stays on leadership's digest until it is met. The employee's status page
 * shows the day they will hear back by. A pattern has no author to answer,
 * so no clock.
 */

export interface ClockDeps {
  config: Config;
  clock: Clock;
  /** Without it no legal clock is kept (tests of escalation alone). */
  clocks?: LegalClocks;
  /** Where the employee reads their deadlines; without it their page shows none. */
  threads?: CaseThread;
}

export { addMonths, deadlineOf };

/**
 * The deadline itself, as the sweep will act on it, and for feedback the
 * reminder before it (the one to acknowledge goes by the deadline that binds
 * the holder, which moves as the case does: `remind-before-climb.ts`). Their
 * day is the installation's, as the employee's page, the case page and the
 * escalation email name it: one deadline everywhere (8 PM Central Time on
 * 7 December is 7 December, not UTC's 8th).
 */
export function clockEvents(
  config: Config,
  escalationId: string,
  deadline: LegalDeadline,
  from: string,
  due: Date,
): ClockEvent[] {
  // The day it ends: the one the employee is promised "by the end of", and every email names.
  const day = deadlineDay(due, config.timezone);
  const remindAt = deadline === 'feedback' ? reminderAt(config, from, due) : undefined;
  return [
    ...(remindAt ? [{ escalationId, deadline, stage: 'reminder' as const, at: hourStamp(remindAt), day }] : []),
    { escalationId, deadline, stage: 'passed', at: hourStamp(due), day },
  ];
}

const expiryOf = (config: Config, escalation: Escalation) =>
  new Date(Date.parse(escalation.raisedAt) + config.retention.escalationDays * DAY_MS);
/** A thread keeps no hour, not even in its expiry: a Monday, as the conversation's own messages expire. */
const threadExpiryOf = (config: Config, escalation: Escalation) =>
  threadExpiry(config, isoWeekOf(new Date(escalation.raisedAt), 'UTC'));

/** Starts the acknowledgement clock of a newly raised case (again on a retry: the same events are one). */
export async function startAcknowledgeClock(deps: ClockDeps, escalation: Escalation): Promise<void> {
  if (!escalation.caseKey || escalation.status !== 'raised') return;
  await startClock(deps, escalation, escalation.caseKey, 'acknowledge', escalation.raisedAt);
}

/**
 * The case was acknowledged: that deadline is met, and the feedback clock starts. An urgent one is chased too
 * until something is done on it (`chase-acted-on.ts`): its holder reminded one urgent service level on, the
 * one after them told one more later.
 */
export async function startFeedbackClock(deps: ClockDeps, escalation: Escalation): Promise<void> {
  const act = actClockEvents(deps.config, escalation);
  if (act.length) await deps.clocks?.schedule(act, expiryOf(deps.config, escalation));
  if (!escalation.caseKey) return;
  await deps.clocks?.met(escalation.id, 'acknowledge');
  await startClock(
    deps,
    escalation,
    escalation.caseKey,
    'feedback',
    escalation.acknowledgedAt ?? hourStamp(deps.clock.now()),
  );
}

/** One legal clock: its reminders scheduled, and its deadline on the case's thread for the employee to see. */
async function startClock(
  deps: ClockDeps,
  escalation: Escalation,
  caseKey: string,
  kind: 'acknowledge' | 'feedback',
  from: string,
): Promise<void> {
  const due = deadlineOf(deps.config, kind, from);
  await deps.clocks?.schedule(
    clockEvents(deps.config, escalation.id, kind, from, due),
    expiryOf(deps.config, escalation),
  );
  // The employee sees the day alone: the installation's day, as the sponsor's page and emails name it (7 PM Central Time on 28 February is 28 February, not UTC's 1 March).
  await deps.threads?.setDeadline(
    caseKey,
    kind,
    deadlineDay(due, deps.config.timezone),
    threadExpiryOf(deps.config, escalation),
    // Which time to acknowledge applies, for the employee's page to name that one alone.
    kind === 'acknowledge' ? escalation.urgent : undefined,
  );
}

/**
 * The acknowledgement is undone (a close that met it was kept open before it took effect): the case
 * waits to be acknowledged as before. The feedback clock it started is taken off, the employee's page
 * included; the clock to acknowledge runs again from the report, as it did (scheduled again: a deadline
 * that passed meanwhile is acted on by the next sweep, as if never met, and nobody already told of it is
 * told twice). `acknowledgedAt`: the acknowledgement's hour, which the feedback clock ran from.
 * Repeatable: a retry after a failure does the same again.
 */
export async function acknowledgementUndone(
  deps: ClockDeps,
  escalation: Escalation,
  acknowledgedAt: string | undefined,
): Promise<void> {
  // Acknowledged no more: nothing to chase as acknowledged (it climbs again as unacknowledged).
  for (const event of actClockEvents(deps.config, { ...escalation, acknowledgedAt })) await deps.clocks?.remove(event);
  if (!escalation.caseKey) return;
  if (acknowledgedAt) {
    const due = deadlineOf(deps.config, 'feedback', acknowledgedAt);
    for (const event of clockEvents(deps.config, escalation.id, 'feedback', acknowledgedAt, due))
      await deps.clocks?.remove(event);
  }
  await deps.clocks?.met(escalation.id, 'feedback');
  await deps.threads?.clearDeadline(escalation.caseKey, 'feedback');
  await startClock(deps, escalation, escalation.caseKey, 'acknowledge', escalation.raisedAt);
}

/** A response was published: the feedback deadline is met. */
export async function feedbackGiven(deps: ClockDeps, escalation: Escalation): Promise<void> {
  await deps.clocks?.met(escalation.id, 'feedback');
}

/** Whether the case has done what the deadline asks. */
const isMet = (escalation: Escalation, deadline: LegalDeadline) =>
  deadline === 'acknowledge' ? escalation.status !== 'raised' : escalation.status === 'responded';

export interface ClockSweepDeps extends ClockDeps {
  clocks: LegalClocks;
  escalations: Pick<EscalationStore, 'get'>;
  mailer: Mailer;
  /** Which emails went to whom, so a retry tells each reader once. */
  sentEmails?: SentEmails;
  /** Told of each email not sent (`mailFailureOf`), for the operator's log. */
  mailFailed?: (failure: MailFailure) => void;
  linkSigningKey: string;
  publicUrl: string;
  /**
   * Moves a case up a level (`sweep-overdue.ts`'s `climb`): when the law's deadline to acknowledge
   * passes before the service level's, the case climbs then, as the desk calls it overdue then.
   */
  climb?: (escalation: Escalation) => Promise<boolean>;
  /**
   * Moves a case past a holder whose address the mail service refused for good (`climbPastRefused`), its
   * next holder told it as new; throws `error` when it cannot (at the top). Without it, such a refusal fails
   * the event, tried again at the next sweep.
   */
  climbPastRefused?: (escalation: Escalation, error: unknown) => Promise<unknown>;
}

/**
 * Acts on every clock event due: a reminder goes to whoever holds the case;
 * a passed deadline goes to them and to the leadership list ("climbs") and
 * is kept as passed until met. An event whose deadline is already met is
 * dropped. The email goes before the event is removed: a failure repeats a
 * reminder, never loses one.
 */
export async function sweepLegalClocks(
  deps: ClockSweepDeps,
  // Every event due, however many: with a cap, events that keep failing would sit first in line and block the rest.
  { limit = Number.POSITIVE_INFINITY } = {},
): Promise<{ reminded: number; passed: number; failed: number; chased?: number }> {
  // `chased`: acknowledged urgent cases left as they were, their holder or the one after them emailed (not the law's).
  const result = { reminded: 0, passed: 0, failed: 0, chased: 0 };
  for (const due of await deps.clocks.dueBy(deps.clock.now(), limit)) {
    try {
      const escalation = await deps.escalations.get(due.escalationId);
      // Not the law's: an urgent case acknowledged and left, chased (never kept as passed, never the employee's).
      if (due.deadline === 'act') {
        if (escalation && (await chaseActedOn(deps, escalation, due))) result.chased += 1;
        await deps.clocks.remove(due);
        continue;
      }
      const event = due as LegalClockEvent;
      // A reminder to acknowledge scheduled before the holder's own deadline was reminded of: that one is owed instead.
      const superseded = event.deadline === 'acknowledge' && event.stage === 'reminder';
      // A late sweep finds a reminder whose deadline has gone by too: "please do it before then" would name
      // a day already past, and the deadline's own event, due as well, says it passed.
      const late = event.stage === 'reminder' && escalation !== undefined && deadlineGone(deps, escalation, event);
      if (escalation && !superseded && !late && !isMet(escalation, event.deadline)) {
        // The employee's page stops promising a day gone by: it says the deadline passed, and that leadership
        // has it. Before the email, and repeatable: a failure after it repeats both, never the email alone.
        if (event.stage === 'passed' && escalation.caseKey)
          await deps.threads?.deadlinePassed(
            escalation.caseKey,
            event.deadline,
            threadExpiryOf(deps.config, escalation),
          );
        // One rule for "overdue", the desk's and the sweep's: the deadline that binds, the law's when it falls first.
        const climbs =
          deps.climb !== undefined &&
          event.stage === 'passed' &&
          event.deadline === 'acknowledge' &&
          escalation.status === 'raised' &&
          Date.parse(escalation.slaDueAt) > deps.clock.now().getTime() &&
          // Not when it already climbed since (its service level passed too, a late sweep): once per deadline.
          !escalation.audit.some((entry) => entry.event === 're-escalated' && entry.at >= event.at);
        await tell(deps, escalation, event, climbs);
        if (climbs) await deps.climb?.(escalation);
        if (event.stage === 'passed') {
          await deps.clocks.recordPassed(
            { escalationId: event.escalationId, deadline: event.deadline, day: event.day },
            expiryOf(deps.config, escalation),
          );
          result.passed += 1;
        } else result.reminded += 1;
      }
      await deps.clocks.remove(event);
    } catch (error) {
      reportMailFailure(deps, 'legal clocks', error);
      result.failed += 1; // one failing email must not hold up the others
    }
  }
  return result;
}

/** An event of a deadline the law sets. */
type LegalClockEvent = ClockEvent & { deadline: LegalDeadline };

/** Whether the deadline a reminder is for has passed by now. */
function deadlineGone(deps: ClockSweepDeps, escalation: Escalation, event: LegalClockEvent): boolean {
  const from = event.deadline === 'feedback' ? escalation.acknowledgedAt : escalation.raisedAt;
  return from !== undefined && deadlineOf(deps.config, event.deadline, from).getTime() <= deps.clock.now().getTime();
}

/**
 * `climbs`: the case moves up a level as this deadline passes (`climb`, right after), and whoever it
 * moves to is sent the case by the climb itself, asked to act: this email is not sent to them too. Its
 * holder until now is told it was passed on and nothing more is asked of them (the link would no
 * longer open it); leadership, if it does not take it, that whoever holds it has been asked.
 */
async function tell(
  deps: ClockSweepDeps,
  escalation: Escalation,
  event: LegalClockEvent,
  climbs = false,
): Promise<void> {
  const bypassed = escalation.reroute?.bypassed;
  const holder = recipientsAt(deps.config, escalation.sponsorId, escalation.level, bypassed).emails;
  const leadership = recipientsAt(deps.config, escalation.sponsorId, 2, bypassed).emails;
  const same = (a: string) => (b: string) => a.toLowerCase() === b.toLowerCase();
  const next = climbs
    ? recipientsAt(deps.config, escalation.sponsorId, Math.min(escalation.level + 1, 2), bypassed).emails
    : [];
  const all = event.stage === 'passed' ? [...new Set([...holder, ...leadership])] : holder;
  const to = all.filter((reader) => !next.some(same(reader)));
  const holds = (reader: string) => holder.some(same(reader));
  // Who reads it: its holder is asked to act and told leadership knows; leadership, holding it, is asked to
  // act (and never told that leadership was told); leadership not holding it is told who has been asked.
  const top = holder.every((h) => leadership.some(same(h)));
  const audience = (reader: string) => (holds(reader) ? (climbs ? 'passed-on' : top ? 'top' : 'holder') : 'leadership');
  // One link, for the case as it is held now: it stops opening once the case moves on.
  const link = escalationLink(deps.config, escalation, deps.publicUrl, deps.clock.now(), deps.linkSigningKey);
  const kind = event.stage === 'passed' ? 'deadline-passed' : 'deadline-near';
  // Loaded on the first email: a sweep with nothing to send never reads the renderers or their catalogues (docs/performance-log.md, "2026-12-03: built-ins as CommonJS").
  const { conversationEmail } = await import('../email/conversation-email');
  // The deadline, its stage and day name the email: the next sweep retrying it tells only the readers not yet told.
  const sendTo = (readers: string[]) =>
    sendToEach(deps, `clock:${escalation.id}:${event.deadline}:${event.stage}:${event.day}`, readers, (reader) =>
      conversationEmail(deps.config, escalation, [reader], link, {
        kind,
        deadline: event.deadline,
        day: event.day,
        audience: audience(reader),
      }),
    );
  // Its holder, asked to act (unless it is being passed on from them): an address refused for good is never
  // read, so the case climbs past it at once, its next holder told it as new, as on its first escalation.
  try {
    await sendTo(to.filter(holds));
  } catch (error) {
    if (!(error instanceof AddressRefusedError)) throw error;
    if (climbs)
      deps.mailFailed?.(mailFailureOf('legal clocks', error)); // told it was passed on: nothing asked of them
    // Acknowledged or not (nobody reads there to give the employee feedback either); at the top, with no one
    // past the list, it throws, tried again at the next sweep.
    else if (deps.climbPastRefused) await deps.climbPastRefused(escalation, error);
    else throw error;
  }
  // Leadership not holding it is told that a deadline the law sets has passed: a refused address fails the event,
  // tried again at each sweep (a reader already told is not told again) and raising the operator's alarm, so the
  // reader is told once the operator fixes the address; there is no one past leadership to tell instead.
  await sendTo(to.filter((reader) => !holds(reader)));
}

/** A case near or past a legal deadline, for leadership's digest: its day is only folded into a week there (`foldLegalDeadlines`), never shown. */
export interface ClockStanding extends PassedDeadline {
  state: 'passed' | 'near';
  /** Who holds the case now: a sponsor's id, or `leadership`. */
  sponsorId: string;
  /** Sponsors the case goes around: a reader who is one of them is never shown this line. */
  around?: string[];
}

/**
 * Cases whose legal deadline has passed and is still unmet, and those whose
 * deadline falls in the week `now` is in or the next, for leadership's digest.
 * The window is whole weeks, never "two days before": which cases it lists
 * must tell a reader no more than the week of each deadline, since the
 * deadline less the law's days is the day the case was raised. The digest
 * folds them by holder and week, counted only when at least k
 * (`foldLegalDeadlines`, docs/anonymity.md); the day kept here is for that
 * fold alone.
 */
export async function clocksStanding(deps: {
  config: Config;
  clocks: LegalClocks;
  escalations: Pick<EscalationStore, 'get'>;
  clock: Clock;
}): Promise<ClockStanding[]> {
  const now = deps.clock.now();
  const thisWeek = isoWeekOf(now, deps.config.timezone);
  const from = weekBounds(thisWeek, deps.config.timezone).start;
  const to = weekBounds(shiftWeek(thisWeek, 1), deps.config.timezone).end;
  // Two reads at once, not one after the other: a cold digest waits for each round trip.
  const [passed, between] = await Promise.all([deps.clocks.listPassed(), deps.clocks.between(from, to)]);
  // The law's deadlines alone: an acknowledged urgent case's chase is its holder's, told by email. One this
  // week already due but not yet swept is still unmet: listed as passed, as the sweep would have it.
  const upcoming = between.filter((e): e is LegalClockEvent => e.stage === 'passed' && e.deadline !== 'act');
  const seen = new Set<string>();
  const standing: ClockStanding[] = [];
  for (const [state, item] of [
    ...passed.map((p) => ['passed', p] as const),
    ...upcoming.map((e) => [Date.parse(e.at) <= now.getTime() ? 'passed' : 'near', e] as const),
  ]) {
    const key = `${item.escalationId}#${item.deadline}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const escalation = await deps.escalations.get(item.escalationId);
    if (!escalation || isMet(escalation, item.deadline)) continue;
    standing.push({
      escalationId: item.escalationId,
      deadline: item.deadline,
      day: item.day,
      state,
      // Whoever holds it now (or `leadership`): never the sponsor it started with, whom it may have gone around since.
      sponsorId: holderIdOf(deps.config, escalation),
      ...(escalation.reroute?.bypassed.length ? { around: escalation.reroute.bypassed } : {}),
    });
  }
  return standing.sort((a, b) => a.day.localeCompare(b.day));
}
