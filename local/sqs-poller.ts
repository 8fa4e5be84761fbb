import { DeleteMessageBatchCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

const IDLE_POLL_MS = 50;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;

export interface SqsPollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  queueArn: string;
  handler: SqsHandler;
  functionName: string;
  logger: Logger;
  batchSize?: number;
  /**
   * Queues the same handler drains after `queueUrl`, each only while every
   * queue before it is empty: `queueUrl` is the priority lane.
   */
  thenQueues?: { queueUrl: string; queueArn: string }[];
}

/**
 * What Lambda's SQS event source mapping does, locally: receive a batch,
 * hand the handler a real `SQSEvent`, delete the messages it did not report
 * in `batchItemFailures`. Failed messages stay on the queue, come back after
 * the visibility timeout, and after max receives the queue's redrive policy
 * moves them to the DLQ, exactly as on AWS. A handler that throws fails the
 * whole batch, as on AWS.
 */
export class SqsPoller {
  private running = false;
  private loop: Promise<void> | undefined;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly options: SqsPollerOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops after the batch in hand is finished; nothing is cut off half-way. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Resolves the next time a receive finds the queue empty (used to drain before shutdown, and by tests). */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async run(): Promise<void> {
    const { logger } = this.options;
    const lanes = [
      { queueUrl: this.options.queueUrl, queueArn: this.options.queueArn },
      ...(this.options.thenQueues ?? []),
    ];
    while (this.running) {
      try {
        // The first lane with messages is served; after each batch the search starts again from the first.
        let served = false;
        for (const lane of lanes) {
          if (await this.serve(lane)) {
            served = true;
            break;
          }
        }
        if (!served) {
          this.idleWaiters.splice(0).forEach((resolve) => resolve());
          await sleep(IDLE_POLL_MS);
        }
      } catch (error) {
        logger.error('poller error', { functionName: this.options.functionName, errorName: (error as Error).name });
        await sleep(500);
      }
    }
  }

  /** Receives one batch from a queue and hands it to the handler; false when the queue was empty. */
  private async serve({ queueUrl, queueArn }: { queueUrl: string; queueArn: string }): Promise<boolean> {
    const { sqs } = this.options;
    const { Messages = [] } = await sqs.send(
      // Short polls: local-aws-sqs holds a long poll open until the batch is
      // full, which would add its whole wait to every submission's latency.
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: this.options.batchSize ?? 10,
        WaitTimeSeconds: 0,
        AttributeNames: ['All'],
      }),
    );
    if (Messages.length === 0) return false;
    const records: SQSRecord[] = Messages.map((m) => ({
      messageId: m.MessageId!,
      receiptHandle: m.ReceiptHandle!,
      body: m.Body ?? '',
      attributes: {
        ApproximateReceiveCount: m.Attributes?.ApproximateReceiveCount ?? '1',
        SentTimestamp: m.Attributes?.SentTimestamp ?? '0',
        SenderId: m.Attributes?.SenderId ?? 'local',
        ApproximateFirstReceiveTimestamp: m.Attributes?.ApproximateFirstReceiveTimestamp ?? '0',
      },
      messageAttributes: {},
      md5OfBody: m.MD5OfBody ?? '',
      eventSource: 'aws:sqs',
      eventSourceARN: queueArn,
      awsRegion: 'us-east-1',
    }));
    const failed = await this.invoke({ Records: records });
    const done = records.filter((r) => !failed.has(r.messageId));
    if (done.length) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: done.map((r, i) => ({ Id: String(i), ReceiptHandle: r.receiptHandle })),
        }),
      );
    }
    return true;
  }

  /** Runs the handler; returns the ids to leave on the queue. */
  private async invoke(event: SQSEvent): Promise<Set<string>> {
    try {
      const response = await this.options.handler(event, lambdaContext(this.options.functionName));
      return new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
    } catch (error) {
      this.options.logger.warn('handler failed the whole batch', {
        functionName: this.options.functionName,
        errorName: (error as Error).name,
      });
      return new Set(event.Records.map((r) => r.messageId));
    }
  }
}

function lambdaContext(functionName: string): Context {
  const deadline = Date.now() + 30_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: crypto.randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
