import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { retryDelaySeconds, smsErasureJobSchema } from '../../shared/domain/sms-erasure';
import { eraseSmsExchange, type EraseSmsExchangeDeps } from '../../shared/use-cases/erase-sms-exchange';

export interface SmsEraseHandlerDeps extends EraseSmsExchangeDeps {
  logger: Logger;
  /**
   * Keeps a failed job hidden for `seconds` before it is tried again (SQS
   * ChangeMessageVisibility), so that retries back off instead of coming
   * back at the queue's fixed visibility timeout.
   */
  retryLater(receiptHandle: string, seconds: number): Promise<void>;
  /** The first retry's delay, doubled on each further one. @default 60 */
  retryBaseSeconds?: number;
}

/**
 * The `sms-erase` consumer: one erasure job per message, each on its own.
 * A job Twilio cannot finish yet is reported as a batch item failure after
 * its next try has been pushed back (1, 2, 4 … minutes, at most 6 hours);
 * after max receives it lands in the DLQ, whose depth raises an alarm.
 * Logs carry no message SID: Twilio can match one to a phone number.
 */
export function createSmsEraseHandler(deps: SmsEraseHandlerDeps) {
  return async function smsErase(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
    const processor = new BatchProcessor(EventType.SQS);
    const response = await processPartialResponse(
      event,
      async (record: SQSRecord) => {
        const job = smsErasureJobSchema.safeParse(parseJson(record.body));
        // A job that can never be read is not retried: it would only fill the DLQ. It holds nothing to erase.
        if (!job.success) {
          deps.logger.error('sms erasure job unreadable', {
            issues: job.error.issues.map((i) => i.path.join('.') || '(body)'),
          });
          return;
        }
        try {
          await eraseSmsExchange(deps, job.data);
        } catch (error) {
          const receiveCount = Number(record.attributes.ApproximateReceiveCount);
          // Should the delay not be set, the queue's own visibility timeout brings the job back: sooner, never lost.
          await deps
            .retryLater(record.receiptHandle, retryDelaySeconds(receiveCount, deps.retryBaseSeconds))
            .catch(() => undefined);
          throw error;
        }
        deps.logger.info('sms exchange erased', { records: new Set(job.data.messageSids).size });
      },
      processor,
      { context, throwOnFullBatchFailure: false },
    );
    for (const error of processor.errors) deps.logger.warn('sms erasure to be retried', { errorName: error.name });
    return response;
  };
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
