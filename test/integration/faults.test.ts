import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments, localSqs } from '../../infra/local/aws-clients';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import { isoWeekOf } from '../../shared/domain/iso-week';
import type { Analysis, Analyzer, AnalyzerInput } from '../../shared/ports/analyzer';
import { systemClock } from '../../shared/ports/clock';
import { exampleConfig } from '../support/fixtures';
import { startTestStack, tempDataDir } from '../support/local-stack';

/** Like Comprehend on a bad day: every document is throttled the first time, and "poison" ones always fail. */
class FlakyAnalyzer implements Analyzer {
  private seen = new Set<string>();
  async analyze(docs: AnalyzerInput[]) {
    const results = (await new OfflineAnalyzer().analyze(docs)) as Map<string, Analysis | Error>;
    for (const doc of docs) {
      if (doc.text.includes('poison') || !this.seen.has(doc.id)) results.set(doc.id, Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
      this.seen.add(doc.id);
    }
    return results;
  }
}

describe('faults injected into the adapters', () => {
  const dataDir = tempDataDir();
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  let injected = 0;

  beforeAll(async () => {
    stack = await startTestStack({
      dataDir: dataDir.path,
      analyzer: new FlakyAnalyzer(),
      visibilityTimeoutSeconds: 1,
      instrumentClients: ({ documents }) => {
        // 3% of DynamoDB writes throttled, as under a hot partition.
        documents.middlewareStack.add(
          (next, context) => async (args) => {
            if (/Update|Put/.test(context.commandName ?? '') && Math.random() < 0.03) {
              injected += 1;
              throw new ProvisionedThroughputExceededException({ message: 'injected', $metadata: {} });
            }
            return next(args);
          },
          { step: 'initialize', name: 'injectThrottling' },
        );
      },
    });
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  it('Should end with every accepted submission analysed or in the DLQ, none missing, none counted twice', { timeout: 90_000 }, async () => {
    const healthy: string[] = [];
    let poisoned = 0;
    for (let i = 0; i < 40; i += 1) {
      const text = i % 10 === 3 ? `poison pill ${i}` : `Feedback ${i}: the break room fridge is broken again`;
      const res = await stack.submit({ text, site: 'warehouse' });
      if (res.status !== 201) continue; // a write refused by an injected fault: never accepted, the client retries
      if (text.includes('poison')) poisoned += 1;
      else healthy.push(res.caseCode);
    }
    expect(healthy.length + poisoned).toBeGreaterThan(30);

    const deadline = Date.now() + 60_000;
    let pending = healthy;
    while (pending.length && Date.now() < deadline) {
      const statuses = await Promise.all(pending.map((c) => stack.statusOf(c)));
      pending = pending.filter((_, i) => statuses[i]!.body.status !== 'analysed');
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(pending).toEqual([]);

    const sqs = localSqs(stack.urls.sqs);
    const dead = new Set<string>();
    while (dead.size < poisoned && Date.now() < deadline) {
      const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: stack.queues.analysis.dlqUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, VisibilityTimeout: 30 }));
      for (const m of Messages) dead.add(m.MessageId!);
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(dead.size).toBe(poisoned);

    const figures = await new DynamoDbWeeklyFigures(localDocuments(stack.urls.dynamodb), stack.tableName, systemClock).read(isoWeekOf(new Date(), exampleConfig.timezone));
    const counted = figures.groups.filter((g) => g.site === 'warehouse' && g.channel === 'web').reduce((sum, g) => sum + g.total, 0);
    expect(counted).toBe(healthy.length);
    expect(injected).toBeGreaterThan(0); // the faults really happened
  });
});
