import { createHash } from 'node:crypto';
import { smsSource } from './quiet-source';
import { reportTextSchema } from '../domain/feedback';
import { emergencyLine } from '../domain/emergency';
import {
  criesForHelp,
  isCourtesyOnly,
  normalisePhoneNumber,
  readSmsIntent,
  siteForNumber,
  type SmsIntent,
} from '../domain/sms-message';
import { replyLanguage } from '../domain/sms-language';
import { readsAsThanks } from '../domain/sms-thanks';
import { readsAllClear } from '../analysis/answer-all-clear';
import type { Language } from '../i18n/translate';
import {
  acceptedReply,
  emergencyReply,
  emptyReply,
  noWordsReply,
  helpReply,
  questionsThrottledReply,
  picturesOnlyReply,
  statusReplies,
  statusUsageReply,
  throttledReply,
  tooLongReply,
  unknownCaseReply,
  notACodeReply,
  wordsKeptReply,
  courtesyOnlyReply,
  courtesyAfterOpenerReply,
  codeLeftOutReply,
  unknownSiteReply,
  urgentOnlyReply,
  optOutHowReply,
  nothingAfterReply,
  noConversationReply,
  objectedReply,
  objectUsageReply,
  detailsOwnReportReply,
  picturesNotKeptReply,
} from '../domain/sms-replies';
import { NotFoundError } from '../errors';
import type { CaseThread } from '../ports/case-thread';
import { answerBySms, statusForSms } from './answer-by-sms';
import { answerKey, employeeObjects, NO_CONVERSATION } from './case-conversation';
import { minutesUntilNextWindow } from './rate-and-replay-state';
import { takeSendersTurn } from './one-text-at-a-time';
import { readsUrgent } from './reads-urgent';
import { followsUrgentReport, keepFollowUpCase, whatFollowUpBecomes, type FollowUpOutcome } from './follow-up-details';
import { keepOpenerMarks, openerMarks, withEarlierPart } from './split-report';
import { submitFeedback, type SubmitFeedbackDeps } from './submit-feedback';

export interface HandleInboundSmsDeps extends SubmitFeedbackDeps {
  /** Cases' conversations: STATUS shows a new message, and answers can be sent. Without them, neither. */
  threads?: CaseThread;
  /** How long an urgent report's reply may wait for the urgency reader to load at a cold start (follow-up-details.ts). */
  urgencyWaitMs?: number;
}

/**
 * - `allow`: within the sender's hourly limit; the message is counted.
 * - `refuse`: a refused message its number is still answered for this hour (a few reports, a few
 *   urgent ones apart, one question; an urgent text let through over the limit is not one): a polite
 *   reply saying when to write again, and the emergency line.
 * - `refuse-quietly`: further refused messages; answered with nothing,
 *   so a flood of texts cannot become a flood of paid replies.
 */
export type ThrottleDecision = 'allow' | 'refuse' | 'refuse-quietly';

/** One inbound text, from Twilio or AWS End User Messaging, as the use case needs it. */
export interface InboundSms {
  /** The sender's number: only ever hashed under the hour's random key, for the flood limit; never kept, queued or logged. */
  from: string;
  /** The number that was texted; picks the site. */
  to: string | undefined;
  body: string;
  /** Twilio's MessageSid or End User Messaging's inboundMessageId: a retried delivery makes one case. Never the source of the case code. */
  messageId: string;
  /** Pictures attached (MMS). They are never fetched. */
  mediaCount?: number;
}

/** What happened, for logs and metrics: never anything of the message itself. */
export type SmsOutcome =
  | 'accepted'
  | 'stop'
  | 'start'
  | 'help'
  | 'status'
  | 'status-usage'
  | 'opt-out-how'
  | 'answered'
  | 'answer-held'
  | 'reply-usage'
  | 'objected'
  | 'object-usage'
  | 'no-conversation'
  | 'unknown-case'
  | 'throttled'
  | 'empty'
  | 'courtesy'
  | 'too-long';

export interface SmsReply {
  outcome: SmsOutcome;
  /** The texts to send back, in order, in the sender's language; empty for none. Each fits two SMS segments. */
  messages: string[];
  /** A copy of a delivery handled before (the provider's retry): it spends none of the channel's budget. */
  copy?: true;
}

/**
 * The SMS channel, the same for Twilio and End User Messaging: reads the
 * keywords, holds back floods, stores feedback through {@link submitFeedback}
 * and answers with the reply texts. Nothing slow: a few table calls and one
 * queue send.
 *
 * A retried delivery (same message id) gets the same case code, makes no
 * second case, and is not counted against the sender's hourly limit, so it
 * gets the same answer as the first delivery.
 *
 * @example
 * const reply = await handleInboundSms(deps, { from: '+15551234567', to: '+15550100001', body: 'URGENT blocked exit', messageId: 'SM…' });
 * reply.messages; // ['Thank you. Case 7KQ4M-XW9TR is marked urgent …']
 *
 * `intent` is the text as `readSmsIntent` reads it, for a caller that read it already (the Twilio
 * route, to judge its urgency against the channel's budget): a text is parsed once.
 */
