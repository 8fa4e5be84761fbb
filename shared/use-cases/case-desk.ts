import { redaction } from '../analysis/redaction-on-demand';
import type { Config, Sponsor } from '../config/schema';
import {
  aroundDetail,
  closeTakesEffect,
  DESK_HORIZON_DAYS,
  deskStateOf,
  handOverDestination,
  handOverTargets,
  isClosing,
  acknowledgedByClose,
  isOnDesk,
  matchesFilters,
  openDeskLink,
  closeNeedsConfirming,
  type DeskCase,
  type DeskFilters,
  type DeskState,
} from '../domain/case-desk';
import { DAY_MS } from '../domain/durations';
import { closeMustBeSeen } from '../domain/close-witness';
import {
  fullTimeFrom,
  holderIdOf,
  hourStamp,
  recipientsAt,
  slaHours,
  type AuditEntry,
  type Escalation,
} from '../domain/escalation';
import { AppError, NotFoundError, ValidationError } from '../errors';
import type { CaseDeskStore } from '../ports/case-desk';
import { isoWeekOf } from '../domain/iso-week';
import { threadExpiry, type CaseThread } from '../ports/case-thread';
import type { Mailer } from '../ports/mailer';
import type { SentEmails } from '../ports/sent-emails';
import { sponsorReadsThread, sponsorWrites } from './case-conversation';
import {
  acknowledgeOpened,
  LinkRefusedError,
  refuseIfClosed,
  respondToOpened,
  type AnswerDeps,
} from './answer-escalation';
import { acknowledgementUndone, startFeedbackClock } from './legal-clocks';
import { AddressRefusedError } from '../ports/mailer';
import { markPassedOn, notify } from './raise-escalation';
import { moveUp, reachHolder, TOP_LEVEL } from './reach-holder';
import { EmailInFlightError, PartlyReachedError } from './send-to-each';
import { reportMailFailure, type MailFailure } from './mail-failure';

/** What the case desk needs: the escalation store and its desk, cases, threads, and a mailer to tell whoever a case is handed to. */
export interface DeskDeps extends AnswerDeps {
  config: Config;
  desk: CaseDeskStore;
  threads: CaseThread;
  mailer: Mailer;
  /** Which emails went to whom, so a retried hand-over tells each reader once. */
  sentEmails?: SentEmails;
  /** Where links in emails point, e.g. https://feedback.example.com */
  publicUrl: string;
  /** Told of each hand-over email not sent (`mailFailureOf`), for the operator's log. */
  mailFailed?: (failure: MailFailure) => void;
}

export const NOT_ON_DESK =
  'There is no such case on your desk. It may have been handed over or passed on; the list shows every case you hold.';
export const MAX_HAND_OVER_REASON_CHARACTERS = 500;

/** The sponsor a desk link opens, or a refusal that says what to do (403). */
export function openDesk(deps: Pick<DeskDeps, 'config' | 'clock' | 'linkSigningKey'>, token: string): Sponsor {
  const check = openDeskLink(deps.config, token, deps.linkSigningKey, deps.clock.now());
  if (check.ok) return check.sponsor;
  if (check.reason === 'revoked') {
    throw new AppError(
      'link_unknown',
      'This desk link has been replaced by a newer one. Use the link in your most recent email from the Listening Post.',
    );
  }
  throw new LinkRefusedError(check.reason === 'not-a-desk' ? 'unknown' : check.reason);
}

/** One line of the desk: a case, where it stands, and whether the employee has written something not yet read. */
export interface DeskRow {
  escalation: DeskCase;
  state: DeskState;
  unread: boolean;
}

/**
 * Every case on the desk, whatever the filters show, by where it stands: `open` is what "Open cases" lists;
 * `closing` were closed but not until the end of their hour (the employee can still write); `closed` are done.
 */
export interface DeskCounts {
  open: number;
  closing: number;
  closed: number;
}

