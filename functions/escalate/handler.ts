import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { ESCALATION_RECEIVES, escalationMessageSchema, type EscalationMessage } from '../../shared/domain/escalation';
import { mailFailureOf, type MailFailure } from '../../shared/use-cases/mail-failure';
import { notifyThreadAnswer } from '../../shared/use-cases/notify-thread-answer';
import { raiseEscalation, type EscalationDeps } from '../../shared/use-cases/raise-escalation';
import { startAcknowledgeClock } from '../../shared/use-cases/legal-clocks';
import { ladderRefusedAlarm } from './ladder-refused-alarm';

/**
 * The escalation consumer: one escalation per message, each on its own, so
 * an email that fails (SES throttling, say) fails only its message, which is
 * retried and after max receives lands in the DLQ, whose depth raises an alarm.
 */
export function createEscalateHandler(given: EscalationDeps & { logger: Logger; receives?: number }) {
  const lastReceive = given.receives ?? ESCALATION_RECEIVES;
  return async function escalate(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
    // A refused address the case climbs past at once leaves its message successful: the operator still
    // learns of it (to fix the address), by kind and the service's error name, never the address or the case.
    // Read at each call: the local stack learns its public URL (for the links) after creating the handler.
    const deps = {
      ...given,
      mailFailed:
        given.mailFailed ??
        ((failure: MailFailure) =>
          given.logger.warn('A case’s email was refused; it went on to whoever is next', { ...failure })),
      ladderRefused: given.ladderRefused ?? ladderRefusedAlarm(given),
    };
    const processor = new BatchProcessor(EventType.SQS);
    const response = await processPartialResponse(
      event,
      async (record: SQSRecord) => {
        let body: unknown;
        try {
          body = JSON.parse(record.body);
        } catch {
          throw new Error('escalation message is not JSON'); // never quote the body
        }
        const message = escalationMessageSchema.parse(body);
        // An employee's answer in a case's conversation tells its holder; anything else is an escalation.
        if (message.threadAnswer) {
          await notifyThreadAnswer(deps, message);
          return;
        }
        try {
          await raiseEscalation(deps, message);
        } catch (error) {
          if (Number(record.attributes?.ApproximateReceiveCount ?? 1) < lastReceive) throw error;
          if (!(await leftToTheSweep(deps, message).catch(() => false))) throw error;
          // Its last try: not moved to the DLQ, where SQS would keep its case and the millisecond it was sent for
          // 14 days (op43). The sweep emails it (`deliverUnsent`) and its alarm goes off if it cannot either.
          deps.logger.warn('An escalation’s email failed at every try; the next sweep sends it', {
            ...mailFailureOf('escalate', error),
          });
        }
      },
      processor,
      { context, throwOnFullBatchFailure: false },
    );
    // Counts only: a line per escalation with its reasons could be matched to
    // the escalation's stored hour and date it to the second.
    deps.logger.info('batch escalated', { received: event.Records.length, failed: response.batchItemFailures.length });
    // By kind and the service's own error name (throttled, or an address refused), never the address or the case.
    for (const error of processor.errors)
      deps.logger.warn('escalation failed', { ...mailFailureOf('escalate', error) });
    return response;
  };
}

/**
 * Whether an escalation whose message failed at every receive is the sweep's to send, and its message may go: its
 * escalation is stored and its holder not yet emailed (`notifiedLevel` below its level: the sweep's `deliverUnsent`
 * sends exactly those), and the bookkeeping done before any email holds (its deadline on its thread, its case shown
 * being passed on: written again here, once, as a retry would). Anything else still needs its message (no escalation
 * stored, the text of a withheld case to add, an email sent whose bookkeeping failed) and goes to the DLQ as before.
 */
async function leftToTheSweep(deps: EscalationDeps, message: EscalationMessage): Promise<boolean> {
  if (!message.caseKey || message.withheldAs) return false;
  const stored = await deps.escalations.get(message.escalationId);
  if (!stored || stored.notifiedLevel >= stored.level) return false;
  await startAcknowledgeClock(deps, stored);
  await deps.cases.advanceStatus(message.caseKey, 'forwarding');
  return true;
}
