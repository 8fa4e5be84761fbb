import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { analysisMessageSchema, type AnalysisMessage } from '../../shared/domain/feedback';
import type { Analysis } from '../../shared/ports/analyzer';
import type { Metrics } from '../../shared/ports/metrics';
import {
  analyseBatch,
  escalateUnanalysable,
  saveAnalysisOf,
  urgencyOfBatch,
  type AnalyseFeedbackDeps,
} from '../../shared/use-cases/analyse-feedback';

export interface AnalyzeHandlerDeps extends AnalyseFeedbackDeps {
  logger: Logger;
  /** Counts `FeedbackAnalysed` and `AnalysisFailures` per batch; none locally. */
  metrics?: Metrics;
}

/** A message that can never be analysed; it goes back to the queue and, after max receives, to the DLQ. */
class MalformedMessageError extends Error {
  constructor() {
    super('analysis message is not valid JSON of the expected shape');
    this.name = 'MalformedMessageError';
  }
}

function parseMessage(record: SQSRecord): AnalysisMessage | undefined {
  try {
    const result = analysisMessageSchema.safeParse(JSON.parse(record.body));
    return result.success ? result.data : undefined;
  } catch {
    return undefined; // JSON.parse quotes the input in its message: never log it
  }
}

/**
 * The analysis consumer. The whole batch goes to the analyzer in one call;
 * then each message is saved on its own and a failure is reported as a batch
 * item failure, so one bad message never fails its batch.
 */
export function createAnalyzeHandler(deps: AnalyzeHandlerDeps) {
  return async function analyze(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
    const messages = new Map<string, AnalysisMessage>();
    for (const record of event.Records) {
      const message = parseMessage(record);
      if (message) messages.set(record.messageId, message);
    }
    let results: Map<string, Analysis | Error>;
    try {
      results = await analyseBatch(deps, [...messages.values()]);
    } catch (error) {
      deps.logger.warn('analyzer call failed; the whole batch will be retried', { errorName: (error as Error).name });
      results = new Map();
    }
    // Every text's urgency, read together before the first save (see urgencyOfBatch).
    const urgency = results.size ? urgencyOfBatch(deps, [...messages.values()]) : new Map<string, string[]>();

    const processor = new BatchProcessor(EventType.SQS);
    const response = await processPartialResponse(
      event,
      async (record: SQSRecord) => {
        const message = messages.get(record.messageId);
        if (!message) throw new MalformedMessageError();
        const result = results.get(message.id);
        if (!result) {
          // The analyzer failed for the whole batch: what cannot wait still goes to its sponsor, text withheld.
          if (await escalateUnanalysable(deps, message))
            deps.logger.warn('analysis unavailable; escalated with the text withheld');
          throw new Error('analysis unavailable for this message');
        }
        const outcome = await saveAnalysisOf(deps, message, result, urgency.get(message.id));
        if (outcome === 'case-missing') deps.logger.info('case no longer exists; message dropped');
      },
      processor,
      { context, throwOnFullBatchFailure: false },
    );
    const failed = response.batchItemFailures.length;
    deps.logger.info('batch analysed', { received: event.Records.length, failed });
    deps.metrics?.count('FeedbackAnalysed', event.Records.length - failed);
    deps.metrics?.count('AnalysisFailures', failed);
    if (failed) {
      for (const [index, error] of processor.errors.entries())
        deps.logger.warn('message failed', { index, errorName: error.name });
    }
    return response;
  };
}
