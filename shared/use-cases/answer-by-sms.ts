import type { SmsIntent } from '../domain/sms-message';
import {
  answerHeldReply,
  nothingHeldReply,
  answerSentReply,
  answerSentWhenReply,
  noConversationReply,
  replyUsageReply,
  threadFullReply,
  caseClosedReply,
  tooLongReply,
  unknownCaseReply,
} from '../domain/sms-replies';
import { NotFoundError, PayloadTooLargeError, ValidationError } from '../errors';
import type { Language } from '../i18n/translate';
import {
  CASE_CLOSED,
  employeeAnswers,
  NO_CONVERSATION,
  statusWithConversation,
  THREAD_FULL,
} from './case-conversation';
import { IdempotencyKeyReusedError } from './submit-feedback';
import { AnswerSinglesOut, singlesOutCheck } from './answer-singles-out';
import { normaliseCaseCode } from '../domain/case-code';
import type { HandleInboundSmsDeps, SmsReply } from './handle-inbound-sms';

/**
 * The conversation by SMS: `STATUS <code>` shows the sponsor's new message,
 * and `REPLY <code> …` (or `<code> …`) answers it. The answer takes the same
 * path as one sent on the web: checked here, raw only on the analysis queue.
 */

/** What `STATUS <code>` tells: the status, a published response, and the sponsor's newest message if it is new. */
export async function statusForSms(deps: HandleInboundSmsDeps, code: string) {
  const view = await statusWithConversation(deps, code);
  const newMessage = view.newMessages ? view.messages.filter((m) => m.from === 'sponsor').at(-1)?.text : undefined;
  return {
    caseCode: view.caseCode,
    // Closed by its holder: said as closed, with the response if one was published.
    status: view.closed ? ('closed' as const) : view.status,
    response: view.response,
    ...(newMessage ? { newMessage } : {}),
    ...(view.overdue ? { overdue: view.overdue } : {}),
  };
}

/**
 * Sends the employee's answer, once per message: a retried delivery (same
 * message id, within the hour and the next), even one arriving while the
 * first is still being handled, gets the same reply and queues the answer
 * again under the first delivery's answer id, which the thread adds once. So
 * a first delivery that stopped before queuing (a timeout) loses nothing, and
 * one that did not adds nothing twice. Every refusal is a reply saying what to do.
 */
export async function answerBySms(
  deps: HandleInboundSmsDeps,
  intent: Extract<SmsIntent, { kind: 'reply' }>,
  {
    idempotencyKey,
    language,
    sender,
  }: {
    idempotencyKey: string;
    language: Language;
    /** The sender's number, as normalised: an answer whose words may point to them is held for it (op44a). */
    sender?: string;
  },
): Promise<SmsReply> {
  const { code } = intent;
  if (!code || !intent.text.trim()) return { outcome: 'reply-usage', messages: [replyUsageReply(language)] };
  // Held under an HMAC of the number and the case, never either (`RateAndReplayState.holdAnswer`).
  const heldFor = sender ? `sms-held:${sender}:${normaliseCaseCode(code) ?? code}` : undefined;
  let text = intent.text;
  let confirmed = false;
  if (heldFor && SEND_AS_IT_IS.test(text.trim())) {
    const held = await deps.rateState.heldAnswer(heldFor);
    if (!held) return { outcome: 'reply-usage', messages: [nothingHeldReply(code, language)] };
    text = held.text;
    confirmed = true;
    await held.drop().catch(() => undefined);
  }
  try {
    const { atOnce } = await employeeAnswers(deps, code, text, 'sms', idempotencyKey, {
      ...(heldFor !== undefined && !confirmed ? { checkSinglesOut: singlesOutCheck(deps) } : {}),
    });
    // A new answer takes the place of one held before (the sender changed it): the held one is let go.
    if (heldFor && !confirmed) await (await deps.rateState.heldAnswer(heldFor))?.drop().catch(() => undefined);
    // Told when it reaches the senior leader, as it will: now on an urgent case still live, else by the hour's end.
    return { outcome: 'answered', messages: [answerSentWhenReply(code, atOnce ? 'now' : 'by-the-hour', language)] };
  } catch (error) {
    // Words that may point to the sender: kept for the hour, not sent, and the reply names them (op44a).
    if (error instanceof AnswerSinglesOut && heldFor) {
      await deps.rateState.holdAnswer(heldFor, text);
      return { outcome: 'answer-held', messages: [answerHeldReply(code, error.phrases[0] ?? '', language)] };
    }
    // The same message id with other words: the first delivery's answer stands, and nothing more is sent.
    if (error instanceof IdempotencyKeyReusedError)
      return { outcome: 'answered', messages: [answerSentReply(code, language)] };
    if (error instanceof PayloadTooLargeError) return { outcome: 'too-long', messages: [tooLongReply(language)] };
    if (error instanceof NotFoundError) {
      return error.message === NO_CONVERSATION
        ? { outcome: 'no-conversation', messages: [noConversationReply(code, language)] }
        : { outcome: 'unknown-case', messages: [unknownCaseReply(language)] };
    }
    if (error instanceof ValidationError) {
      if (error.message === CASE_CLOSED)
        return { outcome: 'no-conversation', messages: [caseClosedReply(code, language)] };
      return error.message === THREAD_FULL
        ? { outcome: 'no-conversation', messages: [threadFullReply(code, language)] }
        : { outcome: 'reply-usage', messages: [replyUsageReply(language)] };
    }
    throw error;
  }
}

/** "<code> SEND" (ENVIAR, ENVOYER): send the answer held for that case as it is. */
const SEND_AS_IT_IS = /^(?:send|send it|enviar|envialo|env\u00edalo|envoyer|envoie|envoyez)[ \t.!]*$/iu;
