import type { Config } from '../config/schema';
import {
  dueHour,
  holderIdOf,
  hourStamp,
  isUrgent,
  LEADERSHIP,
  recipientsAt,
  routeAroundConflicts,
  slaHours,
  startOfHour,
  type Escalation,
  type EscalationMessage,
} from '../domain/escalation';
import { deskOwnerAt, deskUrl } from '../domain/case-desk';
import { escalationLink } from '../domain/escalation-link';
import type { EmailOccasion } from '../email/escalation-email';
import type { Clock } from '../ports/clock';
import type { EscalationStore } from '../ports/escalation-store';
import type { CaseStore } from '../ports/case-store';
import type { PatternCounter } from '../ports/pattern-counter';
import { AddressRefusedError, type Mailer } from '../ports/mailer';
import type { Metrics } from '../ports/metrics';
import type { Translator } from '../ports/translator';
import { DAY_MS } from '../domain/durations';
import type { AnswerNotices } from '../ports/answer-notices';
import type { CaseRouting } from '../ports/case-routing';
import type { CaseThread } from '../ports/case-thread';
import type { LegalClocks } from '../ports/legal-clocks';
import type { SentEmails } from '../ports/sent-emails';
import { startAcknowledgeClock } from './legal-clocks';
import { sendToEach } from './send-to-each';
import { mailFailureOf, type MailFailure } from './mail-failure';
import type { MarkedUrgentAllowance } from './marked-urgent-allowance';
import { allowanceOf, overflowOf } from './urgent-words-allowance';

export interface EscalationDeps {
  config: Config;
  escalations: EscalationStore;
  cases: CaseStore;
  mailer: Mailer;
  clock: Clock;
  linkSigningKey: string;
  /** Where links in emails point, e.g. https://feedback.example.com */
  publicUrl: string;
  /** Counts `EscalationsRaised`; none locally. */
  metrics?: Metrics;
  /** Translates text for `config.leadershipLanguage` (Amazon Translate); none locally. */
  translator?: Translator;
  /** Told the name of an error that was survived (a failed translation); it never carries text. */
  warn?: (message: string, detail: { errorName: string }) => void;
  /**
   * Told of each email about a case a sweep could not send (`mailFailureOf`): its kind and the service's
   * error name, so the operator tells throttling from a refused address; never an address, a case or its text.
   */
  mailFailed?: (failure: MailFailure) => void;
  /**
   * Told when every address of a case's ladder (sponsor, backup, leadership list) was refused for good, and
   * whether a sponsor past it was reached instead (`reach-past-refused-chain.ts`): the operator's alarm. Never
   * an address, a case or its text.
   */
  ladderRefused?: (outcome: { reached: boolean }) => void;
  /** The legal clocks (acknowledge, then feedback); without them none is kept. */
  clocks?: LegalClocks;
  /** Cases' conversations: where the employee reads by when they will hear back. */
  threads?: CaseThread;
  /** What an employee's answer may change on its case (whom it goes around, how urgent); without it, nothing. */
  routing?: CaseRouting;
  /** Where ordinary answers wait for their hour to end before their holder is emailed; without it they are emailed at once. */
  answerNotices?: AnswerNotices;
  /** Which emails went to whom, so a retry tells each reader once; without it, at least once. */
  sentEmails?: SentEmails;
  /** The pattern rule's counts, which a case an answer moves around a sponsor leaves; without them, none changes. */
  patterns?: PatternCounter;
  /**
   * Each holder's emails one by one this hour about reports only marked urgent by their senders; past it, the
   * sweep tells them of the rest together (`marked-urgent-summary.ts`). Without it, every one is emailed on its own.
   */
  markedUrgent?: MarkedUrgentAllowance;
  /**
   * Each holder's emails one by one this hour about reports urgent in their words or topic; past it, each sweep
   * tells them of what came since in one email that lists the texts (`urgent-words-allowance.ts`). Without it,
   * every one is emailed on its own.
   */
  urgentWords?: MarkedUrgentAllowance;
}

/**
 * A report raised earlier with its text withheld (`withheldAs`), now analysed: the same case, whose sponsor
 * is sent its text ("Text now available") once, never a second "Urgent:" about it. The id it would have
 * otherwise (from the analyzer's redaction) is kept only when no such case exists, so nothing new is stored
 * that the built-in redaction's reading of the words names.
 */
async function asWithheldCase(deps: EscalationDeps, message: EscalationMessage): Promise<EscalationMessage> {
  const { withheldAs, ...rest } = message;
  if (!withheldAs || withheldAs === message.escalationId || message.textWithheld) return rest;
  return (await deps.escalations.get(withheldAs)) ? { ...rest, escalationId: withheldAs } : rest;
}