/** The sponsor's cases, filtered: those open and those raised in the last half-year, newest first. */
export async function listDesk(
  deps: DeskDeps,
  sponsor: Sponsor,
  filters: DeskFilters,
): Promise<{ rows: DeskRow[]; total: number; counts: DeskCounts }> {
  const now = deps.clock.now();
  const mine = (await deps.desk.listCurrent(now, new Date(now.getTime() - DESK_HORIZON_DAYS * DAY_MS))).filter((e) =>
    isOnDesk(deps.config, sponsor, e),
  );
  const rows = await Promise.all(
    mine.map(async (e) => ({
      escalation: e,
      state: deskStateOf(deps.config, e, now),
      unread: e.caseKey ? (await deps.threads.summary(e.caseKey)).newForSponsor : false,
    })),
  );
  // The heading counts by the same rule as the filter (`deskStateOf`), so "open" agrees with "Open cases".
  const counts: DeskCounts = { open: 0, closing: 0, closed: 0 };
  for (const { escalation, state } of rows)
    counts[state !== 'closed' ? 'open' : isClosing(escalation, now) ? 'closing' : 'closed'] += 1;
  return {
    rows: rows.filter((r) => matchesFilters(deps.config, r.escalation, filters, now, r.unread)),
    total: rows.length,
    counts,
  };
}

/** A case on the sponsor's desk, or 404: one routed around them looks exactly like one that does not exist. */
export async function openDeskCase(deps: DeskDeps, sponsor: Sponsor, id: string): Promise<DeskCase> {
  const e = id.length <= 200 ? await deps.escalations.get(id) : undefined;
  if (!e || !isOnDesk(deps.config, sponsor, e)) throw new NotFoundError(NOT_ON_DESK);
  return e;
}

/**
 * Whether this sponsor handed the case over and nobody moved it since: a hand-over form posted twice (a double
 * click, a reload) finds the case gone from their desk, and is told it was handed over, not that there is no such case.
 */
export async function handedOverBy(deps: DeskDeps, sponsor: Sponsor, id: string): Promise<boolean> {
  const e = id.length <= 200 ? await deps.escalations.get(id) : undefined;
  const lastMove = e?.audit.filter((entry) => entry.event === 'handed-over' || entry.event === 're-escalated').at(-1);
  return lastMove?.event === 'handed-over' && lastMove.by === sponsor.id;
}

/** What a sponsor can do to a case from their desk. */
export type DeskAction =
  | { action: 'acknowledge' }
  | { action: 'respond'; response: string }
  | { action: 'reply'; message: string }
  | {
      action: 'hand-over';
      to: number;
      reason: string;
      /** The sponsor was shown what in the reason may point to one person, and hands over with it all the same. */
      confirmed?: boolean;
    }
  | {
      action: 'close';
      /** The sponsor confirmed closing an urgent case nobody has acknowledged (`UnacknowledgedUrgentClose`). */
      confirmed?: boolean;
    }
  | { action: 'keep-open' };

/**
 * A close of an urgent case nobody has acknowledged, not confirmed: the close would acknowledge it (its
 * deadline met, no climb to anyone above), so one click is not enough. The desk asks again, saying so.
 */
export class UnacknowledgedUrgentClose extends Error {
  constructor() {
    super('closing an urgent case nobody has acknowledged needs the sponsor to confirm it');
    this.name = 'UnacknowledgedUrgentClose';
  }
}

/**
 * A hand-over whose reason holds words that may point to one person ("she's the only forklift driver on nights"),
 * not confirmed: the reason goes to the next holder and stays in the case's history for years, so the desk shows
 * the words and asks again, with the reason kept in its box to change (op44a, 2026-12-07).
 */
export class HandOverReasonSinglesOut extends Error {
  constructor(readonly phrases: readonly string[]) {
    super('the hand-over reason holds words that may point to one person');
    this.name = 'HandOverReasonSinglesOut';
  }
}

/** What the sponsor is told once an action is done. */
const DONE: Record<DeskAction['action'], string> = {
  acknowledge: 'Acknowledged. The employee can now see that someone senior has it.',
  respond: 'Response published. The employee sees it when they check their case code.',
  reply:
    'Message sent. The employee sees it with their case code (on the web, or by texting STATUS), and you are emailed when they answer.',
  'hand-over': 'Handed over. It has left your desk, and the person now responsible has been emailed.',
  close: 'Closing. Your desk lists it among “Closed cases”.',
  'keep-open': 'Kept open. The employee can still write, and the case is back among your open cases.',
};

export const CLOSE_IN_EFFECT =
  'This case is already closed: its close took effect at the end of the hour it was made in, so it can no longer be kept open.';

