import { messagesLeft } from '../../local/messages-left';
import type { LocalStack } from '../../local/start-local-stack';
import { waitFor } from './outbox';

/**
 * Waits until nothing is left on the analysis or escalation queues (every lane), in sight or in flight: every
 * message sent before the call, copies included, has been handled. For a copy that, rightly, leaves
 * nothing to wait for (no new answer, no held notice).
 */
export function waitForQueuesEmpty(stack: Pick<LocalStack, 'urls' | 'queues'>): Promise<true> {
  return waitFor('the queues to empty', async () => ((await messagesLeft(stack)) === 0 ? true : undefined));
}
