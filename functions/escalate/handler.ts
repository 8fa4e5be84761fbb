import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { escalationMessageSchema } from '../../shared/domain/escalation';
import { mailFailureOf, type MailFailure } from '../../shared/use-cases/mail-failure';
import { notifyThreadAnswer } from '../../shared/use-cases/notify-thread-answer';
import { raiseEscalation, type EscalationDeps } from '../../shared/use-cases/raise-escalation';
import { ladderRefusedAlarm } from './ladder-refused-alarm';

/**
 * The escalation consumer: one escalation per message, each on its own, so
 * an email that fails (SES throttling, say) fails only its message, which is
 * retried and after max receives lands in the DLQ, whose depth raises an alarm.
 */
export function createEscalateHandler(given: EscalationDeps & { logger: Logger }) {
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
        if (message.threadAnswer) await notifyThreadAnswer(deps, message);
        else await raiseEscalation(deps, message);
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
