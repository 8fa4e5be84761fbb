import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it, vi } from 'vitest';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import type { Analysis, Analyzer, AnalyzerInput } from '../../shared/ports/analyzer';
import { outbox, waitFor } from '../support/outbox';
import { useTestStack } from '../support/test-stack';

/** Analyses normally, except that a text with "compressor" in it always fails: a poison message. */
class PoisonAnalyzer implements Analyzer {
  async analyze(docs: AnalyzerInput[]) {
    const results = await new OfflineAnalyzer().analyze(docs);
    for (const doc of docs) if (doc.text.includes('compressor')) results.set(doc.id, new Error('cannot analyse'));
    return results as Map<string, Analysis | Error>;
  }
}

// Under `npm start` there is no CloudWatch: the operator reads the stack's log, so the log is where the DLQ's alarm is.
describe('an urgent report that fails analysis every time, under npm start', () => {
  const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });
  const errors = vi.spyOn(logger, 'error');
  const stack = useTestStack({
    analyzer: new PoisonAnalyzer(),
    logger,
    visibilityTimeoutSeconds: 1,
    deadLetterCheckSeconds: 1,
  });
  const told = () =>
    errors.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('dead-letter'));

  it('Should reach its sponsor with the text withheld, and tell the operator once, without its words, when it lands in the DLQ', async () => {
    const text = 'The compressor in bay 4 exploded and a man is bleeding badly, call an ambulance';
    const { status } = await stack.submit({ text, site: 'plant2' });
    expect(status).toBe(201);

    // The sponsor does not wait for the retries.
    await waitFor('the sponsor’s email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes('plant2-gm@example.com')),
    );
    // The operator is told once it has failed every try.
    await waitFor('the operator’s alarm', async () => (told().length ? true : undefined), 30_000);
    const [alarm] = told();
    expect(alarm).toContain('analysis-priority-dlq');
    expect(alarm).toContain('urgent reports that could not be analysed');
    expect(alarm).toContain('docs/dead-letters.md');
    expect(alarm).not.toMatch(/compressor|bleeding/);
    expect(JSON.stringify(errors.mock.calls)).not.toMatch(/compressor|bleeding/);

    // Told once, not at every count.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(told()).toHaveLength(1);
  });
});
