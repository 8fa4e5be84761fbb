import type { Logger } from '@aws-lambda-powertools/logger';
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';

/** One dead-letter queue the watch looks at, and how the operator knows it. */
export interface WatchedDeadLetters {
  /** The queue's name as `npm start` prints it (`analysis-priority-dlq`). */
  name: string;
  /** What waits there, in the operator's words ("urgent reports that could not be analysed"). */
  what: string;
  dlqUrl: string;
}

export interface DeadLetterWatchOptions {
  sqs: SQSClient;
  queues: readonly WatchedDeadLetters[];
  logger: Logger;
  /** How often the queues are counted (10 s unless set). */
  everyMs?: number;
}

export const DEAD_LETTER_CHECK_MS = 10_000;

/**
 * What stands in for the CloudWatch alarms on the DLQs under `npm start`: every few seconds each dead-letter
 * queue is counted, and when one holds more than the operator was last told, an error line says how many wait
 * there, what they are and where to read what to do. Without it a report that failed every try (an urgent one
 * included) would wait in its DLQ for 14 days with no one told. Told once per rise, not at every count (a restart
 * sends what waited in a DLQ back to its queue, so it is told again if it lands there again). Only counts are read: no message, text or case is.
 */
export function watchDeadLetters({
  sqs,
  queues,
  logger,
  everyMs = DEAD_LETTER_CHECK_MS,
}: DeadLetterWatchOptions): () => Promise<void> {
  const told = new Map<string, number>();
  let running: Promise<void> | undefined;
  const check = async () => {
    for (const queue of queues) {
      const waiting = await count(sqs, queue.dlqUrl);
      if (waiting === undefined) continue;
      const before = told.get(queue.name) ?? 0;
      // Fewer than told: moved back (`npm run redrive`) or expired; the next rise is told again from here.
      told.set(queue.name, waiting);
      if (waiting <= before) continue;
      logger.error(
        `${waiting === 1 ? '1 message waits' : `${waiting} messages wait`} in the dead-letter queue ${queue.name} (${queue.what}): it failed every try. What to check, and how to move it back once fixed (npm run redrive): docs/dead-letters.md`,
        { queue: queue.name, waiting },
      );
    }
  };
  const tick = () => {
    // A count still running (a busy machine) is not started again beside it.
    running ??= check().finally(() => {
      running = undefined;
    });
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/** The messages in a queue, or undefined if it cannot be counted now (the stand-in stopping): tried again next time. */
async function count(sqs: SQSClient, queueUrl: string): Promise<number | undefined> {
  try {
    const { Attributes = {} } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: queueUrl,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    return (
      Number(Attributes.ApproximateNumberOfMessages ?? 0) +
      Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0)
    );
  } catch {
    return undefined;
  }
}
