import { readsAllClear } from '../analysis/answer-all-clear';
import { caseKeyFor } from '../domain/case-code';
import { isCourtesyOnly, normalisePhoneNumber } from '../domain/sms-message';
import { answerSentReply } from '../domain/sms-replies';
import { readsAsThanks } from '../domain/sms-thanks';
import type { Language } from '../i18n/translate';
import { NotFoundError, PayloadTooLargeError, ValidationError } from '../errors';
import { employeeAnswers } from './case-conversation';
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
 * at once. What this costs promise 2, and why it was chosen: docs/anonymity.md, "Details after an urgent text".
 */

const subjectOf = (from: string) => `sms-follow-up:${normalisePhoneNumber(from)}`;

/** Remembers `caseCode` as the urgent case `from` just reported. The state failing costs the fold, never the report. */
export async function keepFollowUpCase(
  deps: Pick<HandleInboundSmsDeps, 'rateState'>,
  sms: { from: string },
  caseCode: string,
): Promise<void> {
  await deps.rateState.keepFollowUpLink(subjectOf(sms.from), caseCode).catch(() => undefined);
}

/**
 * Adds `text` to the urgent case `from` reported within the last few minutes, answered as an answer on it is;
 * undefined when there is none, or when the case cannot take it yet (not passed to its sponsor yet, closed, or its
 * conversation full): the caller then files the text as a report of its own, so nothing is lost.
 */
export async function addedToUrgentCase(
  deps: HandleInboundSmsDeps,
  sms: { from: string },
  text: string,
  { idempotencyKey, language }: { idempotencyKey: string; language: Language },
): Promise<{ reply: SmsReply } | { pending: true } | undefined> {
  if (isCourtesyOnly(text)) return undefined;
  const code = await deps.rateState.followUpLink(subjectOf(sms.from)).catch(() => undefined);
  if (!code) return undefined;
  try {
    await employeeAnswers(deps, code, text, 'sms', idempotencyKey, { followUp: true });
  } catch (error) {
    // A copy of a delivery with other words: the first delivery's answer stands, as for `<code> <words>`.
    if (error instanceof IdempotencyKeyReusedError)
      return { reply: { outcome: 'answered', messages: [answerSentReply(code, language)] } };
    // The case is not with its sponsor yet (its analysis still running, or its email not yet accepted): filed as a
    // report of its own, marked urgent, so the details wait for nothing. One analysis found not urgent after all
    // (the intake's reading was on the safe side): filed as a report of its own, as any other text.
    // Words saying all is well ("thanks, we are all out now"), or thanks alone ("thank you so much", "ok"), are no
    // second emergency: filed as they are. Thanks is read on the whole text: "thanks, but 2 people are still inside"
    // is details (attack round 28).
    if (error instanceof NotFoundError)
      return !readsAllClear(text) && !readsAsThanks(text) && (await stillOnItsWay(deps, code))
        ? { pending: true }
        : undefined;
    if (error instanceof ValidationError || error instanceof PayloadTooLargeError) return undefined;
    throw error;
  }
  return { reply: { outcome: 'answered', messages: [answerSentReply(code, language)] } };
}

/** Whether the case is still on its way to a sponsor: received and not yet analysed, or its email not yet accepted. */
async function stillOnItsWay(deps: HandleInboundSmsDeps, code: string): Promise<boolean> {
  const record = await deps.cases.findCase(caseKeyFor(code, deps.pepper)).catch(() => undefined);
  return record?.status === 'received' || record?.status === 'forwarding';
}
