import { randomUUID } from 'node:crypto';
import { redaction } from '../analysis/redaction-on-demand';
import { hideEveryWebAddress } from '../analysis/sponsor-web-addresses';
import { conflictMatching } from '../domain/conflicts-on-demand';
import type { Config } from '../config/schema';
import { caseKeyFor, normaliseCaseCode } from '../domain/case-code';
import { hourStamp, type Escalation } from '../domain/escalation';
import { cleanText, feedbackTextSchema, type AnalysisMessage, type CaseRecord, type Channel } from '../domain/feedback';
import { isoWeekOf } from '../domain/iso-week';
import { dayInZone } from '../domain/zone-day';
import { MAX_TEXT_CHARACTERS } from '../domain/limits';
import { NotFoundError, PayloadTooLargeError, ServiceUnavailableError, ValidationError } from '../errors';
import {
  MAX_THREAD_MESSAGES,
  threadDay,
  threadExpiry,
  type CaseThread,
  type ThreadDeadline,
  type ThreadMessage,
  type ThreadSummary,
  visibleTo,
} from '../ports/case-thread';
import type { CaseStore } from '../ports/case-store';
import type { Clock } from '../ports/clock';
import type { Queue } from '../ports/queue';
import type { RateAndReplayState, ReplayClaim } from './rate-and-replay-state';
import { IdempotencyKeyReusedError } from './submit-feedback';
import { NO_SUCH_CASE, type CaseStatusView } from './get-case-status';
import { answerReachesAtOnce } from './answer-on-a-live-urgent-case';

/**
 * The anonymous conversation on an escalated case, as each side uses it.
 * The sponsor's words are redacted and added at once; the employee's answer
 * travels like a submission (raw only on the analysis queue), and analysis
 * adds it, redacted, to the thread (`save-thread-answer.ts`).
 */

/** Statuses at which a case has a sponsor, and so a conversation. */
const WITH_A_SPONSOR: readonly CaseRecord['status'][] = ['escalated', 'acknowledged', 'responded'];
// A case being passed on (`forwarding`) has its holder already (its escalation is raised, on their desk, with its
// deadline): only its email is still to go, and in a busy hour that is the sweep's list. Details texted after it
// (`followUp`) go into its conversation, as they would an hour later: filed apart, each was an urgent case of its own
// that spent the number's urgent allowance, and past it the details were refused (attack round 29, F12).

export const NO_CONVERSATION =
  'This case has no conversation: only a case passed to a senior leader can be answered. Send new feedback instead.';
export const NO_ONE_TO_WRITE_TO =
  'This is a pattern across several people, so there is no one to write to; the weekly digest reports what was done.';
export const THREAD_FULL =
  'This conversation has reached its length limit, so nothing more can be added. Send new feedback instead.';

export const CASE_CLOSED =
  'This case is closed, so nothing more can be added to it. If there is something new, send new feedback.';

/** The employee's view of the conversation: every message, what is new, and the deadlines. */
export interface EmployeeThreadView {
  messages: ThreadMessage[];
  summary: ThreadSummary;
  /** Whether the employee may write (the case has a sponsor). */
  open: boolean;
}

/**
 * Reads the thread for the employee and notes that they have seen it: a
 * message the sponsor writes after this stays "new".
 */
export async function employeeReadsThread(
  threads: CaseThread,
  record: Pick<CaseRecord, 'caseKey' | 'status'>,
): Promise<EmployeeThreadView> {
  const [placed, waiting, summary] = await Promise.all([
    threads.list(record.caseKey),
    threads.waiting(record.caseKey),
    threads.summary(record.caseKey),
  ]);
  const last = placed.at(-1)?.seq;
  if (last && summary.newForEmployee) await threads.markRead(record.caseKey, 'employee', last);
  // Their answers still waiting for the hour come last: that is where the sponsor will read them. A close
  // meanwhile loses none of them: each was accepted before it, and reaches the sponsor at its hour (the case reopens).
  return { messages: [...placed, ...waiting], summary, open: WITH_A_SPONSOR.includes(record.status) };
}

export interface EmployeeAnswerDeps {
  config: Config;
  cases: CaseStore;
  queue: Queue<AnalysisMessage>;
  clock: Clock;
  pepper: string;
  /** Read to refuse an answer to a thread already full; without it the check is left to analysis. */
  threads?: CaseThread;
  /** Where an `Idempotency-Key` is remembered for the hour, as for submissions; without it keys are ignored. */
  rateState?: Pick<RateAndReplayState, 'claim'>;
}

