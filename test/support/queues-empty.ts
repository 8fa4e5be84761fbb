import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import type { LocalStack } from '../../local/start-local-stack';
import { localSqs } from '../../local/aws-clients';
import { waitFor } from './outbox';

/**
 * Waits until nothing is left on the analysis or escalation queues (every lane), in sight or in flight: every
 * message sent before the call, copies included, has been handled. For a copy that, rightly, leaves
 * nothing to wait for (no new answer, no held notice).
 */
export function waitForQueuesEmpty(stack: Pick<LocalStack, 'urls' | 'queues'>): Promise<true> {
  return waitFor('the queues to empty', async () => {
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
    return left === 0 || undefined;
  });
}