/**
 * Records an escalation for its sponsor and emails them. Safe to run again
 * for the same message: the escalation is created once (its id is its
 * cause), the email goes out once per level (`notifiedLevel`), and the
 * case's status only moves forward. Every time it keeps is an hour.
 */
export async function raiseEscalation(deps: EscalationDeps, sent: EscalationMessage): Promise<Escalation> {
  const { config, escalations, clock } = deps;
  const message = await asWithheldCase(deps, sent);
  const raised = startOfHour(clock.now());
  // The employee's own "urgent" counts like an urgent topic: the short SLA.
  const urgent = isUrgent(config, message);
  // Around any sponsor the report names, or the employee's own management (read before redaction, by analysis).
  const route = routeAroundConflicts(config, message.site, message.topics, {
    named: message.namedSponsors,
    aboutManagement: message.aboutManagement,
  });
  const to = recipientsAt(config, route.sponsorId, route.level, route.reroute?.bypassed).names;
  const draft: Escalation = {
    id: message.escalationId,
    reasons: message.reasons,
    caseKey: message.caseKey,
    site: message.site,
    topics: message.topics,
    urgentCategories: message.urgentCategories,
    urgent,
    redactedText: message.redactedText,
    textWithheld: message.textWithheld || undefined,
    language: message.language,
    translation: await translationOf(deps, message),
    pattern: message.pattern,
    sponsorId: route.sponsorId,
    level: route.level,
    ...(route.reroute ? { reroute: route.reroute } : {}),
    raisedAt: raised.toISOString(),
    slaDueAt: dueHour(raised, slaHours(config, urgent)),
    status: 'raised',
    notifiedLevel: -1,
    // Whoever reads this trail sees where it went, never whom it went around (that is `reroute`, for leadership).
    audit: [{ at: raised.toISOString(), event: 'raised', detail: `for ${to}: ${message.reasons.join(', ')}` }],
  };
  const created = await escalations.create(
    draft,
    new Date(raised.getTime() + config.retention.escalationDays * DAY_MS),
  );
  if (created) deps.metrics?.count('EscalationsRaised');
  let escalation = created ? draft : await escalations.get(draft.id);
  if (!escalation) throw new Error('escalation vanished between create and read');
  // The deadline is on the thread before the case shows "escalated", so the
  // employee never sees a passed-on case without its "by when"; until an
  // email is accepted the case is being passed on (`forwarding`), never "a
  // senior leader has it". Again on a retry: the same events and deadline are written once.
  const recorded = escalation;
  const bookkeeping = await failureOf(async () => {
    await startAcknowledgeClock(deps, recorded);
    if (recorded.caseKey) await deps.cases.advanceStatus(recorded.caseKey, 'forwarding');
  });
  if (!created && escalation.textWithheld && !message.textWithheld && message.redactedText) {
    escalation = await addWithheldText(deps, escalation, draft);
  }
  // Its deadline gone by before its holder was told (a redrive, long after): the sweep's climb tells whoever
  // holds it next, once, with a deadline ahead, never this holder that it is "overdue since" one they never had.
  if (untoldPastItsDeadline(escalation, clock.now())) {
    if (bookkeeping) throw bookkeeping;
    return escalation;
  }
  // Its holder's emails of the hour about such reports are spent (only marked urgent, or urgent in its words):
  // it is on their desk now, with its deadline, and the sweep tells them of it with the others, in one email.
  if (await leftForTheSummary(deps, escalation, message.quietSource === true)) {
    if (bookkeeping) throw bookkeeping;
    return escalation;
  }
  // A failing clock or status write must never hold up the sponsor's email: it goes
  // anyway, and the message is retried for what is missing; the retry finds
  // the email sent (`notifiedLevel`). An address the mail service refuses for good climbs at once to
  // whoever is next (`climbPastRefused`); any other failure of the email fails the message, which is
  // retried, then left to the sweep (`deliverUnsent`) and the escalation DLQ.
  await notifyOrClimb(deps, escalation);
  // Not while its deadline may be missing from the thread: the retry, finding the email sent, marks it.
  if (bookkeeping) throw bookkeeping;
  await markPassedOn(deps, escalation);
  return escalation;
}

/**
 * Emails the holder; when the mail service refuses their address (rejected, invalid, suppressed: retrying
 * the same address cannot help, `AddressRefusedError`), the case moves at once to the next level (the
 * backup, then the leadership list), told it as new, rather than waiting through the queue's retries and
 * the next sweep (up to `escalation.sweepMinutes`) while nobody knows of it. The refusal is logged for the
 * operator (`mailFailed`), who must fix the address. Throttling, a quota, the service down or timing out
 * fail the message as before: the next holder's email would fail the same way, so it is retried here.
 */
