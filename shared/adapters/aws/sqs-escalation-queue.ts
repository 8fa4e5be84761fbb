import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { EscalationMessage } from '../../domain/escalation';
import type { EscalationQueue } from '../../ports/escalation-queue';

export class SqsEscalationQueue implements EscalationQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(message: EscalationMessage): Promise<void> {
    await this.client.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(message) }));
  }
}