/**
 * Does what the sponsor asked, on a case they hold. Answering and writing
 * to the employee also acknowledge; closing meets an unacknowledged case's clock to acknowledge (a
 * closed case was seen), without telling the employee it was acknowledged. A hand-over goes one or two levels up, records its reason
 * (redacted of others' personal details, not of the sponsors it names: see below), and emails the new
 * holder at once; the case then leaves this desk.
 */
export async function actOnDeskCase(
  deps: DeskDeps,
  sponsor: Sponsor,
  id: string,
  act: DeskAction,
): Promise<{
  escalation: DeskCase;
  notice: string;
  stillOnDesk: boolean;
  /**
   * A hand-over: to which level the sponsor chose, whether whoever has it now could be emailed, and whether
   * it was acknowledged (no deadline moves it on: the sweep keeps trying, and the operator is alerted).
   */
  handOver?: { to: number; mail: HandOverMail; acknowledged: boolean };
}> {
  const e = await openDeskCase(deps, sponsor, id);
  if (act.action !== 'close' && act.action !== 'keep-open') refuseIfClosed(e);
  const at = hourStamp(deps.clock.now());
  const closesAt = closeTakesEffect(deps.clock.now());
  let handOver: { to: number; mail: HandOverMail; acknowledged: boolean } | undefined;
  switch (act.action) {
    case 'acknowledge':
      await acknowledgeOpened(deps, e);
      break;
    case 'respond':
      await respondToOpened(deps, e, act.response);
      break;
    case 'reply':
      // Written as the case's holder: the sponsor, or the leadership list when a reader of it holds the case here.
      await sponsorWrites(deps, e, act.message, holderIdOf(deps.config, e));
      // Writing to the employee shows it has been seen: it acknowledges, as from the case's own link.
      await acknowledgeOpened(deps, e);
      break;
    case 'close': {
      if (!act.confirmed && closeNeedsConfirming(e)) throw new UnacknowledgedUrgentClose();
      // In effect at the end of the hour: closed to the sponsor at once, to the employee then. Every answer of
      // the hour is accepted, and one that reopens it tells its holder the hour it came in, never whether
      // it came before or after the minute of the close.
      // Its history line is dated by the hour it was made in, as every other is, so the history reads in order.
      const closedNow = await deps.desk.close(
        e.id,
        closesAt,
        { at, event: 'closed', detail: `by ${sponsor.name}`, by: sponsor.id },
        // A close of a case urgent or about a sponsor is shown to someone else once in effect (`close-notices.ts`).
        { acknowledges: e.status === 'raised', tell: closeMustBeSeen(e), atLevel: e.level },
      );
      // Not closed because it moved meanwhile (its holder's own hand-over won the race): the case is its new
      // holder's, open, and nothing below may close the employee's conversation. A close already made is a retry.
      if (!closedNow) {
        const now = (await deps.escalations.get(e.id)) as DeskCase | undefined;
        if (!now?.closedAt) throw new NotFoundError(NOT_ON_DESK);
      }
      // Its holder has dealt with it (the legal clock to acknowledge is met), but nobody acknowledged it: the
      // employee's page goes from "passed to a senior leader" to "closed", never through "acknowledged". The
      // close records that it does this before doing it, so keeping it open gives back exactly this (a retry
      // after a failure between the two, finding the close kept, does the rest).
      const closed = (await deps.escalations.get(e.id)) as DeskCase | undefined;
      if (closed?.closeAcknowledges && closed.status === 'raised')
        await acknowledgeOpened(deps, closed, { toEmployee: false, byClose: true });
      if (e.caseKey)
        await deps.threads.close(
          e.caseKey,
          threadExpiry(deps.config, isoWeekOf(new Date(e.raisedAt), 'UTC')),
          closesAt,
        );
      break;
    }
    case 'keep-open':
      await keepOpen(deps, e, sponsor);
      break;
    case 'hand-over': {
      const reason = act.reason.normalize('NFC').trim();
      // Every problem with the hand-over at once (no choice of whom, and no reason, are two), so the sponsor
      // fixes both and presses once more instead of being told the second only after fixing the first.
      const problems: { message: string; issue: { path: string; message: string } }[] = [];
      if (!reason) {
        const message = 'Say why this is not yours, so whoever takes it knows.';
        problems.push({ message, issue: { path: 'reason', message } });
      } else if ([...reason].length > MAX_HAND_OVER_REASON_CHARACTERS) {
        const message = `Keep the reason to ${MAX_HAND_OVER_REASON_CHARACTERS} characters or fewer.`;
        problems.push({ message, issue: { path: 'reason', message: 'too long' } });
      }
      if (!handOverTargets(e).includes(act.to)) {
        const message = 'Choose who should take it: your backup or the leadership list.';
        problems.push({ message, issue: { path: 'to', message: 'not a level above this case' } });
      }
      if (problems.length)
        throw new ValidationError(
          problems.map((problem) => problem.message).join(' '),
          problems.map((problem) => problem.issue),
        );
      // To the person chosen, or, if the case goes around them, to the leadership list: the sponsor is told the same either way.
      const destination = handOverDestination(deps.config, e, act.to);
      const to = recipientsAt(deps.config, e.sponsorId, destination.level, e.reroute?.bypassed);
      // A sponsor's own words, read by whoever holds the case next and never by the employee: the personal details
      // of anyone else are still removed (a name, a phone, kept in the history for its year), but the sponsors and
      // roles of the config are not read for as an employee's report is ("this is the COO's call" is what a
      // hand-over is for, and says nothing of who wrote the report).
      const { redact } = await redaction();
      const redactedReason = redact(reason);
      // op44a: words that point to one person ("she's the only forklift driver on nights", "the union rep on line
      // 4") are kept by redaction, as in a report; the sponsor sees them first and chooses to keep or change them.
      if (!act.confirmed) {
        const { selfDescriptions } = await import('../analysis/self-descriptions');
        const phrases = [...new Set(selfDescriptions(redactedReason))];
        if (phrases.length) throw new HandOverReasonSinglesOut(phrases);
      }
      const entries: AuditEntry[] = [
        {
          at,
          event: 'handed-over',
          detail: `by ${sponsor.name} to ${to.names}: ${redactedReason}`,
          by: sponsor.id,
        },
      ];
      // Why it went to the list and not to whom it was handed: read by the leadership list alone ("Passed on" to anyone else).
      if (destination.around)
        entries.push({ at, event: 'rerouted', detail: aroundDetail(to.names, destination.around) });
      // The new holder has the full SLA to acknowledge, counted from the hand-over itself, not from the start of its
      // hour (the legal clock runs on, from the report): the same rule as a climb's and an answer's move.
      const due = fullTimeFrom(deps.clock.now(), slaHours(deps.config, e.urgent));
      if (!(await deps.desk.handOver(e.id, e.level, destination.level, entries, due)))
        throw new NotFoundError(NOT_ON_DESK);
      const moved = await deps.escalations.get(e.id);
      const mail = moved ? await tellNewHolder(deps, moved) : 'told';
      // A case sent around whom the sponsor chose: they are told what they would be told of any hand-over.
      // Acknowledged and still so (not urgent, or answered): no deadline moves it on. An urgent one waits again.
      handOver = {
        to: act.to,
        mail: destination.around ? 'told' : mail,
        acknowledged: (moved ?? e).status !== 'raised',
      };
      break;
    }
  }
  const after = (await deps.escalations.get(e.id)) ?? e;
  return {
    escalation: after,
    notice: DONE[act.action],
    stillOnDesk: isOnDesk(deps.config, sponsor, after),
    ...(handOver ? { handOver } : {}),
  };
}

