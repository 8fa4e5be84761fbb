import { readsAllClear } from '../analysis/answer-all-clear';
import { caseKeyFor } from '../domain/case-code';
import { isCourtesyOnly, normalisePhoneNumber } from '../domain/sms-message';
import { answerSentReply, courtesyKeptReply, detailsWithCaseReply } from '../domain/sms-replies';
import { readsAsThanks } from '../domain/sms-thanks';
import type { Language } from '../i18n/translate';
import type { Topic } from '../config/schema';
import { NotFoundError, PayloadTooLargeError, ValidationError } from '../errors';
import type { CaseRecord } from '../domain/feedback';
import { CASE_CLOSED, employeeAnswers, THREAD_FULL } from './case-conversation';
import { queueDetailsBehindReport } from './details-behind-their-report';
import type { FollowUpLink } from './rate-and-replay-state';
import { urgencyDetectorWithin } from './reads-urgent';
import type { Clock } from '../ports/clock';
import type { HandleInboundSmsDeps, SmsReply } from './handle-inbound-sms';
import { IdempotencyKeyReusedError } from './submit-feedback';

/*
 * Details texted after an urgent report ("…and my eyes are burning", "2 people still inside", "it's in bay 4 not
 * 3"): a person expects them to reach the case they just reported, and its sponsor, at once. Without this they
 * were filed as a new, ordinary report that reached no one for days. So an urgent report's case is remembered, for
 * the split-report window, against its sender (`RateAndReplayState.keepFollowUpLink`: an HMAC of the number under
 * a five-minute bucket's own key, sealed, the key deleted once the minutes are over), and the sender's next texts
 * within it go into that case's conversation, as `<code> <words>` would: the sponsor is told at once, since the
 * case is urgent. Words that read urgent on their own never wait on this: they are a report of their own, raised
 * at once. What this costs promise 2, and why it was chosen: docs/anonymity-log.md, "Details texted after an urgent report".
 */

/**
 * Per sender and per number texted: words sent to another site's number are about that site, a report of its own
 * (a gas smell texted to the warehouse's number seconds after a fire texted to Plant 2's was folded into the fire's
 * case, and the warehouse's owner never told: att40, F6).
 */
const subjectOf = (sms: { from: string; to?: string }) =>
  `sms-follow-up:${normalisePhoneNumber(sms.from)}${sms.to ? `>${normalisePhoneNumber(sms.to)}` : ''}`;

/**
 * Remembers `caseCode` as the urgent case `from` just reported, with the urgent topic its words (`text`) read under
 * at the intake: details filed apart before analysis has read the case go where it goes. `instead`: the case this
 * one was filed for (details a closed or full case could not take), no longer one the sender's details may follow.
 * The state failing costs the fold, never the report.
 */
export async function keepFollowUpCase(
  deps: Pick<HandleInboundSmsDeps, 'rateState' | 'config'> &
    Partial<Pick<HandleInboundSmsDeps, 'clock' | 'urgencyWaitMs'>>,
  sms: { from: string; to?: string },
  caseCode: string,
  { text, instead }: { text?: string; instead?: string } = {},
): Promise<void> {
  const topic =
    text === undefined
      ? undefined
      : await urgentTopicRead(deps.config.topics, text, deps.clock, deps.urgencyWaitMs).catch(() => undefined);
  await deps.rateState
    .keepFollowUpLink(subjectOf(sms), caseCode, { ...(topic ? { topic } : {}), ...(instead ? { instead } : {}) })
    .catch(() => undefined);
}

/** Whether `from` reported something urgent within the last few minutes: their next words may be its details. */
export async function followsUrgentReport(
  deps: Pick<HandleInboundSmsDeps, 'rateState'>,
  sms: { from: string; to?: string },
): Promise<boolean> {
  return (await deps.rateState.followUpLinks(subjectOf(sms)).catch(() => [])).length > 0;
}

/** Why details could not be added to the urgent case they follow, in the words the reply gives them. */
export type NotTakenBecause = 'on-its-way' | 'closed' | 'full' | 'two-reports';

