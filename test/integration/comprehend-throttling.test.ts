import { afterEach, describe, expect, it } from 'vitest';
import { ComprehendAnalyzer } from '../../shared/adapters/aws/comprehend/comprehend-analyzer';
import { ComprehendCallError } from '../../shared/adapters/aws/comprehend/errors';
import { comprehendRequestRates } from '../../shared/adapters/aws/comprehend/request-rates';
import type { AnalyzerInput } from '../../shared/ports/analyzer';
import { startComprehendStandIn } from '../support/comprehend-stand-in';

const standIns: Awaited<ReturnType<typeof startComprehendStandIn>>[] = [];
async function comprehend(quotaPerSecond: number) {
  const standIn = await startComprehendStandIn({ quotaPerSecond });
  standIns.push(standIn);
  return standIn;
}

// English with words the offline guess is sure of, so each one costs a DetectPiiEntities request.
const batch = (n: number): AnalyzerInput[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    text: `The forklift in bay ${i} has no working horn and the night shift keeps waiting for the repair team.`,
  }));

describe('Comprehend under a burst, against a stand-in that throttles as its quotas do', () => {
  afterEach(async () => {
    for (const standIn of standIns.splice(0)) await standIn.close();
  });

  it('Should analyse every document of a batch when it was given more than Comprehend allows: it slows down instead of failing them', async () => {
    const standIn = await comprehend(10);
    // Sized as if four invocations' share were 40 requests/s, four times what the account has.
    const analyzer = new ComprehendAnalyzer(standIn.client(), {
      requestsPerSecond: {
        DetectPiiEntities: 40,
        BatchDetectSentiment: 40,
        BatchDetectKeyPhrases: 40,
        BatchDetectDominantLanguage: 40,
      },
    });
    const outcomes = await analyzer.analyze(batch(40));
    expect(standIn.counts.throttled).toBeGreaterThan(0);
    const failed = [...outcomes.values()].filter((outcome) => outcome instanceof Error);
    expect(failed).toEqual([]);
    expect(outcomes.size).toBe(40);
  });

  it('Should analyse a batch without being throttled at all when paced to its share of the default quotas', async () => {
    const standIn = await comprehend(10);
    const rates = comprehendRequestRates({
      engine: 'comprehend',
      maxConcurrency: 2,
      comprehendQuotas: { detectPiiEntitiesPerSecond: 10, batchRequestsPerSecond: 10 },
    });
    const outcomes = await new ComprehendAnalyzer(standIn.client(), { requestsPerSecond: rates }).analyze(batch(20));
    expect([...outcomes.values()].filter((outcome) => outcome instanceof Error)).toEqual([]);
    expect(standIn.counts.throttled).toBe(0);
  });

  it('Should, when throttling outlasts its budget, fail only the documents it could not analyse, for SQS to deliver again, and never throw', async () => {
    const standIn = await comprehend(0);
    const analyzer = new ComprehendAnalyzer(standIn.client(), {
      requestsPerSecond: comprehendRequestRates({
        engine: 'comprehend',
        maxConcurrency: 2,
        comprehendQuotas: { detectPiiEntitiesPerSecond: 20, batchRequestsPerSecond: 10 },
      }),
      throttleBudgetMs: 300,
      maxAttempts: 2,
    });
    const outcomes = await analyzer.analyze([...batch(3), { id: 'blank', text: '   ' }]);
    expect(outcomes.get('blank')).not.toBeInstanceOf(Error);
    for (const id of ['m0', 'm1', 'm2']) {
      expect(outcomes.get(id)).toBeInstanceOf(ComprehendCallError);
      expect((outcomes.get(id) as Error).message).toMatch(/ThrottlingException/);
    }
  });
});