/**
 * What became of the email to whoever a case was handed to: `told`, it was accepted (or is being sent);
 * `passed-on`, their address was refused and the case went on at once to the next level, as the sweep
 * would take it; `untold`, nobody who holds it now could be emailed just now (the mail service failed):
 * each sweep tries again, and it goes on up when their deadline passes (an acknowledged case has none: the
 * sweep keeps trying, a failure each time, which alerts the operator); `passed-on-untold`, it went on
 * and the next could not be emailed either (each sweep tries again; the operator is alerted).
 */
export type HandOverMail = 'told' | 'passed-on' | 'passed-on-untold' | 'untold';

/**
 * Emails whoever the case was handed to. The hand-over is kept whatever the mail does (never an error
 * page for what was done). Until an email to them is accepted the employee reads that the case is being
 * passed on, as when it was first raised, never that a senior leader has it; an acknowledged case stays
 * acknowledged (someone senior did). A refused address is climbed past at once (`reachHolder`, as the
 * sweep does), acknowledged or not; a failure of the mail service itself leaves the case with them for the
 * sweep to retry (`deliverUnsent`, or `deliverHandedOver` for an acknowledged one, which no deadline moves on).
 */
async function tellNewHolder(deps: DeskDeps, moved: Escalation): Promise<HandOverMail> {
  const waiting = moved.status === 'raised';
  if (moved.caseKey && waiting) await deps.cases.passingOn(moved.caseKey);
  let mail: HandOverMail = 'told';
  try {
    await notify(deps, moved, 'handed-over');
  } catch (error) {
    reportMailFailure(deps, 'hand-over', error);
    // Acknowledged or not: whoever it was handed to must hear of it, so a refused address is passed at once.
    if (error instanceof AddressRefusedError && moved.level < TOP_LEVEL) {
      const next = await moveUp(deps, moved, 'unreachable');
      mail = 'passed-on';
      if (next) mail = await failed(deps, () => reachHolder(deps, next), 'passed-on', 'passed-on-untold');
    } else if (error instanceof EmailInFlightError) {
      return 'told'; // another attempt is sending it right now: it, or the sweep after it, says a leader has it
    } else if (!(error instanceof PartlyReachedError)) mail = 'untold';
  }
  // Someone holding it was told: a senior leader has it (the sweep does the same for one it delivers later).
  if ((mail === 'told' || mail === 'passed-on') && waiting) await markPassedOn(deps, moved).catch(() => undefined);
  return mail;
}