/**
 * What details texted after an urgent report become, decided in this one place:
 * - `added`: the urgent case's conversation took them; its holder is told at once.
 * - `own-report`: the case could not take them (not yet analysed, so with no holder yet, closed, its conversation full, or
 *   the sender made two urgent reports in the minutes, so which one they follow cannot be told): they are an
 *   urgent report of their own, raised at once, filed under the case's urgent topic where it is known (so they go
 *   where the case went), and the reply says what happened (`because`, about case `earlier`).
 * - `over-budget`: details that would wait behind a case on its way, over the sender's budget and its urgent
 *   allowance (`allowedBehind`): refused, as the report they were filed as until then was.
 * - undefined: no urgent report of the last few minutes, or words that only thank or say all is well: a report as
 *   any other text is.
 */
export type FollowUpOutcome =
  | { kind: 'added'; reply: SmsReply }
  | { kind: 'own-report'; because: NotTakenBecause; earlier: string; topic?: string }
  | { kind: 'over-budget' }
  | undefined;

/** What the words `from` texted become, when they follow an urgent report of theirs (see {@link FollowUpOutcome}). */
export async function whatFollowUpBecomes(
  deps: HandleInboundSmsDeps,
  sms: { from: string; to?: string },
  text: string,
  {
    idempotencyKey,
    language,
    assent = false,
    urgentAlone = false,
    reportKey = idempotencyKey,
    marked = false,
    allowedBehind,
  }: {
    idempotencyKey: string;
    language: Language;
    /** Assent or thanks alone ("yes", "k", "👍"): added to the case as an answer when it can be, never a report. */
    assent?: boolean;
    /** The words read urgent on their own ("2 guys are still in there"): details only of the same kind of danger. */
    urgentAlone?: boolean;
    /** The key this delivery is filed under when it is a report (`idempotencyKey` unless told). */
    reportKey?: string;
    /** The text is marked urgent, by its own `URGENT` or by an opener sent alone before it: a report, never details
     * waiting behind a case on its way (which may be the opener's junk: "URGENT", "what do I write", the report). */
    marked?: boolean;
    /** Whether details waiting behind a case on its way are let through (over the budget: the urgent allowance). */
    allowedBehind?: () => Promise<boolean>;
  },
): Promise<FollowUpOutcome> {
  if (isCourtesyOnly(text) && !assent) return undefined;
  const links = await deps.rateState.followUpLinks(subjectOf(sms)).catch(() => []);
  const [latest] = links;
  if (!latest) return undefined;
  // A provider's copy of a text filed as a report (the urgent report itself, or a report sent before it, retried) is
  // that report again, never details of the urgent case.
  if ((await deps.rateState.recall(reportKey).catch(() => undefined)) !== undefined) return undefined;
  if (urgentAlone && !(await sameKindOfDanger(deps, text, links))) return undefined;
  const ownReport = async (because: NotTakenBecause): Promise<FollowUpOutcome> => {
    if (assent || onlyThanksOrAllClear(text)) return undefined;
    const topic = because === 'two-reports' ? sharedTopic(links) : await urgentTopicOf(deps, latest);
    return { kind: 'own-report', because, earlier: latest.caseCode, ...(topic ? { topic } : {}) };
  };
  // Two urgent reports in the minutes (a fire, then a threat): folded into the later, details of the first reached
  // the wrong holder, and told that holder both reports came from one person.
  if (links.length > 1) return ownReport('two-reports');
  const code = latest.caseCode;
  // Courtesy alone ("thanks", "ok", "gracias", "merci", "👍") is kept on the case, not emailed to its holder as an
  // urgent answer (session 38); the reply says where it is kept. Once the holder has asked something in the
  // conversation ("is anyone still inside? reply yes or no") it is the answer, sent at once as "no" is.
  const courtesy = assent && (readsAsThanks(text) || isCourtesyOnly(text)) && !(await holderAsked(deps, code));
  const told: FollowUpOutcome = {
    kind: 'added',
    reply: { outcome: 'answered', messages: [(courtesy ? courtesyKeptReply : answerSentReply)(code, language)] },
  };
  try {
    await employeeAnswers(deps, code, text, 'sms', idempotencyKey, { followUp: true, courtesy });
  } catch (error) {
    // A copy of a delivery with other words: the first delivery's answer stands, as for `<code> <words>`.
    if (error instanceof IdempotencyKeyReusedError) return told;
    // The case has no holder yet (its analysis still running). One analysis
    // found not urgent after all (the intake's reading was on the safe side): a report as any other text.
    if (error instanceof NotFoundError) {
      const onItsWay = await caseOnItsWay(deps, code);
      if (!onItsWay) return undefined;
      // Words not urgent on their own go into the case once it reaches its holder, who is told them at once: filed
      // as an urgent case of their own, "the vending machine ate my dollar" a minute after a knife report went to a
      // sponsor as urgent safety, and two cases side by side told the operator both came from one person (op39).
      // Urgent words are a report of their own, raised at once, as before.
      // A text marked urgent (its own `URGENT`, or an opener's) is a report too: after "URGENT" then "what do I
      // write", the case on its way is that junk, and the real report must not wait as its details.
      if (urgentAlone || marked || assent || onlyThanksOrAllClear(text)) return ownReport('on-its-way');
      // Over the budget they spend the urgent allowance, as the report they were filed as until then did: a script
      // texting in the number's name after an urgent report stays bounded by it.
      if (allowedBehind && !(await allowedBehind())) return { kind: 'over-budget' };
      await queueDetailsBehindReport(
        deps,
        { caseKey: onItsWay.caseKey, site: onItsWay.site, channel: 'sms', onceKey: `sms-detail:${idempotencyKey}` },
        [text],
      );
      // Not "sent": the case may turn out to be passed to no one, its details then read as reports under it.
      return { kind: 'added', reply: { outcome: 'answered', messages: [detailsWithCaseReply(code, language)] } };
    }
    // Closed by its holder ("dealt with") while people are still inside, or its conversation full: the words must
    // still reach someone at once (attack round 28, F11).
    if (error instanceof ValidationError && error.message === CASE_CLOSED) return ownReport('closed');
    if (error instanceof ValidationError && error.message === THREAD_FULL) return ownReport('full');
    if (error instanceof ValidationError || error instanceof PayloadTooLargeError) return undefined;
    throw error;
  }
  return told;
}

