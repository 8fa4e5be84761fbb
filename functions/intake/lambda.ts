import { Logger } from '@aws-lambda-powertools/logger';
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import { DynamoDbFeedbackStore } from '../../shared/adapters/aws/dynamodb-feedback-store';
import { DynamoDbSenderThrottle } from '../../shared/adapters/aws/dynamodb-sender-throttle';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { PowertoolsMetrics } from '../../shared/adapters/aws/powertools-metrics';
import { S3DigestArchive } from '../../shared/adapters/aws/s3-digest-archive';
import { SqsAnalysisQueue } from '../../shared/adapters/aws/sqs-analysis-queue';
import { systemClock } from '../../shared/ports/clock';
import { configFromEnv, requireEnv } from '../../shared/runtime/env';
import { createApp } from './app';

const config = configFromEnv();
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
const sqs = new SQSClient({});
const logger = new Logger({ serviceName: 'intake' });
const metrics = new PowertoolsMetrics('intake');
const pepperSecretArn = requireEnv('PEPPER_SECRET_ARN');
const linkSigningKeySecretArn = requireEnv('LINK_SIGNING_KEY_SECRET_ARN');
// Optional: without the Twilio secret the SMS webhook answers 503 and the rest works;
// without PUBLIC_URL signatures are checked against the URL the request came in on.
const twilioSecretArn = process.env.TWILIO_SECRET_ARN;
const digestBucket = process.env.DIGEST_BUCKET;
const publicUrl = process.env.PUBLIC_URL;

/** Fetched on the first SMS and cached; a failure answers that one request 503 instead of failing the app. */
async function twilioAuthToken(secretArn: string): Promise<string> {
  const token = await getSecret(secretArn, { maxAge: 3600 });
  if (typeof token !== 'string' || token.length < 16) throw new Error('the Twilio secret must be the auth token, a string of at least 16 characters');
  return token;
}

// The pepper and the link-signing key are fetched once, on the first request
// of an execution environment, and kept in memory (Powertools caches them as well).
let ready: Promise<ReturnType<typeof handle>> | undefined;
async function build() {
  const [pepper, linkSigningKey] = await Promise.all([getSecret(pepperSecretArn, { maxAge: 3600 }), getSecret(linkSigningKeySecretArn, { maxAge: 3600 })]);
  if (typeof pepper !== 'string' || pepper.length < 32) throw new Error('the pepper secret must be a string of at least 32 characters');
  if (typeof linkSigningKey !== 'string' || linkSigningKey.length < 32) throw new Error('the link-signing key secret must be a string of at least 32 characters');
  return handle(
    createApp({
      config,
      store: new DynamoDbFeedbackStore(documents, requireEnv('TABLE_NAME'), systemClock),
      queue: new SqsAnalysisQueue(sqs, requireEnv('ANALYSIS_QUEUE_URL')),
      clock: systemClock,
      pepper,
      logger,
      metrics,
      sms:
        twilioSecretArn
          ? { twilioAuthToken: () => twilioAuthToken(twilioSecretArn), publicUrl, throttle: new DynamoDbSenderThrottle(documents, requireEnv('TABLE_NAME'), systemClock) }
          : undefined,
      kiosk: { kiosks: new DynamoDbKioskRegistry(documents, requireEnv('TABLE_NAME'), systemClock) },
      escalations: { store: new DynamoDbEscalationStore(documents, requireEnv('TABLE_NAME'), systemClock), linkSigningKey },
      // The digest's web view reads the archived digest; without the bucket every digest link is refused.
      digests: digestBucket ? { archive: new S3DigestArchive(new S3Client({}), digestBucket), linkSigningKey } : undefined,
    }),
  );
}

export async function handler(event: LambdaEvent, context: Context) {
  ready ??= build().catch((error) => {
    ready = undefined; // try again on the next request rather than failing forever
    throw error;
  });
  try {
    return await (await ready)(event, context);
  } finally {
    metrics.flush();
  }
}