export async function handleInboundSms(
  deps: HandleInboundSmsDeps,
  sms: InboundSms,
  read: SmsIntent = readSmsIntent(sms.body, deps.config, sms.to),
): Promise<SmsReply> {
  if (read.kind === 'stop' || read.kind === 'start') return { outcome: read.kind, messages: [] };
  // One text of a number at a time: the second of two sent together is read with what the first left for it (the
  // urgent case its details follow), as it is when it comes a second later (one-text-at-a-time.ts, attack att37 F1).
  const endTurn = await takeSendersTurn(deps.rateState, sms.from, deliveryOf(sms));
  try {
    return await handleInTurn(deps, sms, read);
  } finally {
    await endTurn();
  }
}

async function handleInTurn(deps: HandleInboundSmsDeps, sms: InboundSms, read: SmsIntent): Promise<SmsReply> {
  let intent = read;
  if (intent.kind === 'stop' || intent.kind === 'start') return { outcome: intent.kind, messages: [] };

  const pictures = (sms.mediaCount ?? 0) > 0;
  const idempotencyKey = `sms:${deliveryOf(sms)}`;
  // The language the employee wrote in; the site's own when it cannot be told.
  const language = await replyLanguage(deps.config, intent, sms.body, sms.to);
  const feedback = intent.kind === 'feedback' ? readFeedback(intent, pictures, language, sms.body) : undefined;
  // Thanks, "ok", "k" or "yes" alone, unmarked: nothing to file or to pass on (sms-thanks.ts). It was filed as a
  // report of its own, a case holding "ok" (attack round 28); it is answered instead, below.
  const unmarkedWords =
    intent.kind === 'feedback' &&
    feedback?.kind === 'ok' &&
    !pictures &&
    !intent.escalate &&
    !intent.aboutManagement &&
    !intent.unknownTag &&
    intent.site === siteForNumber(deps.config, sms.to);
  const courtesyAlone = unmarkedWords && readsAsThanks(feedback.text);
  // An emoji alone ("👍") within minutes of the sender's urgent report answers it as "ok" does: it was filed as a case
  // of its own (attack round 29, F11). Out of those minutes it is kept as any feedback is ("👍👍", "😤").
  const emojiAfterUrgent =
    unmarkedWords && !courtesyAlone && isCourtesyOnly(feedback.text) && (await followsUrgentReport(deps, sms));
  // An opener alone ("URGENT", "MGMT", "#plant2"), then the report in the next text: its marks carry over to it
  // (split-report.ts), so the report is urgent, goes around the manager it is about, or is filed where it was sent for.
  if (intent.kind === 'feedback' && feedback?.kind !== 'ok' && !pictures)
    await keepOpenerMarks(deps, sms, {
      escalate: intent.escalate,
      aboutManagement: intent.aboutManagement,
      // The site a tag named; the number's own is the next text's anyway.
      site: intent.site !== siteForNumber(deps.config, sms.to) ? intent.site : undefined,
    });
  // A cry for help alone ("SOCORRO", "AU SECOURS", "HELP!!!") is answered with the help text and the emergency line,
  // and, like the urgent word alone, marks the report that follows as urgent: whoever cries for help and then says
  // what is happening is not asking for an ordinary report.
  else if (intent.kind === 'help' && !pictures && criesForHelp(sms.body))
    await keepOpenerMarks(deps, sms, { escalate: true, aboutManagement: false, site: undefined });
  // "ok" or "thanks" sent to the reply that explains the opener is no report: it takes no marks. Every other text
  // within the opener's minutes takes them, and leaves them for the next: "k" or "what do I write" came first.
  else if (intent.kind === 'feedback' && feedback?.kind === 'ok' && !isCourtesyOnly(feedback.text)) {
    const marks = await openerMarks(deps, sms);
    if (marks)
      intent = {
        ...intent,
        escalate: intent.escalate || marks.escalate,
        aboutManagement: intent.aboutManagement || marks.aboutManagement,
        // A tag of its own wins; a text without one (read as the number's site) takes the opener's tag.
        site: intent.site !== siteForNumber(deps.config, sms.to) ? intent.site : (marks.site ?? intent.site),
      };
  }
  // A copy of a delivery (the provider's retry, at the same moment as the first or later) is never
  // counted against its sender's hour: it is let through or refused as the first one was, and the
  // budget stays for new texts.
  // Questions, on a budget of their own; a stop word in another language is answered from it too.
  // A status asked with words after its code also answers the case with them: counted as an answer is.
  const answers = (intent.kind === 'reply' || intent.kind === 'status') && intent.code !== undefined && !!intent.text;
  // The urgent word alone saves nothing and marks the next report, which is taken past the hour's budget: refusing
  // it as "not saved, try again in 50 minutes" told someone in danger to wait. It is answered as a question is.
  const urgentWordAlone = intent.kind === 'feedback' && feedback?.kind === 'refused' && intent.escalate && !pictures;
  const question =
    (intent.kind === 'status' && !intent.text) ||
    intent.kind === 'help' ||
    intent.kind === 'opt-out' ||
    urgentWordAlone;
  const sender = await senderDecision(deps, sms, question, [
    ...(feedback?.kind === 'ok' ? [idempotencyKey] : []),
    ...(answers || ((intent.kind === 'reply' || intent.kind === 'object') && intent.code !== undefined)
      ? [answerKey(idempotencyKey)]
      : []),
  ]);
  const { copy } = sender;
  // Urgency is read only when it changes something: over the budget, and for the receipt's emergency line.
  let urgentReading: Promise<boolean> | undefined;
  const asked = intent.kind === 'feedback' && intent.escalate;
  const urgent =
    intent.kind === 'feedback' && feedback?.kind === 'ok'
      ? () =>
          (urgentReading ??= readsUrgent(
            deps.config.topics,
            { escalate: asked, text: feedback.text },
            undefined,
            deps.clock,
          ))
      : undefined;
  // A text that reads urgent is never lost to its sender's budget: it has a small allowance of its own.
  const readsUrgentOverBudget = sender.decision !== 'allow' && urgent !== undefined && (await urgent());
  // Nor are details texted within minutes of the sender's urgent report ("2 people still inside by the racks"):
  // a flood of ordinary texts sent in their name left them refused (attack round 28, F12). The same allowance.
  const followsOverBudget =
    sender.decision !== 'allow' &&
    !readsUrgentOverBudget &&
    intent.kind === 'feedback' &&
    feedback?.kind === 'ok' &&
    !isCourtesyOnly(feedback.text) &&
    (await followsUrgentReport(deps, sms));
  // Details the urgent case takes are no new case, and spend none of it: in a busy hour its case waits at
  // `forwarding` for the sweep's list, and each detail spent a place, the fifth refused (attack round 29, F12).
  // They have a count of their own instead, an hour's budget again (each is emailed to the case's holder at once,
  // so a script texting in the number's name stays bounded); past it they spend the urgent allowance as before.
  // Those the case cannot take, filed as a report of their own, spend it below. Thanks alone spends it at once.
  const detailsOverBudget = followsOverBudget && !courtesyAlone && (await detailsAllowance(deps, sms, copy));
  const letThrough =
    sender.decision === 'allow' ||
    detailsOverBudget ||
    ((readsUrgentOverBudget || followsOverBudget) && (await urgentAllowance(deps, sms, copy)));
  // Refused: told so for the first few refusals of the hour (an urgent text let through over the budget takes
  // none of them), so someone who writes again is told again; past those not, so a flood gets no flood of
  // replies. An urgent text refused has answers of its own, which no flood of ordinary texts can use up.
  let decision: ThrottleDecision = letThrough
    ? 'allow'
    : sender.decision === 'refuse-quietly'
      ? sender.decision
      : await refusalNotice(deps, sms, { question, urgent: readsUrgentOverBudget, copy });
  if (decision === 'allow' && (courtesyAlone || emojiAfterUrgent)) {
    // Within minutes of an urgent report, "yes", "sí", "k" or "👍" answers what its sponsor just asked ("Is anyone
    // still inside? Reply yes or no"): it goes into the case's conversation as "no" does. Answered as thanks, the
    // most urgent answer there is was thrown away while "no" was kept (attack round 29, F9).
    const assent =
      feedback?.kind === 'ok' && (await followsUrgentReport(deps, sms))
        ? await whatFollowUpBecomes(deps, sms, feedback.text, { idempotencyKey, language, assent: true })
        : undefined;
    if (assent?.kind === 'added') return copy ? { ...assent.reply, copy: true } : assent.reply;
    const reply = await courtesyAnswer(deps, sms, language);
    return copy ? { ...reply, copy: true } : reply;
  }
  // Details texted after an urgent report ("2 people still inside") go to that case's conversation, and its sponsor
  // is told at once (follow-up-details.ts); words that read urgent on their own are a report of their own, at once.
  // A text marked about management or tagged for a site is a report of its own, mark kept: folded, it reached the
  // urgent case's holder, who may be the manager it is about.
  // Read by the text's own words and marks: an URGENT opener sent before the report marks every text of its
  // minutes, and read so, each fragment after the report was an urgent case of its own (attack round 28, F5).
  // Words sent with a picture are details as a text's are ("this is where they are trapped, bay 4": F15).
  const ownWordsUrgent =
    read.kind === 'feedback' &&
    intent.kind === 'feedback' &&
    read.escalate !== intent.escalate &&
    feedback?.kind === 'ok'
      ? () => readsUrgent(deps.config.topics, { escalate: read.escalate, text: feedback.text }, undefined, deps.clock)
      : urgent;
  // The text's own marks, never an opener's: an opener's (`#plant2`, `MGMT` sent alone) carry to every text of its
  // minutes, and read so, no detail after the report it opened was ever folded or raised (attack round 29, F1).
  const ownMarks =
    read.kind === 'feedback' && (read.aboutManagement || read.site !== siteForNumber(deps.config, sms.to));
  // Words that read urgent on their own are details too when they tell of the same danger ("2 guys are still in
  // there" after a chlorine leak): follow-up-details.ts, sameKindOfDanger.
  const urgentAlone =
    decision === 'allow' && intent.kind === 'feedback' && feedback?.kind === 'ok' && !ownMarks && ownWordsUrgent
      ? await ownWordsUrgent()
      : false;
  let followUp: FollowUpOutcome =
    decision === 'allow' && intent.kind === 'feedback' && feedback?.kind === 'ok' && !ownMarks && ownWordsUrgent
      ? await whatFollowUpBecomes(deps, sms, feedback.text, {
          idempotencyKey,
          language,
          urgentAlone,
          marked: intent.escalate,
          ...(detailsOverBudget ? { allowedBehind: () => urgentAllowance(deps, sms, copy) } : {}),
        })
      : undefined;
  if (followUp?.kind === 'added') {
    const danger = urgentAlone
      ? [emergencyReply(emergencyLine(deps.config, language, intent.kind === 'feedback' ? intent.site : undefined))]
      : [];
    const pictureNote = pictures ? [picturesNotKeptReply(language)] : [];
    const added = { ...followUp.reply, messages: [...followUp.reply.messages, ...pictureNote, ...danger] };
    return copy ? { ...added, copy: true } : added;
  }
  // Over the budget, details the case did not take are a report of their own: within the urgent allowance, as an
  // urgent text is, else refused as any text past the budget.
  if (followUp?.kind === 'over-budget' || (detailsOverBudget && !(await urgentAllowance(deps, sms, copy)))) {
    decision =
      sender.decision === 'refuse-quietly'
        ? sender.decision
        : await refusalNotice(deps, sms, { question, urgent: false, copy });
    followUp = undefined;
  }
  // The case could not take them (on its way, closed, full, or which of two reports they follow cannot be told): an
  // urgent report of their own, raised at once, under the case's urgent topic where it is known, so it goes where
  // the case went; marked urgent where no topic is known (follow-up-details.ts).
  if (followUp && intent.kind === 'feedback') intent = { ...intent, escalate: followUp.topic === undefined };
  // A text with its own MGMT or site tag within minutes of the sender's urgent report is a report of its own, its
  // marks kept (folded, it reached the urgent case's holder, who may be the manager it is about), and raised as
  // urgent at once: "MGMT my manager says keep working and not to tell anyone" after a gas leak waited a week as an
  // ordinary report (attack round 29, F1). It leaves the urgent case the one the sender's next details go to.
  const markedAfterUrgent =
    decision === 'allow' &&
    ownMarks &&
    intent.kind === 'feedback' &&
    feedback?.kind === 'ok' &&
    !onlyThanksOrAllClear(feedback.text) &&
    (await followsUrgentReport(deps, sms));
  if (markedAfterUrgent && intent.kind === 'feedback') intent = { ...intent, escalate: true };
  // A report split over two texts ("jose went into the silo to unclog it" / "45 min ago and hes not answering the
  // radio"): a text taken is read with its sender's words of a few minutes before (split-report.ts).
  const whole =
    decision === 'allow' && !copy && feedback?.kind === 'ok' && urgent
      ? await withEarlierPart(deps, sms, feedback.text, urgent)
      : undefined;
  const reply = await decided(deps, intent, {
    decision,
    question,
    idempotencyKey,
    language,
    feedback: whole === undefined ? feedback : { kind: 'ok', text: whole },
    pictures,
    urgent: whole === undefined ? urgent : () => Promise.resolve(true),
    site: intent.kind === 'feedback' ? intent.site : siteForNumber(deps.config, sms.to),
    // When the sender can write again: when this hour ends, or now for a copy refused in the hour before
    // (a provider's retry after the hour turned is told what is true when it comes, never "60 minutes").
    minutes: sender.lastHour ? 0 : minutesUntilNextWindow(deps.clock.now()),
    // An urgent report's case is found by its sender's next texts for a few minutes (never for a provider's copy).
    // Details filed apart while that case was on its way keep pointing at it, as do details after two reports; after
    // a case closed or full, the report they became is the case the next details go to.
    keepFollowUpFor:
      copy || markedAfterUrgent || (followUp && followUp.because !== 'closed' && followUp.because !== 'full')
        ? undefined
        : sms,
    ...(followUp ? { follows: followUp } : {}),
    sender: sms,
  });
  return copy ? { ...reply, copy: true } : reply;
}