/** Whether the case's holder has written in its conversation (asked something): then "yes" or "ok" answers it. */
async function holderAsked(deps: HandleInboundSmsDeps, code: string): Promise<boolean> {
  if (!deps.threads) return false;
  const summary = await deps.threads.summary(caseKeyFor(code, deps.pepper)).catch(() => undefined);
  return summary?.sponsorWrote === true;
}

/**
 * The urgent topic the case went to its sponsor under: the one chosen or read by analysis, else the one the intake
 * read in its words (the case is still being analysed). Undefined when neither is known.
 */
async function urgentTopicOf(deps: HandleInboundSmsDeps, link: FollowUpLink): Promise<string | undefined> {
  const record = await deps.cases.findCase(caseKeyFor(link.caseCode, deps.pepper)).catch(() => undefined);
  const urgent = (id: string | undefined) => deps.config.topics.some((t) => t.id === id && t.urgent);
  if (urgent(record?.topic)) return record?.topic;
  return record?.analysis?.topics.find(urgent) ?? (urgent(link.topic) ? link.topic : undefined);
}

/**
 * Whether words that read urgent on their own are details of the one urgent report they follow (attack att33, F3).
 * The details people most need to send are urgent on their own ("2 guys are still in there", "one of them is not
 * moving"): filed as reports of their own, each reached the holder without the report it belongs to (which "there"?),
 * and the next detail ("its the one by gate 3") then followed two reports, so it went as a third urgent case with
 * no subject at all. They are its details when they tell of no other kind of danger: no urgent topic of their own,
 * or the report's. Another kind ("and my supervisor just groped me" after a fire) is a report of its own, so it
 * reaches the owner of that kind, as do any words after two reports.
 */
