import { Logger } from '@aws-lambda-powertools/logger';
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { DynamoDbFeedbackStore } from '../../shared/adapters/aws/dynamodb-feedback-store';
import { SqsAnalysisQueue } from '../../shared/adapters/aws/sqs-analysis-queue';
import { systemClock } from '../../shared/ports/clock';
import { configFromEnv, requireEnv } from '../../shared/runtime/env';
import { createApp } from './app';

const config = configFromEnv();
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
const sqs = new SQSClient({});
const logger = new Logger({ serviceName: 'intake' });
const pepperSecretArn = requireEnv('PEPPER_SECRET_ARN');

// The pepper is fetched once, on the first request of an execution
// environment, and kept in memory (Powertools caches it as well).
let ready: Promise<ReturnType<typeof handle>> | undefined;
async function build() {
  const pepper = await getSecret(pepperSecretArn, { maxAge: 3600 });
  if (typeof pepper !== 'string' || pepper.length < 32) throw new Error('the pepper secret must be a string of at least 32 characters');
  return handle(
    createApp({
      config,
      store: new DynamoDbFeedbackStore(documents, requireEnv('TABLE_NAME'), systemClock),
      queue: new SqsAnalysisQueue(sqs, requireEnv('ANALYSIS_QUEUE_URL')),
      clock: systemClock,
      pepper,
      logger,
    }),
  );
}

export async function handler(event: LambdaEvent, context: Context) {
  ready ??= build().catch((error) => {
    ready = undefined; // try again on the next request rather than failing forever
    throw error;
  });
  return (await ready)(event, context);
}
