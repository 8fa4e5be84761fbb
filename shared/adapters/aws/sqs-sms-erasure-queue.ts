import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { SmsErasureJob } from '../../domain/sms-erasure';
import type { SmsErasureQueue } from '../../ports/sms-erasure-queue';

/** The most SQS lets a message wait before it is first delivered. */
const MAX_DELAY_SECONDS = 900;

export class SqsSmsErasureQueue implements SmsErasureQueue {
  /** `maxDelaySeconds` shortens every delay (tests on the local stack pass 0). @default 900 */
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
    private readonly maxDelaySeconds = MAX_DELAY_SECONDS,
  ) {}

  async schedule(job: SmsErasureJob, delaySeconds: number): Promise<void> {
    const delay = Math.max(0, Math.min(this.maxDelaySeconds, MAX_DELAY_SECONDS, Math.round(delaySeconds)));
    await this.client.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(job), DelaySeconds: delay }));
  }
}