async function notifyOrClimb(deps: EscalationDeps, escalation: Escalation): Promise<void> {
  try {
    await notify(deps, escalation);
  } catch (error) {
    if (!(error instanceof AddressRefusedError)) throw error;
    deps.mailFailed?.(mailFailureOf('escalate', error));
    // Loaded here: reach-holder.ts reads this module's exports as it loads, and only a refusal needs it.
    const { moveUp, reachHolder, TOP_LEVEL } = await import('./reach-holder');
    if (escalation.level >= TOP_LEVEL) {
      // Routed straight to the leadership list, and refused there: the sponsors past it, rather than nobody.
      const { reachPastRefusedChain } = await import('./reach-past-refused-chain');
      if (escalation.urgent && (await reachPastRefusedChain(deps, escalation))) return;
      throw error;
    }
    const moved = await moveUp(deps, escalation, 'unreachable');
    // Moved by another run (a sweep, a retry) first, or its next holder's email is being sent by one: the
    // message's retry finds where it is now and tells whoever was not told.
    if (!moved || !(await reachHolder(deps, moved))) throw error;
  }
}

/**
 * Once an email to its holder was accepted: the case is with a senior leader (status only moves forward).
 * Then the escalation notes it (`passedOnShown`), so the sweep no longer reads the case to see whether
 * this write failed; a failure to note it costs the sweep one read of the case, which notes it then.
 */
export async function markPassedOn(
  deps: Pick<EscalationDeps, 'cases' | 'escalations'>,
  escalation: Escalation,
): Promise<void> {
  if (!escalation.caseKey) return;
  await deps.cases.advanceStatus(escalation.caseKey, 'escalated');
  if (!escalation.passedOnShown) await deps.escalations.markPassedOnShown(escalation.id).catch(() => undefined);
}

/**
 * Whether an escalation only marked urgent, or urgent in its words, waits for the sweep's summary: its holder
 * was not told of it yet and has had this hour's emails one by one about such reports (each kind its own). Nothing is kept of the decision: the case
 * is left untold at its level, as one whose email failed is, and the sweep (`deliverUnsent`) spends the
 * allowance again or tells it in the summary. A crash after the count and before the email loses nothing.
 * One from a quiet source (`quiet-source.ts`: among the first few urgent reports its sender sent this hour) past
 * the hour's emails still has its own, from the holder's second allowance, which a flood from one source never
 * spends: someone else's report never waits behind one person's flood.
 */
async function leftForTheSummary(deps: EscalationDeps, escalation: Escalation, quietSource: boolean): Promise<boolean> {
  const kind = overflowOf(deps, escalation);
  if (!kind || escalation.notifiedLevel >= escalation.level) return false;
  const holder = holderIdOf(deps.config, escalation);
  const allowance = allowanceOf(deps, kind);
  if (await allowance.spend(holder)) return false;
  return !(quietSource && allowance.spendQuiet && (await allowance.spendQuiet(holder)));
}

/** The error `run` fails with, or undefined when it succeeds. */
async function failureOf(run: () => Promise<void>): Promise<unknown> {
  try {
    await run();
    return undefined;
  } catch (error) {
    return error;
  }
}

/**
 * The analysis that failed at first has now succeeded: the sponsor, told
 * earlier that the text could not be shown, is sent it (redacted) once.
 * The email goes first, so a failure leaves the text withheld and the retry
 * sends it; at worst a person gets the update twice, never not at all.
 */
async function addWithheldText(deps: EscalationDeps, stored: Escalation, draft: Escalation): Promise<Escalation> {
  const withText: Escalation = {
    ...stored,
    redactedText: draft.redactedText,
    language: draft.language,
    translation: draft.translation,
    textWithheld: undefined,
  };
  if (stored.notifiedLevel >= stored.level) await send(deps, withText, 'text-added');
  const at = hourStamp(deps.clock.now());
  await deps.escalations.addText(
    stored.id,
    { redactedText: draft.redactedText, language: draft.language, translation: draft.translation },
    { at, event: 'notified', detail: 'the text could be processed after all and was sent' },
  );
  return (await deps.escalations.get(stored.id)) ?? withText;
}

/**
 * Emails whoever is responsible at the escalation's current level, unless that has been done.
 * `event` names the email for sending it once to each reader (see `send`).
 */
export async function notify(
  deps: EscalationDeps,
  escalation: Escalation,
  occasion: EmailOccasion = occasionOf(escalation),
  event?: string,
): Promise<void> {
  if (escalation.notifiedLevel >= escalation.level) return;
  const recipients = await send(deps, escalation, occasion, event);
  await deps.escalations.markNotified(escalation.id, escalation.level, {
    at: hourStamp(deps.clock.now()),
    event: 'notified',
    detail: `emailed ${recipients}`,
  });
}

