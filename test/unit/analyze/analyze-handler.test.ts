import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createAnalyzeHandler } from '../../../functions/analyze/handler';
import { OfflineAnalyzer } from '../../../shared/adapters/offline/offline-analyzer';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import type { Analysis, Analyzer, AnalyzerInput } from '../../../shared/ports/analyzer';
import { exampleConfig } from '../../support/fixtures';
import { fixedClock } from '../../support/fixtures';
import { InMemoryCaseStore, InMemoryWeeklyFigures } from '../../support/in-memory';

const context = { functionName: 'analyze', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
const logger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });

let n = 0;
function message(text: string): AnalysisMessage {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    caseKey: String(n).padStart(64, 'a'),
    channel: 'web',
    week: '2026-W47',
    escalate: false,
    text,
  };
}
const record = (body: string, messageId: string): SQSRecord =>
  ({ messageId, body, receiptHandle: messageId }) as SQSRecord;

function handlerFor(
  store: InMemoryCaseStore,
  analyzer: Analyzer = new OfflineAnalyzer(),
  figures = new InMemoryWeeklyFigures(),
) {
  return createAnalyzeHandler({ config: exampleConfig, cases: store, analyzer, figures, clock: fixedClock(), logger });
}

async function storeWith(messages: AnalysisMessage[]) {
  const store = new InMemoryCaseStore();
  for (const m of messages) {
    await store.createCase({
      id: m.id,
      caseKey: m.caseKey,
      channel: m.channel,
      week: m.week,
      escalateRequested: false,
      status: 'received',
    });
  }
  return store;
}

describe('the analysis consumer', () => {
  it('Should save redacted text and scores and mark the case analysed', async () => {
    const m = message('The forklift at bay 3 is unsafe, call me on 555-867-5309');
    const store = await storeWith([m]);
    const handler = handlerFor(store);
    const response = await handler({ Records: [record(JSON.stringify(m), 'm1')] }, context);
    expect(response.batchItemFailures).toEqual([]);
    const saved = await store.findCase(m.caseKey);
    expect(saved?.status).toBe('analysed');
    expect(saved?.analysis?.redactedText).toContain('[PHONE]');
    expect(saved?.analysis?.redactedText).not.toContain('867');
    expect(saved?.analysis?.topics).toContain('safety');
  });

  it('Should report only the malformed message as a batch item failure and save the rest', async () => {
    const good = [message('Great team on the night shift'), message('Parking is a nightmare')];
    const store = await storeWith(good);
    const handler = handlerFor(store);
    const event: SQSEvent = {
      Records: [
        record(JSON.stringify(good[0]), 'a'),
        record('{not json', 'bad'),
        record(JSON.stringify({ id: 'x' }), 'shape'),
        record(JSON.stringify(good[1]), 'b'),
      ],
    };
    const response = await handler(event, context);
    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['bad', 'shape']);
    for (const m of good) expect((await store.findCase(m.caseKey))?.status).toBe('analysed');
  });

  it('Should fail just the document the analyzer could not analyse', async () => {
    const [ok, broken] = [message('All good here'), message('This one fails')];
    const store = await storeWith([ok, broken]);
    const analyzer: Analyzer = {
      async analyze(docs: AnalyzerInput[]) {
        const real = await new OfflineAnalyzer().analyze(docs);
        return new Map<string, Analysis | Error>(
          [...real].map(([id, a]) => [id, id === broken.id ? new Error('throttled') : a]),
        );
      },
    };
    const handler = handlerFor(store, analyzer);
    const response = await handler(
      { Records: [record(JSON.stringify(ok), 'ok'), record(JSON.stringify(broken), 'broken')] },
      context,
    );
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'broken' }]);
    expect((await store.findCase(broken.caseKey))?.status).toBe('received');
  });

  it('Should never move a case backwards when a message is delivered again', async () => {
    const m = message('Thanks for fixing the heating');
    const store = await storeWith([m]);
    const handler = handlerFor(store);
    await handler({ Records: [record(JSON.stringify(m), '1')] }, context);
    (await store.findCase(m.caseKey))!.status = 'responded';
    const again = await handler({ Records: [record(JSON.stringify(m), '2')] }, context);
    expect(again.batchItemFailures).toEqual([]);
    expect((await store.findCase(m.caseKey))?.status).toBe('responded');
  });
});

describe('a kiosk tap with no comment', () => {
  it('Should count as feedback, its face giving its sentiment', async () => {
    const tap = { ...message(''), channel: 'kiosk' as const, rating: 1 };
    const store = await storeWith([tap]);
    const figures = new InMemoryWeeklyFigures();
    const response = await handlerFor(
      store,
      new OfflineAnalyzer(),
      figures,
    )({ Records: [record(JSON.stringify(tap), 'tap')] }, context);
    expect(response.batchItemFailures).toEqual([]);
    expect((await store.findCase(tap.caseKey))?.analysis?.sentiment).toBe('NEGATIVE');
    expect(figures.contributions.get(tap.id)).toMatchObject({ channel: 'kiosk', rating: 1, sentiment: 'NEGATIVE' });
  });
});