/**
 * The answer to thanks, "ok" or "yes" alone: nothing was saved, and what to send instead. After an opener sent
 * alone ("URGENT", then "ok" to the reply that explains it) the report is still to come and will carry the
 * opener's marks: the texter is told to write it, and, after the urgent word, where help comes at once.
 */
async function courtesyAnswer(deps: HandleInboundSmsDeps, sms: InboundSms, language: Language): Promise<SmsReply> {
  const marks = await openerMarks(deps, sms).catch(() => undefined);
  if (!marks) return { outcome: 'courtesy', messages: [courtesyOnlyReply(language)] };
  const danger = marks.escalate
    ? [emergencyReply(emergencyLine(deps.config, language, marks.site ?? siteForNumber(deps.config, sms.to)))]
    : [];
  return { outcome: 'courtesy', messages: [courtesyAfterOpenerReply(language), ...danger] };
}

/**
 * Whether an urgent text over its sender's budget is let through: counted once (copies read the
 * first's place) under the sender's HMAC under the hour's random key, like the budget itself, in a
 * count of its own, within `limits.urgentSmsOverBudgetPerHour` (5 unless set): enough for someone in
 * danger to write several times, while a flood of made-up urgent texts stays bounded, replies with it.
 */
async function urgentAllowance(deps: HandleInboundSmsDeps, sms: InboundSms, copy: boolean): Promise<boolean> {
  const allowance = deps.config.limits.urgentSmsOverBudgetPerHour;
  const subject = `sms-urgent:${normalisePhoneNumber(sms.from)}`;
  const place = await deps.rateState.countOnce(subject, deliveryOf(sms), allowance + 1, copy);
  return place <= allowance;
}

