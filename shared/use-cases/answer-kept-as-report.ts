import type { Channel } from '../domain/feedback';
import { caseKeyFor, normaliseCaseCode } from '../domain/case-code';
import { NotFoundError, ValidationError } from '../errors';
import { CASE_CLOSED, NO_CONVERSATION, THREAD_FULL } from './case-conversation';
import { readsUrgent } from './reads-urgent';
import { submitFeedback, type SubmitFeedbackDeps } from './submit-feedback';

/**
 * Words sent as an answer on a case that cannot take them (closed, with no conversation, or full) are not
 * lost when they read urgent: they become a report of their own, with its own code, as they do by SMS
 * (`handle-inbound-sms.ts`, `urgentWordsKept`) and as the same words sent as new feedback would. Attack
 * round 19, G: "he has a knife…" sent by the web on a case closed an hour before was refused (400, "send
 * new feedback") and nothing was kept. Undefined when the refusal stands (other words, other refusals).
 * The new report is on the case's site, like the case it was meant for; a retry with the same key makes it once.
 */
export async function answerKeptAsReport(
  deps: SubmitFeedbackDeps,
  refusal: unknown,
  {
    typedCode,
    text,
    channel,
    idempotencyKey,
  }: { typedCode: string; text: unknown; channel: Channel; idempotencyKey?: string },
): Promise<{ caseCode: string } | undefined> {
  const cannotTake =
    (refusal instanceof ValidationError && (refusal.message === CASE_CLOSED || refusal.message === THREAD_FULL)) ||
    (refusal instanceof NotFoundError && refusal.message === NO_CONVERSATION);
  if (!cannotTake || typeof text !== 'string' || !text.trim()) return undefined;
  if (!(await readsUrgent(deps.config.topics, { escalate: false, text }, undefined, deps.clock))) return undefined;
  const code = normaliseCaseCode(typedCode);
  const record = code ? await deps.cases.findCase(caseKeyFor(code, deps.pepper)) : undefined;
  const receipt = await submitFeedback(deps, {
    channel,
    text,
    ...(record?.site ? { site: record.site } : {}),
    escalate: false,
    ...(idempotencyKey
      ? { idempotencyKey: `${idempotencyKey}:words-kept`, onKeyReuse: 'first-write-wins' as const }
      : {}),
  });
  return { caseCode: receipt.caseCode };
}
