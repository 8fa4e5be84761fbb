import { Logger } from '@aws-lambda-powertools/logger';
import { ComprehendClient } from '@aws-sdk/client-comprehend';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ComprehendAnalyzer } from '../../shared/adapters/aws/comprehend-analyzer';
import { comprehendRequestRates } from '../../shared/adapters/aws/comprehend-request-rates';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbVerbatimCandidates } from '../../shared/adapters/aws/dynamodb-verbatim-candidates';
import { DynamoDbPatternCounter } from '../../shared/adapters/aws/dynamodb-pattern-counter';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { PowertoolsMetrics } from '../../shared/adapters/aws/powertools-metrics';
import { SqsQueue } from '../../shared/adapters/aws/sqs-queue';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import { detectUrgency } from '../../shared/analysis/urgency';
import { systemClock } from '../../shared/ports/clock';
import { configFromEnv, requireEnv } from '../../shared/runtime/env';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createAnalyzeHandler } from './handler';

// Created once per execution environment, reused across invocations.
const config = configFromEnv();
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
const tableName = requireEnv('TABLE_NAME');
// The adapter retries Comprehend itself (bounded, with jitter); one SDK attempt each avoids 3 × 4 requests.
// It paces itself to this invocation's share of the account's quotas, slowing further when throttled.
const analyzer =
  config.analysis.engine === 'comprehend'
    ? new ComprehendAnalyzer(new ComprehendClient({ maxAttempts: 1 }), { requestsPerSecond: comprehendRequestRates(config.analysis) })
    : new OfflineAnalyzer();

const metrics = new PowertoolsMetrics('analyze');

const analyze = createAnalyzeHandler({
  config,
  cases: new DynamoDbCaseStore(documents, tableName, systemClock),
  figures: new DynamoDbWeeklyFigures(documents, tableName, systemClock),
  verbatims: new DynamoDbVerbatimCandidates(documents, tableName, systemClock),
  clock: systemClock,
  analyzer,
  logger: new Logger({ serviceName: 'analyze' }),
  metrics,
  escalation: {
    queue: new SqsQueue(new SQSClient({}), requireEnv('ESCALATION_QUEUE_URL')),
    patterns: new DynamoDbPatternCounter(documents, tableName),
    detectUrgency: (text) => detectUrgency(text).categories,
  },
});

export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  try {
    return await analyze(event, context);
  } finally {
    metrics.flush();
  }
}