/**
 * Whether details texted after an urgent report, over the sender's budget, are let through into that case
 * without spending the urgent allowance: counted as the budget is, in a count of their own, up to
 * `limits.smsPerSenderPerHour` more an hour. A copy reads the first's place.
 */
async function detailsAllowance(deps: HandleInboundSmsDeps, sms: InboundSms, copy: boolean): Promise<boolean> {
  const allowance = deps.config.limits.smsPerSenderPerHour;
  const subject = `sms-details:${normalisePhoneNumber(sms.from)}`;
  const place = await deps.rateState.countOnce(subject, deliveryOf(sms), allowance + 1, copy);
  return place <= allowance;
}

/**
 * Whether a refused text is still answered: a question only for the first refusal this hour (a sender past
 * fifty questions is told once), a report for the first {@link REFUSALS_ANSWERED_PER_HOUR} of its number's
 * refused reports (see {@link answersRefusal}). Counted once per message id, like the budget, so a copy
 * of the refused text is answered as it was. The refusal says when the hour ends, so the sender knows when
 * to write again.
 */
async function refusalNotice(
  deps: HandleInboundSmsDeps,
  sms: InboundSms,
  { question, urgent, copy }: { question: boolean; urgent: boolean; copy: boolean },
): Promise<ThrottleDecision> {
  if (!question) return (await answersRefusal(deps, sms, { urgent, copy })) ? 'refuse' : 'refuse-quietly';
  const subject = `sms-questions-refused:${normalisePhoneNumber(sms.from)}`;
  const place = await deps.rateState.countOnce(subject, deliveryOf(sms), 1, copy);
  return place === 1 ? 'refuse' : 'refuse-quietly';
}

