import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { Queue } from '../../ports/queue';

/** The most SQS lets a message wait before it is first delivered. */
const MAX_DELAY_SECONDS = 900;

/**
 * A {@link Queue} on SQS (encrypted at rest on AWS; `local-aws-sqs` locally),
 * one message per send, as JSON. `maxDelaySeconds` shortens every delay
 * (tests on the local stack pass 0 so that an erasure is not held 15 minutes).
 */
export class SqsQueue<T> implements Queue<T> {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    private readonly maxDelaySeconds = MAX_DELAY_SECONDS,
  ) {}

  async enqueue(message: T, options: { delaySeconds?: number } = {}): Promise<void> {
    const delay =
      options.delaySeconds === undefined
        ? undefined
        : Math.max(0, Math.min(this.maxDelaySeconds, MAX_DELAY_SECONDS, Math.round(options.delaySeconds)));
    await this.client.send(
      new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(message), DelaySeconds: delay }),
    );
  }
}