/** Where an answer's key is remembered: apart from submissions' keys, which a client may also choose. */
export const answerKey = (idempotencyKey: string): string => `answer:${idempotencyKey}`;

/** An answer not sent: its words may point to the person who wrote it (the phrases, as the preview names them). */
export class AnswerSinglesOut extends Error {
  constructor(readonly phrases: readonly string[]) {
    super('the answer holds words that may point to the person who wrote it');
    this.name = 'AnswerSinglesOut';
  }
}

/**
 * The employee answers in their case's conversation (web, JSON or SMS).
 * Checked like a submission; the raw text goes only onto the analysis queue,
 * which redacts and analyses it, adds it to the thread, tells the sponsor,
 * and escalates it if it is urgent. Nothing is stored here but the key's claim.
 * A retry with the same key and words queues the answer again under the first
 * request's id, which the thread adds once: nothing is lost if the first
 * request stopped half-way, and nothing is added twice if it did not.
 */
export async function employeeAnswers(
  deps: EmployeeAnswerDeps,
  typedCode: string,
  text: unknown,
  channel: Channel,
  idempotencyKey?: string,
  {
    followUp = false,
    courtesy = false,
    checkSinglesOut,
  }: {
    followUp?: boolean;
    courtesy?: boolean;
    /**
     * The employee has not yet been shown what in the answer may point to them: the words the preview would name,
     * none when it must go at once (`answer-singles-out.ts`, given by the intake, which reads urgency; the sponsors'
     * function, which loads this module too, stays small). Any found: not sent (`AnswerSinglesOut`).
     */
    checkSinglesOut?: (record: CaseRecord, summary: ThreadSummary, text: string) => Promise<readonly string[]>;
  } = {},
): Promise<{ caseCode: string; copy?: true; atOnce?: true }> {
  const parsed = feedbackTextSchema.safeParse(text);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const tooBig = issue.code === 'too_big' || (issue.code === 'custom' && issue.params?.tooBig === true);
    const issues = [{ path: 'text', message: issue.message }];
    throw tooBig ? new PayloadTooLargeError(issue.message, issues) : new ValidationError(issue.message, issues);
  }
  const caseCode = normaliseCaseCode(typedCode);
  const record = caseCode ? await deps.cases.findCase(caseKeyFor(caseCode, deps.pepper)) : undefined;
  if (!caseCode || !record) throw new NotFoundError(NO_SUCH_CASE);
  if (!WITH_A_SPONSOR.includes(record.status) && !(followUp && record.status === 'forwarding'))
    throw new NotFoundError(NO_CONVERSATION);
  // The answer's id, the same in every copy of its queue message: the thread adds it once, however many
  // copies come, at once or later (`CaseThread.append`, `onceKey`). Random: it dates and links nothing.
  let id: string = randomUUID();
  let retry = false;
  let release: (() => Promise<void>) | undefined;
  if (idempotencyKey && deps.rateState) {
    let claim: ReplayClaim;
    try {
      // The first request with a key records the answer's id under it (a conditional write); every retry finds it.
      claim = await deps.rateState.claim(answerKey(idempotencyKey), id, `${record.caseKey}\n${parsed.data}`);
    } catch (cause) {
      throw new ServiceUnavailableError('your answer could not be sent just now; please try again', { cause });
    }
    if (claim.kind === 'retry') {
      if (!claim.sameContent) throw new IdempotencyKeyReusedError();
      // Queued again under the first request's id: that one may have stopped (a timeout, a crash) after
      // claiming the key and before queuing. Queued twice, the answer is still added and told once.
      id = claim.caseCode;
      retry = true;
    } else release = claim.release;
  }
  let summary: ThreadSummary | undefined;
  try {
    summary = deps.threads ? await deps.threads.summary(record.caseKey) : undefined;
    // Closed: no answer is accepted from now on (one accepted before the close still reaches the sponsor).
    // A retry of an answer accepted before the close is that answer, not a new one: it gets the same reply
    // the first request got (the claim is checked first), and the answer reaches the holder at its hour.
    if (summary?.closed && !retry) throw new ValidationError(CASE_CLOSED, [{ path: 'text', message: CASE_CLOSED }]);
    // A retry's answer took its place when first sent, even if that filled the thread.
    if (!retry && summary && summary.messages >= MAX_THREAD_MESSAGES) {
      throw new ValidationError(THREAD_FULL, [{ path: 'text', message: THREAD_FULL }]);
    }
    // op44a: words that may point to the writer are shown to them first (a retry was sent already).
    if (checkSinglesOut && !retry && !followUp && summary) {
      const phrases = await checkSinglesOut(record, summary, parsed.data);
      if (phrases.length) throw new AnswerSinglesOut(phrases);
    }
  } catch (error) {
    // Refused before anything was queued: the key is free again.
    await release?.().catch(() => undefined);
    throw error;
  }
  // Details texted minutes after an urgent report take their turn as accepted here: analysis may take a later one
  // first (an urgent one waits on the detector), and the thread still lists them in the order they were sent. Only
  // details, which are placed at once: an ordinary answer's turn beside one placed at once would tell, within its
  // hour, which came first (docs/anonymity.md). Failing, it costs the order, never the answer.
  const turn = followUp ? await deps.threads?.takeTurn?.(record.caseKey).catch(() => undefined) : undefined;
  // On an urgent case still live, an answer with content goes to its holder now, and the employee is told so
  // (details texted minutes after the report have their own rule, and their own reply: `follow-up-details.ts`).
  const atOnce = !followUp && summary !== undefined && answerReachesAtOnce(deps.config, record, summary, parsed.data);
  try {
    await deps.queue.enqueue({
      id,
      caseKey: record.caseKey,
      channel,
      ...(turn ? { turn } : {}),
      week: isoWeekOf(deps.clock.now(), deps.config.timezone),
      site: record.site,
      escalate: false,
      text: parsed.data,
      threadAnswer: true,
      ...(followUp ? { followUp: true } : {}),
      ...(followUp && courtesy ? { courtesy: true } : {}),
      ...(atOnce ? { atOnce: true } : {}),
      // The hour it was accepted in, on the hour: the one the employee is told it goes with.
      hour: hourStamp(deps.clock.now()),
    });
  } catch (cause) {
    // The key stays claimed with the answer's id: the message may have been queued all the same (a timeout),
    // and the employee's retry queues it again under that id, so it is added once either way.
    throw new ServiceUnavailableError('your answer could not be sent just now; please try again', { cause });
  }
  // A copy of an earlier request (its key claimed before) spends no budget.
  return { caseCode, ...(retry ? { copy: true as const } : {}), ...(atOnce ? { atOnce: true as const } : {}) };
}