/**
 * Refused reports an hour one number is answered for, whatever refused them: its sender's hourly limit
 * ("not saved, try again in 25 minutes"), the SMS channel's spent budget ("not saved, send it again"), or
 * a failure to take them ("please resend"), each with the emergency line, since the detector may have
 * missed danger. Enough for someone in danger writing again to be told again, while a flood from a
 * number, or sent in its name by someone who is not its owner, draws at most this many answers (two texts
 * each) an hour, never one per message. Texts that read urgent have as many answers again, counted apart:
 * a flood of ordinary texts in someone's name cannot leave their urgent text refused without a word, and
 * a flood of made-up urgent ones is bounded all the same.
 */
export const REFUSALS_ANSWERED_PER_HOUR = 3;

/**
 * Whether this refused report is one its number is still answered for this hour: counted once per
 * delivery (a copy is answered as its first was) under an HMAC of the number under the hour's random
 * key, like the sender's budget, so the count holds no number. Counting that fails answers the text:
 * telling someone their report was not saved comes before sparing a text.
 */
export async function answersRefusal(
  deps: Pick<HandleInboundSmsDeps, 'rateState'>,
  sms: Delivery,
  { urgent = false, copy = false }: { urgent?: boolean; copy?: boolean } = {},
): Promise<boolean> {
  const allowance = REFUSALS_ANSWERED_PER_HOUR;
  const subject = `${urgent ? 'sms-urgent-refused' : 'sms-refused'}:${normalisePhoneNumber(sms.from)}`;
  const place = await deps.rateState.countOnce(subject, deliveryOf(sms), allowance + 1, copy).catch(() => 1);
  return place <= allowance;
}

