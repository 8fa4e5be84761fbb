import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { localSqs } from './aws-clients';
import type { LocalStack } from './local-stack-types';

/**
 * How many messages are left on the analysis and escalation queues (every lane), in sight or in flight: 0 once every
 * message sent before the call, copies included, has been handled. What a script or a test waits on before it
 * reads what the pipeline made of what it sent.
 */
export async function messagesLeft(stack: Pick<LocalStack, 'urls' | 'queues'>): Promise<number> {
  const sqs = localSqs(stack.urls.sqs);
  let left = 0;
  try {
    const { analysis, analysisPriority, analysisMarked, escalation, escalationPriority } = stack.queues;
    for (const { url } of [analysis, analysisPriority, analysisMarked, escalation, escalationPriority]) {
      const { Attributes = {} } = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: url,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      left +=
        Number(Attributes.ApproximateNumberOfMessages ?? 0) +
        Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0);
    }
  } finally {
    sqs.destroy();
  }
  return left;
}