async function sameKindOfDanger(deps: HandleInboundSmsDeps, text: string, links: FollowUpLink[]): Promise<boolean> {
  const [latest] = links;
  if (!latest || links.length > 1) return false;
  const own = await urgentTopicsRead(deps.config.topics, text, deps.clock).catch(() => undefined);
  if (own === undefined) return false;
  if (own.length === 0) return true;
  const theirs = await urgentTopicOf(deps, latest);
  return own.every((topic) => topic === theirs);
}

/** Every urgent topic the words read under, by keyword or by the detector (loaded if it is not yet: these words are
 * urgent already, so reading them was worth the wait). */
async function urgentTopicsRead(topics: readonly Topic[], text: string, clock?: Clock): Promise<string[]> {
  const { urgentTopicsReported } = await import('../analysis/urgency/topic-keywords');
  const { detectUrgency } = await import('../analysis/urgency');
  const { topicsForUrgency } = await import('../domain/topics');
  const read = topicsForUrgency(topics, detectUrgency(text, clock).categories, []);
  const urgent = (id: string) => topics.some((t) => t.id === id && t.urgent);
  return [...new Set([...urgentTopicsReported(text, topics), ...read])].filter(urgent);
}

/** The urgent topic every one of the sender's recent urgent reports was read under, when they share one. */
function sharedTopic(links: FollowUpLink[]): string | undefined {
  const [first] = links;
  return first?.topic !== undefined && links.every((l) => l.topic === first.topic) ? first.topic : undefined;
}

/**
 * The first urgent topic a report's words are read under at the intake: an urgent topic's keyword where it reports a
 * problem, else the detector's categories. Read only for an urgent report, so the detector is loaded for it when it
 * is not yet, waiting at most {@link TOPIC_READ_WAIT_MS} (or the intake's `urgencyWaitMs`): the first urgent report of a process (a freshly started
 * stack, a cold intake on AWS) was kept with no topic, and the details filed apart while it was on its way went to the
 * default sponsor, "Topic: Not given", not to the holder the report reached (attack att37, F3).
 */
async function urgentTopicRead(
  topics: readonly Topic[],
  text: string,
  clock?: Clock,
  waitAtMostMs = TOPIC_READ_WAIT_MS,
): Promise<string | undefined> {
  const { urgentTopicsReported } = await import('../analysis/urgency/topic-keywords');
  const reported = urgentTopicsReported(text, topics)[0];
  if (reported) return reported;
  const detector = await urgencyDetectorWithin(waitAtMostMs);
  if (!detector) return undefined;
  const { topicsForUrgency } = await import('../domain/topics');
  return topicsForUrgency(topics, detector.detectUrgency(text, clock).categories, []).find((id) =>
    topics.some((t) => t.id === id && t.urgent),
  );
}

/**
 * The case, when it is still on its way to a sponsor, so with no holder yet: received and not yet analysed, or
 * analysed and queued for the escalation stage (`beingPassedOn`, its employee already reads "being passed on") but
 * not yet raised. A case the escalation stage has raised (`forwarding`: its email not yet accepted, or waiting for
 * the sweep's list in a busy hour) has its holder, and takes the details (`employeeAnswers`). Details sent while the
 * escalation stage had a backlog were read as ordinary texts, not as details of an urgent case.
 */
async function caseOnItsWay(deps: HandleInboundSmsDeps, code: string): Promise<CaseRecord | undefined> {
  const record = await deps.cases.findCase(caseKeyFor(code, deps.pepper)).catch(() => undefined);
  const onItsWay = record?.status === 'received' || (record?.status === 'analysed' && record.beingPassedOn === true);
  return onItsWay ? record : undefined;
}

/** Words that thank for the receipt or say all is well ("thanks, we are all out now"): no second emergency. Thanks is
 * read on the whole text: "thanks, but 2 people are still inside" is details (attack round 28). */
function onlyThanksOrAllClear(text: string): boolean {
  return readsAllClear(text) || readsAsThanks(text);
}

/** How long an urgent report's reply may wait for the detector to read its topic, at a cold start only. */
const TOPIC_READ_WAIT_MS = 4_000;
