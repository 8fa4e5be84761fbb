// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { ComprehendClient } from '@aws-sdk/client-comprehend';
import { SQSClient } from '@aws-sdk/client-sqs';
import { ComprehendAnalyzer } from '../../shared/adapters/aws/comprehend/comprehend-analyzer';
import { comprehendRequestRates } from '../../shared/adapters/aws/comprehend/request-rates';
import { SqsQueue } from '../../shared/adapters/aws/sqs-queue';
import { detectUrgency } from '../../shared/analysis/urgency';
import { requireEnv } from '../../shared/runtime/env';
import { ENV } from '../../shared/runtime/env-names';
import { escalationLanes } from '../../shared/use-cases/escalation-lanes';
import {
  caseStore,
  caseThread,
  patternCounter,
  verbatimCandidates,
  weeklyFigures,
} from '../../shared/runtime/table-adapters';
import { tableEntry } from '../../shared/runtime/table-entry';
import { createAnalyzeHandler } from './handler';

const escalationQueueUrl = requireEnv(ENV.escalationQueueUrl);
const priorityEscalationQueueUrl = requireEnv(ENV.priorityEscalationQueueUrl);

export const handler = tableEntry('analyze', async ({ config, table, logger, metrics }) => {
  const sqs = new SQSClient({});
  return createAnalyzeHandler({
    config,
    cases: caseStore(table),
    figures: weeklyFigures(table),
    verbatims: verbatimCandidates(table),
    threads: caseThread(table),
    clock: table.clock,
    // The adapter retries Comprehend itself (bounded, with jitter); one SDK attempt each avoids 3 × 4 requests.
    // It paces itself to this invocation's share of the account's quotas, slowing further when throttled.
    // The engine is fixed when the bundle is built (ListeningPostFunction defines the variable from the
    // config), so esbuild leaves the other engine's code out; `npm start` and tests read the config.
    analyzer:
      (process.env.LISTENING_POST_ANALYSIS_ENGINE ?? config.analysis.engine) === 'comprehend'
        ? new ComprehendAnalyzer(new ComprehendClient({ maxAttempts: 1 }), {
            requestsPerSecond: comprehendRequestRates(config.analysis),
          })
        : // Only in the offline engine's bundle: its sentiment model (about 0.6 MB of weights) is not even parsed at a Comprehend cold start.
          new (await import('../../shared/adapters/offline/offline-analyzer')).OfflineAnalyzer(),
    logger,
    metrics,
    escalation: {
      queue: escalationLanes({
        priority: new SqsQueue(sqs, priorityEscalationQueueUrl),
        normal: new SqsQueue(sqs, escalationQueueUrl),
      }),
      patterns: patternCounter(table),
      detectUrgency: (text, clock) => detectUrgency(text, clock).categories,
    },
  });
});