/** The reply to a text once its sender's hour has been decided. */
async function decided(
  deps: HandleInboundSmsDeps,
  intent: Exclude<SmsIntent, { kind: 'stop' | 'start' }>,
  facts: {
    decision: ThrottleDecision;
    question: boolean;
    idempotencyKey: string;
    language: Language;
    feedback: ReadFeedback | undefined;
    pictures: boolean;
    /** Whether the text reads urgent; undefined for anything but feedback. */
    urgent: (() => Promise<boolean>) | undefined;
    /** The site the text is for, or the one of the number texted: whose emergency number to give. */
    site: string | undefined;
    /** Minutes until the sender's budget starts again; 0 when it already has. */
    minutes: number;
    /** The sender whose next texts find this report's case, if it is urgent (`keepFollowUpCase`). */
    keepFollowUpFor?: { from: string };
    /** Who sent the text: words after a code no case has may be details of their urgent report. */
    sender: { from: string };
    /** Details after an urgent report its case could not take: filed as a report of their own, and told so. */
    follows?: Extract<FollowUpOutcome, { kind: 'own-report' }>;
  },
): Promise<SmsReply> {
  const { decision, question, idempotencyKey, language, feedback, pictures, urgent, site, minutes } = facts;
  const { sender, keepFollowUpFor } = facts;
  // Where help comes at once for someone in danger: Listening Post is read days later at best.
  const danger = emergencyReply(emergencyLine(deps.config, language, site));
  if (decision !== 'allow') {
    // When the sender's hour ends and their budget with it: the rate window is the UTC hour.
    const reply = question ? [questionsThrottledReply(language, minutes)] : [throttledReply(language, minutes), danger];
    return { outcome: 'throttled', messages: decision === 'refuse' ? reply : [] };
  }

  // What words sent with a code no case has need to be kept (STATUS <code> … and REPLY <code> … alike).
  const onNoCase = { idempotencyKey, language, site, danger, sender, keepFollowUpFor };
  switch (intent.kind) {
    case 'help':
      return { outcome: 'help', messages: [helpReply(deps.config, language), danger] };
    case 'opt-out':
      return { outcome: 'opt-out-how', messages: [optOutHowReply(language)] };
    case 'status': {
      // Words after a code no case has are kept (see wordsOnNoCase), whichever way the code was wrong.
      const told = (unknown: SmsReply) => (intent.text ? wordsOnNoCase(deps, unknown, intent.text, onNoCase) : unknown);
      if (!intent.code) {
        if (intent.typo === 'left-out') {
          return told({ outcome: 'unknown-case', messages: [codeLeftOutReply(language)] });
        }
        if (!intent.typed) return { outcome: 'status-usage', messages: [statusUsageReply(language)] };
        // Not a code at all (a character short, or words): how a code looks, the web lookup's answer to the same.
        return told({ outcome: 'unknown-case', messages: [notACodeReply(language)] });
      }
      try {
        const status = statusReplies(await statusForSms(deps, intent.code), language);
        if (!intent.text) return { outcome: 'status', messages: status };
        // Words after the code are an answer on the case, as `<code> <words>` is: sent where the case has a
        // conversation, else the texter is told how to send them; never a new report holding the code.
        const code = intent.code;
        const answer = await answerBySms(
          deps,
          { kind: 'reply', code, text: intent.text, languages: intent.languages },
          {
            idempotencyKey,
            language,
            sender: normalisePhoneNumber(sender.from),
          },
        );
        const kept = await urgentWordsKept(deps, answer, intent.text, { idempotencyKey, language, site, danger });
        return { outcome: kept.outcome, messages: [...status, ...kept.messages] };
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        return told({ outcome: 'unknown-case', messages: [unknownCaseReply(language)] });
      }
    }
    case 'object': {
      if (!intent.code) return { outcome: 'object-usage', messages: [objectUsageReply(language)] };
      try {
        await employeeObjects(deps, intent.code, 'sms');
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        return error.message === NO_CONVERSATION
          ? { outcome: 'no-conversation', messages: [noConversationReply(intent.code, language)] }
          : { outcome: 'unknown-case', messages: [unknownCaseReply(language)] };
      }
      const objected = objectedReply(intent.code, language);
      if (!intent.text) return { outcome: 'objected', messages: [objected] };
      // Words after the code are an answer on the case too, as after REPLY <code>.
      const answer = await answerBySms(deps, { ...intent, kind: 'reply' }, { idempotencyKey, language });
      return { outcome: 'objected', messages: [objected, ...answer.messages] };
    }
    case 'reply': {
      const answer = await answerBySms(deps, intent, {
        idempotencyKey,
        language,
        sender: normalisePhoneNumber(sender.from),
      });
      if (answer.outcome === 'unknown-case') return wordsOnNoCase(deps, answer, intent.text, onNoCase);
      return urgentWordsKept(deps, answer, intent.text, { idempotencyKey, language, site, danger });
    }
    case 'feedback': {
      // Refused as it stands (too long, no words, pictures alone, URGENT alone): not saved, and where help
      // comes at once, since whoever sent it may be in danger whatever it says.
      if (feedback?.kind !== 'ok') {
        const refused = feedback?.reply ?? { outcome: 'empty', messages: [emptyReply(language)] };
        return { ...refused, messages: [...refused.messages, danger] };
      }
      // A MessageSid is Twilio's, signed: only a retried delivery reuses it, and the key holds the words too
      // (`deliveryOf`), so a delivery saying something else is a report of its own.
      const follows = facts.follows;
      const receipt = await submitFeedback(deps, {
        channel: 'sms',
        source: smsSource(sender.from),
        text: feedback.text,
        site: intent.site,
        ...(follows?.topic ? { followsTopic: follows.topic } : {}),
        escalate: intent.escalate,
        aboutManagement: intent.aboutManagement,
        idempotencyKey,
        onKeyReuse: 'first-write-wins',
      });
      // From what was stored, never from this delivery: a retry saying URGENT
      // after a first delivery that did not must not be told its case is urgent.
      // The emergency line may follow all the same: it is advice, never a claim about the case.
      // A retry that says other words than the first is answered from the first alone, as it is told nothing of its own.
      const saysUrgent =
        receipt.escalateRequested ||
        (!receipt.otherContent && (follows !== undefined || (urgent !== undefined && (await urgent()))));
      if (saysUrgent && facts.keepFollowUpFor)
        await keepFollowUpCase(deps, facts.keepFollowUpFor, receipt.caseCode, {
          text: feedback.text,
          ...(follows ? { instead: follows.earlier } : {}),
        });
      // Details the urgent case could not take are told what became of them, in plain words.
      // Details filed apart while the case is on its way are answered as any urgent report is: marked urgent.
      const accepted =
        follows && follows.because !== 'on-its-way' && !receipt.otherContent
          ? [
              detailsOwnReportReply(receipt.caseCode, follows, language),
              ...(pictures ? [picturesNotKeptReply(language)] : []),
            ]
          : [
              acceptedReply(
                receipt.caseCode,
                { escalate: receipt.escalateRequested || (follows !== undefined && !receipt.otherContent), pictures },
                language,
              ),
            ];
      // A #tag no site has: the message was kept all the same, and the texter is told so.
      const unknownTag = intent.unknownTag ? [unknownSiteReply(intent.unknownTag, deps.config, language)] : [];
      return { outcome: 'accepted', messages: [...accepted, ...unknownTag, ...(saysUrgent ? [danger] : [])] };
    }
  }
}