/**
 * The employee says the report is about the person handling it (web or SMS): the case goes around whoever
 * holds it, reopened if they closed it, and their links stop opening it. Queued as an answer is, with no
 * words, so it joins the hour's answers: nothing moves, and nobody is told, until that hour is over
 * (`notify-thread-answer.ts`), or the move would date it. Taken on a closed case too: a close by the person
 * it is about is what it undoes. Sent twice, it moves the case once (the holder is gone around already).
 */
export async function employeeObjects(
  deps: Pick<EmployeeAnswerDeps, 'config' | 'cases' | 'queue' | 'clock' | 'pepper'>,
  typedCode: string,
  channel: Channel,
): Promise<{ caseCode: string }> {
  const caseCode = normaliseCaseCode(typedCode);
  const record = caseCode ? await deps.cases.findCase(caseKeyFor(caseCode, deps.pepper)) : undefined;
  if (!caseCode || !record) throw new NotFoundError(NO_SUCH_CASE);
  if (!WITH_A_SPONSOR.includes(record.status)) throw new NotFoundError(NO_CONVERSATION);
  try {
    await deps.queue.enqueue({
      id: randomUUID(),
      caseKey: record.caseKey,
      channel,
      week: isoWeekOf(deps.clock.now(), deps.config.timezone),
      site: record.site,
      escalate: false,
      text: '',
      threadAnswer: true,
      objection: true,
      hour: hourStamp(deps.clock.now()),
    });
  } catch (cause) {
    throw new ServiceUnavailableError('your request could not be sent just now; please try again', { cause });
  }
  return { caseCode };
}

/** The sponsor's message is a reply as long as a published response may be. */
export const MAX_SPONSOR_MESSAGE_CHARACTERS = MAX_TEXT_CHARACTERS;

/**
 * The sponsor writes to the employee: a question or an update. Redacted
 * before it is kept, like a published response; a sponsor must not name
 * anyone either. `by` is who writes: the holder's sponsor id, or
 * `leadership` (see `ThreadMessage.by`). Returns the message as stored.
 */
