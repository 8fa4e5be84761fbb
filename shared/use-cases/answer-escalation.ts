import { redaction } from '../analysis/redaction-on-demand';
import { conflictMatching } from '../domain/conflicts-on-demand';
import type { Config } from '../config/schema';
import { linkHoldsCase, readEscalationSubject, whyLinkRefused } from '../domain/escalation-link';
import { verifyLink } from '../domain/signed-link';
import { AppError, ValidationError } from '../errors';
import { hourStamp, type Escalation } from '../domain/escalation';
import { BY_CLOSE } from '../domain/case-desk';
import { cleanText } from '../domain/feedback';
import type { Clock } from '../ports/clock';
import type { EscalationStore } from '../ports/escalation-store';
import type { CaseStore } from '../ports/case-store';
import { feedbackGiven, startFeedbackClock, type ClockDeps } from './legal-clocks';
import { hideEveryWebAddress } from '../analysis/sponsor-web-addresses';

export interface AnswerDeps {
  /** Whom a link was sent to is checked against whoever holds the case now; without it only links from before links named their holder open, and only a case that never changed hands. */
  config?: Config;
  escalations: EscalationStore;
  cases: CaseStore;
  clock: Clock;
  linkSigningKey: string;
  /** The legal clocks: acknowledging starts the feedback clock, answering meets it. Both or neither. */
  legal?: Omit<ClockDeps, 'clock'>;
}

export class LinkRefusedError extends AppError {
  /** Why, for a page that says it in the reader's language. */
  readonly reason: 'malformed' | 'forged' | 'expired' | 'unknown' | 'moved' | 'replaced';
  constructor(reason: 'malformed' | 'forged' | 'expired' | 'unknown' | 'moved' | 'replaced') {
    const message =
      reason === 'expired'
        ? 'This link has expired. Ask the Listening Post operator for a new one, or use the most recent email about this matter.'
        : reason === 'moved'
          ? 'This matter is now with someone else, so this link no longer opens it. If it comes back to you, you will get a new email.'
          : reason === 'replaced'
            ? 'This link has been replaced by a newer one. Use the link in your most recent email from the Listening Post.'
            : 'This link is not valid. It may have been copied incompletely or altered. Open it again from the email.';
    super(`link_${reason === 'moved' || reason === 'replaced' ? 'unknown' : reason}`, message);
    this.name = 'LinkRefusedError';
    this.reason = reason;
  }
}

export const MAX_RESPONSE_CHARACTERS = 1600;

/**
 * The escalation a signed link opens, or a 403 saying why not. A link opens
 * its case only for whoever holds it now: once it climbs, is handed over or
 * goes around someone, links sent to earlier holders stop opening it.
 */
export async function openEscalation(deps: AnswerDeps, token: string): Promise<Escalation> {
  const check = verifyLink(token, deps.linkSigningKey, deps.clock.now());
  if (!check.ok) throw new LinkRefusedError(check.reason);
  const { id, tag } = readEscalationSubject(check.claims.subject);
  const escalation = await deps.escalations.get(id);
  if (!escalation) throw new LinkRefusedError('unknown');
  if (!linkHoldsCase(deps.config, escalation, tag))
    throw new LinkRefusedError(whyLinkRefused(deps.config, escalation, tag));
  return escalation;
}

export const CASE_IS_CLOSED = 'This case is closed, so it cannot be changed.';

/**
 * A closed case is read-only, from the desk and from any link: nothing more
 * is acknowledged, published or written on it.
 */
export function refuseIfClosed(escalation: Escalation & { closedAt?: string }): void {
  if (escalation.closedAt)
    throw new ValidationError(CASE_IS_CLOSED, [{ path: 'action', message: 'the case is closed' }]);
}

/** The sponsor says they have seen it; the first acknowledgement counts, and the employee sees `acknowledged`. */
export async function acknowledgeEscalation(deps: AnswerDeps, token: string): Promise<Escalation> {
  const opened = await openEscalation(deps, token);
  refuseIfClosed(opened);
  return acknowledgeOpened(deps, opened);
}

/**
 * Acknowledges an escalation already opened (by its link, or from the sponsor's desk). With
 * `toEmployee: false` (a case closed without an acknowledgement) the legal clock counts it met, but the
 * employee's page is not told "acknowledged": it shows only what happened, that the case was closed.
 */
export async function acknowledgeOpened(
  deps: AnswerDeps,
  escalation: Escalation,
  { toEmployee = true, byClose = false } = {},
): Promise<Escalation> {
  const at = hourStamp(deps.clock.now());
  if (
    await deps.escalations.acknowledge(
      escalation.id,
      {
        at,
        event: 'acknowledged',
        // A close's doing is no acknowledgement anyone made: its history reads "Closed", and keeping it open undoes it.
        detail: `${byClose ? `${BY_CLOSE} ` : ''}at level ${escalation.level}`,
      },
      escalation.level,
    )
  ) {
    if (escalation.caseKey && toEmployee) await deps.cases.advanceStatus(escalation.caseKey, 'acknowledged');
    const acknowledged = await deps.escalations.get(escalation.id);
    // Acknowledged before (an urgent case handed over, acknowledged again by its new holder): the law's clocks
    // run from the first acknowledgement, already started; scheduled again, reminders sent would be sent twice.
    if (deps.legal && acknowledged && !escalation.acknowledgedAt)
      await startFeedbackClock({ ...deps.legal, clock: deps.clock }, acknowledged);
    return acknowledged ?? escalation;
  }
  return (await deps.escalations.get(escalation.id)) ?? escalation;
}

/** The sponsor's answer, published to the employee's case; answering also acknowledges. */
export async function respondToEscalation(deps: AnswerDeps, token: string, response: string): Promise<Escalation> {
  const opened = await openEscalation(deps, token);
  refuseIfClosed(opened);
  return respondToOpened(deps, opened, response);
}

/** Publishes the answer to an escalation already opened (by its link, or from the sponsor's desk). */
export async function respondToOpened(deps: AnswerDeps, opened: Escalation, response: string): Promise<Escalation> {
  // Cleaned as an employee's answer is: a response of control characters (a NUL) or spaces alone is empty.
  const text = cleanText(response);
  if (!text)
    throw new ValidationError('the response must not be empty', [
      { path: 'response', message: 'the response must not be empty' },
    ]);
  if ([...text].length > MAX_RESPONSE_CHARACTERS) {
    throw new ValidationError(
      `the response must be at most ${MAX_RESPONSE_CHARACTERS.toLocaleString('en-US')} characters`,
      [{ path: 'response', message: `at most ${MAX_RESPONSE_CHARACTERS.toLocaleString('en-US')} characters` }],
    );
  }
  const escalation = await acknowledgeOpened(deps, opened);
  // A sponsor's answer is published to the employee and kept: redacted like the feedback it answers (promise 2).
  const { config } = deps;
  const [{ redact }, { namedSpans }] = await Promise.all([redaction(), conflictMatching()]);
  // Every web address hidden too, a big company's as well: the employee opens it on their own phone.
  const published = hideEveryWebAddress(
    redact(text, config ? (t) => namedSpans(config, t, escalation.site) : undefined),
  );
  await deps.escalations.respond(escalation.id, published, {
    at: hourStamp(deps.clock.now()),
    event: 'responded',
    detail: `${[...text].length} characters`,
  });
  if (escalation.caseKey) await deps.cases.publishResponse(escalation.caseKey, published);
  if (deps.legal) await feedbackGiven({ ...deps.legal, clock: deps.clock }, escalation);
  return (await deps.escalations.get(escalation.id)) ?? escalation;
}