/**
 * Words sent on a case that cannot take them (it has no conversation, is closed, or its conversation is full)
 * are not lost when they read urgent ("<code> the leak is worse, someone fainted"): they become a report of
 * their own, with its own code and the emergency line, as the same words sent without the code would. Other
 * words are answered as before: send them as new feedback, without the code. A retried delivery makes the same
 * report once (its key is the delivery's).
 */
async function urgentWordsKept(
  deps: HandleInboundSmsDeps,
  answer: SmsReply,
  text: string,
  {
    idempotencyKey,
    language,
    site,
    danger,
  }: { idempotencyKey: string; language: Language; site: string | undefined; danger: string },
): Promise<SmsReply> {
  if (answer.outcome !== 'no-conversation' || !text.trim()) return answer;
  if (!(await readsUrgent(deps.config.topics, { escalate: false, text }, undefined, deps.clock))) return answer;
  const receipt = await submitFeedback(deps, {
    channel: 'sms',
    text,
    site,
    escalate: false,
    idempotencyKey: `${idempotencyKey}:words-kept`,
    onKeyReuse: 'first-write-wins',
  });
  const accepted = acceptedReply(receipt.caseCode, { escalate: receipt.escalateRequested, pictures: false }, language);
  return { outcome: 'accepted', messages: [accepted, danger] };
}

/**
 * Words sent after a code no case has (mistyped, or one from another program: "STATUS 7KQ4M-XW9TQ the forklift
 * hit someone, he is bleeding", "QEZBT-7BYWX there are still 2 people inside"). Whoever sends them most likely
 * means to add to their own report and retyped its code wrong. Only words that read urgent were kept, and the
 * reply never said the rest were not (attack round 28): "2 people still inside the paint shop", details of a fire
 * that do not read urgent alone, were lost. Now every such text's words are kept, the code taken off: within a
 * few minutes of the sender's urgent report they go where its details go (follow-up-details.ts), else they are a
 * report of their own, and the reply says which. Thanks alone ("<code> thanks") is no report. The emergency line
 * follows either way: the detector can miss danger, and the texter believed the words went to a case.
 */
async function wordsOnNoCase(
  deps: HandleInboundSmsDeps,
  unknown: SmsReply,
  text: string,
  facts: {
    idempotencyKey: string;
    language: Language;
    site: string | undefined;
    danger: string;
    sender: { from: string };
    keepFollowUpFor?: { from: string };
  },
): Promise<SmsReply> {
  if (!text.trim() || readsAsThanks(text)) return { ...unknown, messages: [...unknown.messages, facts.danger] };
  const { idempotencyKey, language, site, danger } = facts;
  const urgentAlone = await readsUrgent(deps.config.topics, { escalate: false, text }, undefined, deps.clock);
  const outcome = await whatFollowUpBecomes(deps, facts.sender, text, {
    idempotencyKey,
    language,
    urgentAlone,
    reportKey: `${idempotencyKey}:words-kept`,
  });
  if (outcome?.kind === 'added')
    return {
      outcome: 'answered',
      messages: [...unknown.messages, ...outcome.reply.messages, ...(urgentAlone ? [danger] : [])],
    };
  const followUp = outcome?.kind === 'own-report' ? outcome : undefined;
  const receipt = await submitFeedback(deps, {
    channel: 'sms',
    source: smsSource(facts.sender.from),
    text,
    site,
    // The urgent case could not take them (on its way, closed, full, or two reports): a report of their own, under
    // the case's urgent topic where it is known, so it goes where the case went; marked urgent where none is.
    ...(followUp?.topic ? { followsTopic: followUp.topic } : {}),
    escalate: followUp !== undefined && followUp.topic === undefined,
    idempotencyKey: `${idempotencyKey}:words-kept`,
    onKeyReuse: 'first-write-wins',
  });
  if ((receipt.escalateRequested || urgentAlone) && facts.keepFollowUpFor && !followUp)
    await keepFollowUpCase(deps, facts.keepFollowUpFor, receipt.caseCode);
  // Told what became of them as the main path tells it; for a case still on its way, as words kept marked urgent.
  if (followUp && followUp.because !== 'on-its-way' && !receipt.otherContent)
    return {
      outcome: 'accepted',
      messages: [...unknown.messages, detailsOwnReportReply(receipt.caseCode, followUp, language), danger],
    };
  const kept = wordsKeptReply(receipt.caseCode, receipt.escalateRequested || followUp !== undefined, language);
  return { outcome: 'accepted', messages: [...unknown.messages, kept, danger] };
}

/**
 * Questions a sender may ask an hour, for each submission they may send:
 * enough to follow every case sent (and ask for help) several times over,
 * while a flood of STATUS texts is still held back, and paid replies with it.
 */
export const QUESTIONS_PER_SUBMISSION = 5;

/**
 * The sender's hourly limit, decided once per message id, at once for every copy. Counted against
 * `limits.smsPerSenderPerHour` for submissions, `QUESTIONS_PER_SUBMISSION` times that for questions
 * (STATUS and HELP, on a budget of their own: a sender who has used up their submissions can still
 * follow a case, and a flood of questions never spends anyone's submissions). The count and the
 * message's place in it are one conditional write (`countOnce`): of copies at the same moment, or
 * later, one is counted, and each reads the place the first took, so each gets the first's decision
 * without waiting for it. The counter's key is an HMAC of the number under the hour's random key,
 * never under the pepper: once the hour's key is forgotten, no list of numbers can be matched to it.
 * `claimedBy` are the keys a first delivery from before places were noted claimed: its copy is let
 * through, as it was then; a decision such a delivery noted is taken as it is.
 */