export async function sponsorWrites(
  deps: { threads: CaseThread; clock: Clock; config: Config },
  escalation: Pick<Escalation, 'caseKey' | 'raisedAt' | 'site'>,
  text: string,
  by: string,
): Promise<ThreadMessage> {
  const caseKey = escalation.caseKey;
  if (!caseKey) throw new ValidationError(NO_ONE_TO_WRITE_TO, [{ path: 'message', message: NO_ONE_TO_WRITE_TO }]);
  // Cleaned as the employee's answer is: control characters (a NUL) or spaces alone are no message.
  const clean = cleanText(text);
  if (!clean)
    throw new ValidationError('Write a message before sending it.', [
      { path: 'message', message: 'Write a message before sending it.' },
    ]);
  if ([...clean].length > MAX_SPONSOR_MESSAGE_CHARACTERS) {
    const message = `Keep the message to ${MAX_SPONSOR_MESSAGE_CHARACTERS.toLocaleString('en-US')} characters or fewer.`;
    throw new ValidationError(message, [{ path: 'message', message }]);
  }
  const [{ redact }, { namedSpans }] = await Promise.all([redaction(), conflictMatching()]);
  const stored = await deps.threads.append(
    caseKey,
    {
      from: 'sponsor',
      by,
      // With the case's site, as its published response is: "the general manager" at Plant 2 names Plant 2's.
      // Every web address hidden too, a big company's as well: the employee opens it on their own phone.
      text: hideEveryWebAddress(redact(clean, (t) => namedSpans(deps.config, t, escalation.site))),
      day: threadDay(deps.clock.now(), deps.config.timezone),
    },
    threadExpiry(deps.config, isoWeekOf(new Date(escalation.raisedAt), 'UTC')),
  );
  if (!stored) {
    const summary = await deps.threads.summary(caseKey);
    const why = summary.closed || summary.closing ? CASE_CLOSED : THREAD_FULL;
    throw new ValidationError(why, [{ path: 'message', message: why }]);
  }
  // Read through the sponsor's own message (an answer still waiting for its hour has no place yet).
  await deps.threads.markRead(caseKey, 'sponsor', stored.seq);
  return stored;
}

/**
 * The sponsor reads the thread; what the employee wrote until now is no
 * longer new to them. `readers` are the sponsors (ids) reading: an answer
 * that names any of them is left out (`ThreadMessage.notFor`).
 */
export async function sponsorReadsThread(
  threads: CaseThread,
  caseKey: string,
  readers: readonly string[],
): Promise<ThreadMessage[]> {
  // An ordinary answer is not in the thread until its hour is over (`CaseThread.placeWaiting`): nothing to hide here.
  const messages = (await threads.list(caseKey)).filter((m) => visibleTo(m, readers));
  const last = messages.at(-1)?.seq;
  if (last) await threads.markRead(caseKey, 'sponsor', last);
  return messages;
}

/** What the status page shows: the case's status, and, once it has a sponsor, its conversation and deadlines. */
export interface StatusWithConversation extends CaseStatusView {
  /**
   * Oldest first; `from` is `sponsor` or `employee`, `day` the day it was
   * written; `waiting` on an answer that reaches the sponsor at the end of its hour.
   */
  messages: Pick<ThreadMessage, 'from' | 'text' | 'day' | 'waiting'>[];
  /** The sponsor wrote something since the employee last looked. */
  newMessages: boolean;
  /** Whether the employee can answer (the case has a sponsor, and is neither closed nor full). */
  canAnswer: boolean;
  /** Present (true) once its holder closed the case: the conversation is read-only. */
  closed?: true;
  /** `YYYY-MM-DD`: by when the case must be acknowledged, then answered. */
  acknowledgeBy?: string;
  feedbackBy?: string;
  /**
   * The deadline that passed unmet, if one did: the case was then taken to
   * the leadership list, and the page says so instead of promising a day
   * gone by.
   */
  overdue?: ThreadDeadline;
  /**
   * While it waits to be acknowledged: whether the case is urgent (its holder has the short time to acknowledge
   * it) or not, as its thread notes it; absent on a thread from before it was noted: the page then names both.
   */
  urgent?: boolean;
  /** The language the report was read in (its analysis), so the page need not name it under a sponsor's message. */
  reportLanguage?: string;
}

/**
 * The status as a program reads it (JSON): `closed` once its holder closed the case, whatever step it
 * had reached, so `status` and `closed` never disagree. The page shows the steps reached and "Closed".
 */
export function statusForPrograms(
  view: CaseStatusView | StatusWithConversation,
): Omit<StatusWithConversation, 'status'> & { status: CaseStatusView['status'] | 'closed' } {
  const full: StatusWithConversation =
    'messages' in view ? view : { ...view, messages: [], newMessages: false, canAnswer: false };
  // Whether it is urgent, and the report's language, are the page's to use in words; the JSON stays as it was.
  const { urgent: _urgent, reportLanguage: _reportLanguage, ...shown } = full;
  return shown.closed ? { ...shown, status: 'closed' } : shown;
}

