import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { AnalysisMessage } from '../../domain/feedback';
import type { AnalysisQueue } from '../../ports/analysis-queue';

/** The analysis queue on SQS (encrypted at rest on AWS; `local-aws-sqs` locally). */
export class SqsAnalysisQueue implements AnalysisQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async enqueue(message: AnalysisMessage): Promise<void> {
    await this.client.send(new SendMessageCommand({ QueueUrl: this.queueUrl, MessageBody: JSON.stringify(message) }));
  }
}
