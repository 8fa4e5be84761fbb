import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { localSqs } from '../../local/aws-clients';
import { MAX_RECEIVES } from '../../local/start-local-stack';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import type { Analysis, Analyzer, AnalyzerInput } from '../../shared/ports/analyzer';
import { useTestStack } from '../support/test-stack';

/** Analyses normally, except that any text containing "poison" always fails. */
class PoisonAnalyzer implements Analyzer {
  attempts = 0;
  async analyze(docs: AnalyzerInput[]) {
    const results = await new OfflineAnalyzer().analyze(docs);
    for (const doc of docs) {
      if (doc.text.includes('poison')) {
        this.attempts += 1;
        results.set(doc.id, new Error('cannot analyse'));
      }
    }
    return results as Map<string, Analysis | Error>;
  }
}

describe('a message that can never be analysed', () => {
  const analyzer = new PoisonAnalyzer();
  const stack = useTestStack({ analyzer, visibilityTimeoutSeconds: 1 });

  it(`Should be tried ${MAX_RECEIVES} times, then land in the DLQ, while its batch-mates are analysed`, async () => {
    const poisoned = await stack.submit({ text: 'this one is poison' });
    const healthy = await stack.submit({ text: 'this one is fine' });
    await stack.waitForStatus(healthy.caseCode, 'analysed');

    const sqs = localSqs(stack.urls.sqs);
    let dead: unknown[] = [];
    const deadline = Date.now() + 20_000;
    while (dead.length === 0 && Date.now() < deadline) {
      dead =
        (await sqs.send(new ReceiveMessageCommand({ QueueUrl: stack.queues.analysis.dlqUrl, WaitTimeSeconds: 0 })))
          .Messages ?? [];
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(dead).toHaveLength(1);
    expect(analyzer.attempts).toBe(MAX_RECEIVES);
    expect((await stack.statusOf(poisoned.caseCode)).body.status).toBe('received');
  });
});
