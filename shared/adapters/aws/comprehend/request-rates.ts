import type { Config } from '../../../config/schema';
import type { ComprehendAnalyzerOptions } from './comprehend-analyzer';

/**
 * One invocation's share of the account's Comprehend quotas: each quota
 * divided by the number of `analyze` invocations that may run at once, so
 * that all of them together stay within it.
 *
 * @example
 * new ComprehendAnalyzer(client, { requestsPerSecond: comprehendRequestRates(config.analysis) });
 */
export function comprehendRequestRates({
  maxConcurrency,
  comprehendQuotas,
}: Config['analysis']): NonNullable<ComprehendAnalyzerOptions['requestsPerSecond']> {
  const batch = comprehendQuotas.batchRequestsPerSecond / maxConcurrency;
  return {
    DetectPiiEntities: comprehendQuotas.detectPiiEntitiesPerSecond / maxConcurrency,
    BatchDetectDominantLanguage: batch,
    BatchDetectSentiment: batch,
    BatchDetectKeyPhrases: batch,
  };
}