/** `reached` once `send` has told someone who holds the case (or some of a list), `untold` if it failed. */
async function failed(
  deps: DeskDeps,
  send: () => Promise<unknown>,
  reached: HandOverMail,
  untold: HandOverMail,
): Promise<HandOverMail> {
  try {
    await send();
    return reached;
  } catch (error) {
    reportMailFailure(deps, 'hand-over', error);
    return error instanceof PartlyReachedError ? reached : untold;
  }
}

/**
 * Undoes a close made by mistake, while it is not yet in effect (before the end of its hour): the case is
 * open again, to the sponsor and the employee alike, as if never closed; its history says who kept it open,
 * in the hour of the close (the only hour it can be kept open in). Once in effect it stands (`CLOSE_IN_EFFECT`): the employee has been shown the
 * case closed, and only an answer they sent before it reopens it. The conversation first, as when an answer
 * reopens a case: a failure after it leaves the case closing, and pressing again does both. Pressing again
 * on an open case does nothing.
 */
async function keepOpen(deps: DeskDeps, e: DeskCase, sponsor: Sponsor): Promise<void> {
  if (!e.closedAt) return;
  const now = deps.clock.now();
  if (!isClosing(e, now)) throw new ValidationError(CLOSE_IN_EFFECT, [{ path: 'action', message: 'close in effect' }]);
  if (e.caseKey) await deps.threads.reopen(e.caseKey);
  // The close acknowledged a case nobody had: that goes too, its feedback clock first (repeatable), so a
  // failure before the case's own write leaves it closing and pressing again does it all.
  const unacknowledges = acknowledgedByClose(e);
  const clocks = deps.legal ? { ...deps.legal, clock: deps.clock } : undefined;
  if (unacknowledges && clocks) await acknowledgementUndone(clocks, e, e.acknowledgedAt);
  const entry: AuditEntry = { at: hourStamp(now), event: 'kept-open', detail: `by ${sponsor.name}`, by: sponsor.id };
  if (await deps.desk.keepOpen(e.id, e.closedAt, now, entry)) return;
  // The hour ended between the read and the write: the close stands, so the conversation closes again at its
  // hour, and the clock the close met stays met.
  const after = (await deps.escalations.get(e.id)) as DeskCase | undefined;
  if (after?.closedAt && e.caseKey)
    await deps.threads.close(
      e.caseKey,
      threadExpiry(deps.config, isoWeekOf(new Date(e.raisedAt), 'UTC')),
      after.closedAt,
    );
  if (after?.closedAt && unacknowledges && clocks) await startFeedbackClock(clocks, after);
  if (after?.closedAt) throw new ValidationError(CLOSE_IN_EFFECT, [{ path: 'action', message: 'close in effect' }]);
}

/** The case's conversation for the desk's sponsor (never an answer that names them); reading it marks the employee's messages as read. */
export async function deskThread(deps: Pick<DeskDeps, 'threads'>, e: DeskCase, sponsor: Pick<Sponsor, 'id'>) {
  return e.caseKey ? sponsorReadsThread(deps.threads, e.caseKey, [sponsor.id]) : [];
}
