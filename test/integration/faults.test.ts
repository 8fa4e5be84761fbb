import { readFileSync } from 'node:fs';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments, localSqs } from '../../local/aws-clients';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import { caseKeyFor } from '../../shared/domain/case-code';
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
      if (doc.text.includes('poison') || !this.seen.has(doc.id))
        results.set(doc.id, Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
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

  it('Should end with every accepted submission analysed or in the DLQ, none missing, none counted twice', {
    timeout: 90_000,
  }, async () => {
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

    // Every accepted submission ends analysed or in the DLQ (a healthy one
    // may be unlucky enough to meet an injected fault on all its receives):
    // none missing, and the figures count each analysed one exactly once.
    const pepper = (JSON.parse(readFileSync(`${dataDir.path}/secrets.json`, 'utf8')) as { PEPPER: string }).PEPPER;
    const healthyKeys = new Map(healthy.map((code) => [caseKeyFor(code, pepper), code]));
    const sqs = localSqs(stack.urls.sqs);
    const analysed = new Set<string>();
    const deadKeys = new Set<string>();
    let poisonDead = 0;
    let unresolved = healthy;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const open = healthy.filter((code) => !analysed.has(code));
      const statuses = await Promise.all(open.map((code) => stack.statusOf(code)));
      open.forEach((code, i) => statuses[i]!.body.status === 'analysed' && analysed.add(code));
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: stack.queues.analysis.dlqUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 0,
          VisibilityTimeout: 300,
        }),
      );
      for (const m of Messages) {
        const { caseKey } = JSON.parse(m.Body!) as { caseKey: string };
        if (healthyKeys.has(caseKey)) deadKeys.add(caseKey);
        else poisonDead += 1;
      }
      unresolved = healthy.filter((code) => !analysed.has(code) && !deadKeys.has(caseKeyFor(code, pepper)));
      if (unresolved.length === 0 && poisonDead >= poisoned) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    expect(unresolved).toEqual([]);
    expect(poisonDead).toBe(poisoned);
    // Most healthy submissions get through their faults.
    expect(analysed.size).toBeGreaterThan(healthy.length * 0.8);

    const figures = await new DynamoDbWeeklyFigures(
      localDocuments(stack.urls.dynamodb),
      stack.tableName,
      systemClock,
    ).read(isoWeekOf(new Date(), exampleConfig.timezone));
    const counted = figures.groups
      .filter((g) => g.site === 'warehouse' && g.channel === 'web')
      .reduce((sum, g) => sum + g.total, 0);
    // A dead-lettered case may have been counted before a later step failed for good; none is counted twice.
    expect(counted).toBeGreaterThanOrEqual(analysed.size);
    expect(counted).toBeLessThanOrEqual(analysed.size + deadKeys.size);
    expect(injected).toBeGreaterThan(0); // the faults really happened
  });
});
