import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { analysisMessageSchema, type AnalysisMessage } from '../../shared/domain/feedback';
import type { Analysis } from '../../shared/ports/analyzer';
import type { Metrics } from '../../shared/ports/metrics';
import { readableParts, type ReadableParts } from '../../shared/use-cases/readable-parts';
import {
  analyseBatch,
  escalateReadableParts,
  escalateUnanalysable,
  saveAnalysisOf,
  urgencyOfBatch,
  type AnalyseFeedbackDeps,
} from '../../shared/use-cases/analyse-feedback';

export interface AnalyzeHandlerDeps extends AnalyseFeedbackDeps {
  logger: Logger;
  /** Counts `FeedbackAnalysed`, `AnalysisFailures` and `MisshapenMessages` per batch; none locally. */
  metrics?: Metrics;
}

/** A message that can never be analysed; it goes back to the queue and, after max receives, to the DLQ. */
class MalformedMessageError extends Error {
  constructor() {
    super('analysis message is not valid JSON of the expected shape');
    this.name = 'MalformedMessageError';
  }
}

/** A message as read: valid; not in the shape this version reads, with readable parts; or nothing readable. */
type Parsed = { valid: AnalysisMessage } | { parts: ReadableParts } | { unreadable: true };

function parseMessage(deps: AnalyzeHandlerDeps, record: SQSRecord): Parsed {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    return { unreadable: true }; // JSON.parse quotes the input in its message: never log it
  }
  const result = analysisMessageSchema.safeParse(body);
  if (result.success) return { valid: result.data };
  const parts = readableParts(deps.config, body, deps.clock.now(), record.messageId);
  return parts ? { parts } : { unreadable: true };
}

/**
 * The analysis consumer. The whole batch goes to the analyzer in one call;
 * then each message is saved on its own and a failure is reported as a batch
 * item failure, so one bad message never fails its batch.
 */
export function createAnalyzeHandler(deps: AnalyzeHandlerDeps) {
  return async function analyze(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
    const messages = new Map<string, AnalysisMessage>();
    const misshapen = new Map<string, ReadableParts>();
    let unreadable = 0;
    for (const record of event.Records) {
      const parsed = parseMessage(deps, record);
      if ('valid' in parsed) messages.set(record.messageId, parsed.valid);
      else if ('parts' in parsed) misshapen.set(record.messageId, parsed.parts);
      else unreadable += 1;
    }
    const misshapenReceived = misshapen.size;
    // A misshapen message's text is analysed with the rest (redacted for its sponsor), unless a valid
    // delivery of the same message is in the batch: that one escalates it.
    const ids = new Set([...messages.values()].map((m) => m.id));
    for (const [key, parts] of misshapen) if (ids.has(parts.message.id)) misshapen.delete(key);
    const all = [...messages.values(), ...[...misshapen.values()].map((parts) => parts.message)];
    let results: Map<string, Analysis | Error>;
    try {
      results = await analyseBatch(deps, all);
    } catch (error) {
      deps.logger.warn('analyzer call failed; the whole batch will be retried', { errorName: (error as Error).name });
      results = new Map();
    }
    // Every text's urgency, read together before the first save (see urgencyOfBatch); a misshapen one's always.
    const urgency = urgencyOfBatch(deps, results.size ? all : [...misshapen.values()].map((parts) => parts.message));
    let escalatedAnyway = 0;

    const processor = new BatchProcessor(EventType.SQS);
    const response = await processPartialResponse(
      event,
      async (record: SQSRecord) => {
        const parts = misshapen.get(record.messageId);
        if (parts) {
          const id = parts.message.id;
          if (await escalateReadableParts(deps, parts, results.get(id), urgency.get(id))) escalatedAnyway += 1;
          throw new MalformedMessageError();
        }
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
    tellOperator(deps.logger, { misshapen: [...misshapen.values()], escalatedAnyway, unreadable });
    const failed = response.batchItemFailures.length;
    deps.logger.info('batch analysed', { received: event.Records.length, failed });
    deps.metrics?.count('FeedbackAnalysed', event.Records.length - failed);
    deps.metrics?.count('AnalysisFailures', failed);
    // Not in the shape this version reads: its own count and alarm, so the operator learns a version mismatch
    // at its first message, not only from the DLQ five receives later, and not mixed with Comprehend's failures.
    deps.metrics?.count('MisshapenMessages', misshapenReceived + unreadable);
    if (failed) {
      for (const [index, error] of processor.errors.entries())
        deps.logger.warn('message failed', { index, errorName: error.name });
    }
    return response;
  };
}

/**
 * One line a batch for the operator about messages not in the shape this version reads: how many, which
 * fields could not be read (by name, never a value), how many urgent ones went to their sponsor anyway, and
 * where they wait. Counts for the batch, never a line per message: one per report could be matched to its
 * escalation's stored hour and date it to the second.
 */
function tellOperator(
  logger: Logger,
  {
    misshapen,
    escalatedAnyway,
    unreadable,
  }: { misshapen: ReadableParts[]; escalatedAnyway: number; unreadable: number },
): void {
  if (misshapen.length) {
    const fields = [...new Set(misshapen.flatMap((parts) => parts.unread))].sort();
    logger.error(
      `${misshapen.length} analysis message(s) are not in the shape this version reads (fields that could not be read: ${fields.join(', ')}): an older or newer intake may be running. Their text was read for urgency; ${escalatedAnyway} urgent one(s) went to their sponsor anyway. They are not counted, and wait in the analysis DLQ after their retries: see docs/dead-letters.md.`,
      { misshapen: misshapen.length, escalatedAnyway, fields },
    );
  }
  if (unreadable)
    logger.error(
      `${unreadable} analysis message(s) have no text that can be read (not JSON, or no "text"): nothing could be escalated or counted. They wait in the analysis DLQ after their retries: see docs/dead-letters.md.`,
      { unreadable },
    );
}
