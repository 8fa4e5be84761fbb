import { randomBytes } from 'node:crypto';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSqs } from '../../local/aws-clients';
import { type QueuePair, type SqsStandIn, startSqs } from '../../local/sqs-stand-in';
import { SqsQueue } from '../../shared/adapters/aws/sqs-queue';
import { tempDataDir } from '../support/local-stack';

describe('the generic queue on local-aws-sqs', () => {
  const dataDir = tempDataDir();
  let sqs: SqsStandIn;
  let client: ReturnType<typeof localSqs>;
  let counter = 0;

  beforeAll(async () => {
    sqs = await startSqs({ port: 0, dataDir: dataDir.path, encryptionKey: randomBytes(32).toString('hex') });
    client = localSqs(sqs.endpoint);
  });
  afterAll(async () => {
    client?.destroy();
    await sqs?.close();
    dataDir.remove();
  });

  const freshQueue = (): Promise<QueuePair> => {
    counter += 1;
    return sqs.createQueuePair(`queue-test-${counter}`, { visibilityTimeoutSeconds: 30, maxReceiveCount: 5 });
  };
  const receive = async (url: string) => {
    const { Messages = [] } = await client.send(
      new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    return Messages.map((m) => JSON.parse(m.Body ?? 'null') as unknown);
  };

  it('Should deliver what it was given, whole, as one message', async () => {
    const queue = await freshQueue();
    const message = { caseKey: 'a'.repeat(64), text: 'Der Gabelstapler in Halle 3 hupt nicht 🚜', rating: 2 };
    await new SqsQueue<typeof message>(client, queue.url).enqueue(message);
    expect(await receive(queue.url)).toEqual([message]);
  });

  it('Should hold back a delayed message, and deliver it at once when delays are switched off, as the local stack runs erasures', async () => {
    const held = await freshQueue();
    await new SqsQueue<{ job: number }>(client, held.url).enqueue({ job: 1 }, { delaySeconds: 600 });
    expect(await receive(held.url)).toEqual([]);

    const immediate = await freshQueue();
    const noDelays = new SqsQueue<{ job: number }>(client, immediate.url, 0);
    await noDelays.enqueue({ job: 2 }, { delaySeconds: 600 });
    await noDelays.enqueue({ job: 3 }, { delaySeconds: -5 });
    expect(await receive(immediate.url)).toEqual(expect.arrayContaining([{ job: 2 }, { job: 3 }]));
  });

  it('Should answer a message’s stamps on the hour, in its queue and in its DLQ: a message names its case, and the hour is the finest time an escalation keeps (op43)', async () => {
    const queue = await sqs.createQueuePair('stamps-test', { visibilityTimeoutSeconds: 1, maxReceiveCount: 1 });
    await new SqsQueue<{ caseKey: string }>(client, queue.url).enqueue({ caseKey: 'b'.repeat(64) });
    const stampsOf = async (url: string) => {
      const { Messages = [] } = await client.send(
        new ReceiveMessageCommand({ QueueUrl: url, AttributeNames: ['All'], MessageSystemAttributeNames: ['All'] }),
      );
      return Messages.flatMap((m) => [m.Attributes?.SentTimestamp, m.Attributes?.ApproximateFirstReceiveTimestamp]);
    };
    const inQueue = await stampsOf(queue.url);
    expect(inQueue).toHaveLength(2);
    // Received once (its last try), it is moved to the DLQ at a later receive.
    let inDlq: (string | undefined)[] = [];
    for (let i = 0; i < 20 && inDlq.length === 0; i += 1) {
      await stampsOf(queue.url);
      inDlq = await stampsOf(queue.dlqUrl);
      if (inDlq.length === 0) await new Promise((r) => setTimeout(r, 300));
    }
    expect(inDlq).toHaveLength(2);
    for (const stamp of [...inQueue, ...inDlq]) {
      expect(stamp).toMatch(/^\d{13}$/);
      expect(Number(stamp) % 3_600_000, stamp).toBe(0);
    }
  });

  it('Should never ask SQS for more than its 15-minute limit, so a long delay is not refused', async () => {
    const queue = await freshQueue();
    await expect(
      new SqsQueue<{ job: number }>(client, queue.url).enqueue({ job: 4 }, { delaySeconds: 86_400 }),
    ).resolves.toBeUndefined();
  });
});
