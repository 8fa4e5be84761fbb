import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { expect } from 'vitest';
import { localSqs } from '../../local/aws-clients';
import { everyChannel } from './local-stack';
import { waitFor } from './outbox';
import { waitForQueuesEmpty } from './queues-empty';
import { type TestStackOptions, useTestStack } from './test-stack';

/** A report the urgency detector flags by its words alone (a gun, a threat to kill), in Spanish. */
export const GUN_THREAT = 'hay un tipo con una pistola en el estacionamiento dice que va a matar al supervisor';

/**
 * The local stack for the tests of one `describe` that send it a flood of
 * reports (call it inside the `describe`): every intake channel's budget
 * roomy enough that none of the flood is refused. Other options (a clock)
 * go to the stack as they are.
 */
export function useFloodStack(options: TestStackOptions = {}) {
  const stack = useTestStack({ rateLimits: everyChannel({ perSecond: 10_000, burst: 10_000 }), ...options });

  /** How many messages wait in a queue, not yet taken by its worker. */
  const waiting = async (url: string) => {
    const sqs = localSqs(stack.urls.sqs);
    try {
      const { Attributes = {} } = await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }),
      );
      return Number(Attributes.ApproximateNumberOfMessages ?? 0);
    } finally {
      sqs.destroy();
    }
  };

  /** Submits `report(i)` for each i from `first` on, `count` of them, one after the other; each must be taken. */
  const submitEach = async (count: number, report: (i: number) => Record<string, unknown>, first = 0) => {
    const codes: string[] = [];
    for (let i = first; i < first + count; i++) {
      const { status, caseCode } = await stack.submit(report(i));
      expect(status).toBe(201);
      codes.push(caseCode);
    }
    return codes;
  };

  /**
   * Waits until each of `codes` is raised to its sponsor (emailed, or on the desk waiting to be told with the
   * others past the hour's allowance) and nothing is left in flight.
   */
  const untilRaised = async (codes: string[], timeoutMs: number) => {
    await waitFor(
      'every report to be raised',
      async () => {
        const statuses = await Promise.all(codes.map(async (code) => (await stack.statusOf(code)).body.status));
        return statuses.every((s) => s === 'forwarding' || s === 'escalated') || undefined;
      },
      timeoutMs,
    );
    await waitForQueuesEmpty(stack);
  };

  return { stack, waiting, submitEach, untilRaised };
}