/**
 * The deadline a case has let pass: the acknowledgement while it waits for
 * one, the feedback while acknowledged. Passed when the sweep found it so,
 * or once the installation's day is past its day (the sweep may be late).
 */
function overdueOf(
  status: CaseRecord['status'],
  summary: ThreadSummary,
  today: string | undefined,
): ThreadDeadline | undefined {
  const passed = (kind: ThreadDeadline, day: string | undefined) =>
    day !== undefined && (summary.passed?.includes(kind) === true || (today !== undefined && today > day));
  if (status === 'escalated' && passed('acknowledge', summary.acknowledgeBy)) return 'acknowledge';
  if (status === 'acknowledged' && passed('feedback', summary.feedbackBy)) return 'feedback';
  return undefined;
}

/**
 * The status its employee is shown: an urgent case analysis has queued for its sponsor reads as being passed on
 * (`forwarding`) from that moment, never "read and sorted by topic" while the escalation stage has not yet taken
 * it (a moment, or longer under a backlog): to someone who reported a danger, that reads as read and shelved.
 */
const shownStatus = (record: Pick<CaseRecord, 'status' | 'beingPassedOn'>): CaseRecord['status'] =>
  record.beingPassedOn && (record.status === 'received' || record.status === 'analysed') ? 'forwarding' : record.status;

/**
 * The status of a case with its conversation, for its code's holder. Reading
 * it marks the sponsor's messages as read (a later one stays new).
 */
export async function statusWithConversation(
  deps: {
    cases: CaseStore;
    pepper: string;
    threads?: CaseThread;
    clock?: Clock;
    config?: Pick<Config, 'timezone'>;
  },
  typedCode: string,
): Promise<StatusWithConversation> {
  const caseCode = normaliseCaseCode(typedCode);
  const record = caseCode ? await deps.cases.findCase(caseKeyFor(caseCode, deps.pepper)) : undefined;
  if (!caseCode || !record) throw new NotFoundError(NO_SUCH_CASE);
  const view: CaseStatusView = {
    caseCode,
    status: shownStatus(record),
    week: record.week,
    ...(record.response ? { response: record.response } : {}),
  };
  if (!deps.threads || !WITH_A_SPONSOR.includes(record.status))
    return { ...view, messages: [], newMessages: false, canAnswer: false };
  const thread = await employeeReadsThread(deps.threads, record);
  const { acknowledgeBy, feedbackBy } = thread.summary;
  const today = deps.clock && deps.config ? dayInZone(deps.clock.now(), deps.config.timezone) : undefined;
  // A closed case makes no more promises: no day to hear back by, nothing overdue.
  const closed = thread.summary.closed === true;
  // A case closed unacknowledged, then reopened by an answer, shows "passed to a senior leader" (nobody
  // acknowledged it) while its feedback clock runs (the close met the one to acknowledge): that one binds.
  const clockStatus = record.status === 'escalated' && feedbackBy ? 'acknowledged' : record.status;
  const overdue = closed ? undefined : overdueOf(clockStatus, thread.summary, today);
  // A deadline met is no longer a promise: the day to acknowledge goes once someone has (its feedback clock
  // then runs), the day to hear back once the answer is published. A program reading the JSON sees only
  // what is still ahead, as the page does.
  // (the feedback clock is set when the one to acknowledge is met: by an acknowledgement, or by a close)
  const awaitingAcknowledgement = !feedbackBy && (record.status === 'escalated' || record.status === 'forwarding');
  const awaitingFeedback = record.status !== 'responded';
  // Only while it is with a senior leader unacknowledged does the page say how soon that is asked for; the
  // thread knows whether it is urgent (noted with the deadline to acknowledge, and when an answer made it so).
  const urgent = record.status === 'escalated' && !closed ? thread.summary.urgent : undefined;
  return {
    ...view,
    // never `notFor`: whom it named
    messages: thread.messages.map(({ from, text, day, waiting }) => ({
      from,
      text,
      day,
      ...(waiting ? { waiting } : {}),
    })),
    newMessages: thread.summary.newForEmployee,
    canAnswer: !thread.summary.closed && thread.summary.messages < MAX_THREAD_MESSAGES,
    ...(closed ? { closed: true as const } : {}),
    ...(acknowledgeBy && !closed && awaitingAcknowledgement ? { acknowledgeBy } : {}),
    ...(feedbackBy && !closed && awaitingFeedback ? { feedbackBy } : {}),
    ...(overdue ? { overdue } : {}),
    ...(urgent !== undefined ? { urgent } : {}),
    ...(record.analysis?.language && record.analysis.language !== 'und'
      ? { reportLanguage: record.analysis.language }
      : {}),
  };
}