/**
 * Whoever holds it at its level was never told of it, and its deadline has gone by: the sweep's climb
 * (`climb`) tells it on, to the next holder as new, or at the top to the whole leadership list once
 * with a fresh deadline. Every other path that would tell its holder now (the sweep's delivery of what
 * was never sent, the escalate queue's retry) leaves it to the climb: two paths telling one reader
 * sent a leader "overdue since" the old deadline and "still not acknowledged" with the new one at once.
 */
export const untoldPastItsDeadline = (escalation: Escalation, now: Date): boolean =>
  escalation.notifiedLevel < escalation.level && pastItsDeadline(escalation, now);

/** Its service level's deadline has gone by: the sweep climbs it (`sweepOverdue`). */
export const pastItsDeadline = (escalation: Escalation, now: Date): boolean =>
  Date.parse(escalation.slaDueAt) < now.getTime();

/** How the trail says a case climbed because its holder could not be emailed (and how the next holder is told it: as new). */
export const UNREACHABLE = 'could not be emailed';

/**
 * How the holder at its level is told, the same from every path that emails them (the escalate queue's
 * retry, the sweep's delivery, a climb), since the occasion names the email each reader is sent once:
 * two paths naming it apart sent leaders the same case twice, the second saying it was not acknowledged
 * in time when nobody could be emailed. New to them at the first level, when routed straight to
 * leadership, or when it climbed to them because the one before could not be emailed (they are the first
 * to hear of it); otherwise overdue.
 */
export function occasionOf(escalation: Escalation): EmailOccasion {
  if (escalation.level === 0 || escalation.sponsorId === LEADERSHIP) return 'new';
  // Handed over and its new holder not yet told (the mail service failed at the hand-over): a sweep's retry
  // says it was handed over, as the desk's own email does, never that it is overdue.
  const moves = escalation.audit.filter((entry) => entry.event === 're-escalated' || entry.event === 'handed-over');
  if (moves.at(-1)?.event === 'handed-over') return 'handed-over';
  const climbs = moves.filter((entry) => entry.event === 're-escalated');
  return climbs.at(-1)?.detail.startsWith(UNREACHABLE) ? 'new' : 'overdue';
}

/**
 * Emails whoever holds the escalation now, each reader on their own with a
 * link for them alone; returns whom, in words. Each reader is sent `event`
 * once (by default: this occasion at this level, holder and due time), so a
 * retry after one refused address reaches only those not yet told.
 */
export async function send(
  deps: EscalationDeps,
  escalation: Escalation,
  occasion: EmailOccasion,
  event = `esc:${escalation.id}:${occasion}:${escalation.level}:${escalation.sponsorId}:${escalation.slaDueAt}`,
): Promise<string> {
  const { config } = deps;
  const recipients = recipientsAt(config, escalation.sponsorId, escalation.level, escalation.reroute?.bypassed);
  // For whoever holds it at this level alone (it stops opening once the case moves on); expiring on the hour.
  const link = escalationLink(config, escalation, deps.publicUrl, deps.clock.now(), deps.linkSigningKey);
  // Each holder also gets the link to their own case desk (a sponsor's, or a leadership reader's).
  const bypassed = escalation.reroute?.bypassed ?? [];
  const deskOf = (email: string) => {
    const owner = deskOwnerAt(config, email, bypassed);
    return owner ? deskUrl(config, owner, deps.publicUrl, deps.clock.now(), deps.linkSigningKey) : undefined;
  };
  // Loaded on the first email: a sweep with nothing to send never reads the renderers or their catalogues (docs/performance-log.md, "2026-12-03: built-ins as CommonJS").
  const { escalationEmail } = await import('../email/escalation-email');
  await sendToEach(deps, event, recipients.emails, (to) =>
    escalationEmail(config, escalation, [to], link, recipients.names, occasion, deskOf(to), deps.clock.now()),
  );
  return recipients.names;
}

/**
 * The redacted text in the leadership's language, when the config names one
 * and the text is known to be in another. A translation that fails is left
 * out: it must never hold up the escalation.
 */
async function translationOf(deps: EscalationDeps, message: EscalationMessage): Promise<Escalation['translation']> {
  const target = deps.config.leadershipLanguage;
  const source = message.language;
  if (!deps.translator || !target || !source || source === 'und' || !message.redactedText || message.textWithheld)
    return undefined;
  if (baseLanguage(source) === baseLanguage(target)) return undefined;
  try {
    return { language: target, text: await deps.translator.translate(message.redactedText, source, target) };
  } catch (error) {
    deps.warn?.('translation failed; the escalation is sent with the original text alone', {
      errorName: error instanceof Error ? error.name : 'Error',
    });
    return undefined;
  }
}

const baseLanguage = (code: string) => code.toLowerCase().split('-')[0];