async function senderDecision(
  deps: HandleInboundSmsDeps,
  sms: InboundSms,
  question: boolean,
  claimedBy: string[],
): Promise<{ decision: ThrottleDecision; copy: boolean; lastHour?: boolean }> {
  const arrival = await deps.rateState.claim(arrivalOf(deliveryOf(sms)), '', '');
  const copy = arrival.kind === 'retry';
  if (copy) {
    const noted = await deps.rateState.recall(`sms-decision:${deliveryOf(sms)}`);
    if (noted && DECISIONS.includes(noted)) return { decision: noted as ThrottleDecision, copy };
  } else for (const key of claimedBy) if (await deps.rateState.seen(key)) return { decision: 'allow', copy: true };
  const perHour = deps.config.limits.smsPerSenderPerHour;
  const limit = question ? perHour * QUESTIONS_PER_SUBMISSION : perHour;
  const subject = `${question ? 'sms-questions' : 'sms-sender'}:${normalisePhoneNumber(sms.from)}`;
  // Places past the first refusal need no note: every one of them is refused quietly, copies too.
  const place = await deps.rateState.countOnce(subject, deliveryOf(sms), limit + 1, copy);
  // Over the limit: whether the sender is told so is decided apart ({@link refusalNotice}).
  if (place <= limit) return { decision: 'allow', copy };
  // A copy refused as its first was, in the hour before: that hour's budget is over, and the reply says so.
  const lastHour = copy && (await deps.rateState.countedLastHour(subject, deliveryOf(sms)));
  return { decision: 'refuse', copy, ...(lastHour ? { lastHour } : {}) };
}

/** Where the first delivery of a message id notes that it came: every later one is a copy. */
export const arrivalOf = (messageId: string) => `sms-arrival:${messageId}`;

/** Whether a delivery of this message id came before (a copy, sent again by the provider or replayed whole). */
export const knownCopy = (deps: Pick<HandleInboundSmsDeps, 'rateState'>, sms: Delivery): Promise<boolean> =>
  deps.rateState.seen(arrivalOf(deliveryOf(sms)));

/**
 * A delivery as its sender's: a copy is the same message id from the same number, saying the same.
 * A message id "from" another number (a replay signed by whoever holds the provider's token, who can
 * read ids in its log even after Message Redaction has hidden the numbers) is a new text: it never gets
 * the first one's case code, so an id alone opens no one's case. The same id with other words, another
 * number texted or other pictures is no retry either (Twilio resends a text as it was): a forgery that
 * moved the signed fields' boundaries ("All good. " and a field named "Danger…") or a provider's mix-up,
 * and whichever comes first, the other is read as a text of its own, so an urgent text's words are never
 * dropped as a copy. Only ever hashed under the hour's key, like the number's counters: the digest keeps
 * the key short, and nothing of the words is stored.
 */
const deliveryOf = (sms: Delivery): string =>
  `${sms.messageId}|${normalisePhoneNumber(sms.from)}|${contentDigest(sms)}`;

/** What a delivery is known by: its id and sender, and everything it says. */
export type Delivery = Pick<InboundSms, 'messageId' | 'from' | 'to' | 'body' | 'mediaCount'>;

const contentDigest = (sms: Delivery): string =>
  createHash('sha256')
    .update(JSON.stringify([sms.body, sms.to ?? null, sms.mediaCount ?? 0]), 'utf8')
    .digest('base64url')
    .slice(0, 22);

/** What a delivery from before places were noted left for its copies (`sms-decision:<id>`). */
const DECISIONS: readonly string[] = ['allow', 'refuse', 'refuse-quietly'] satisfies ThrottleDecision[];

type ReadFeedback = { kind: 'ok'; text: string } | { kind: 'refused'; reply: SmsReply };

function readFeedback(
  intent: Extract<SmsIntent, { kind: 'feedback' }>,
  pictures: boolean,
  language: Language,
  body: string,
): ReadFeedback {
  const parsed = reportTextSchema.safeParse(intent.text);
  if (parsed.success) return { kind: 'ok', text: parsed.data };
  if (parsed.error.issues.some((i) => i.code === 'too_big' || (i.code === 'custom' && i.params?.tooBig === true))) {
    return { kind: 'refused', reply: { outcome: 'too-long', messages: [tooLongReply(language)] } };
  }
  // Only a site tag or MGMT (`#plant2`, `MGMT`): not empty to whoever typed it, so say what is missing.
  const opening = body.trim().replace(/\s+/g, ' ');
  const reply = pictures
    ? picturesOnlyReply(language)
    : intent.escalate
      ? urgentOnlyReply(language)
      : parsed.error.issues.some((i) => i.code === 'custom' && i.params?.noWords === true)
        ? noWordsReply(language)
        : /[\p{L}\p{N}#]/u.test(opening) && opening.length <= 60
          ? nothingAfterReply(opening, language)
          : emptyReply(language);
  return { kind: 'refused', reply: { outcome: 'empty', messages: [reply] } };
}

/** Thanks or an all-clear ("thanks, we are all out now"): no emergency of its own, marked or not. */
const onlyThanksOrAllClear = (text: string): boolean => readsAllClear(text) || readsAsThanks(text);
