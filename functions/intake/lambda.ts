import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { DynamoDbWindowStateStore } from '../../shared/adapters/aws/dynamodb-window-state-store';
import { PowertoolsMetrics } from '../../shared/adapters/aws/powertools-metrics';
import { SqsQueue } from '../../shared/adapters/aws/sqs-queue';
import { systemClock } from '../../shared/ports/clock';
import { configFromEnv, requireEnv } from '../../shared/runtime/env';
import { RateAndReplayState } from '../../shared/use-cases/rate-and-replay-state';
import { createApp } from './app';
import { once } from '../../shared/runtime/once';
import { secretString } from '../../shared/runtime/secret-string';

const config = configFromEnv();
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
const sqs = new SQSClient({});
const logger = new Logger({ serviceName: 'intake' });
const metrics = new PowertoolsMetrics('intake');
const pepperSecretArn = requireEnv('PEPPER_SECRET_ARN');
// Optional: without the Twilio secret the SMS webhook answers 503 and the rest works;
// without PUBLIC_URL signatures are checked against the URL the request came in on.
const twilioSecretArn = process.env.TWILIO_SECRET_ARN;
const publicUrl = process.env.PUBLIC_URL;
// Optional: without it Twilio keeps each SMS exchange (its Message Redaction aside).
const smsEraseQueueUrl = process.env.SMS_ERASE_QUEUE_URL;

/** Fetched on the first SMS and cached; a failure answers that one request 503 instead of failing the app. */
const twilioAuthToken = (secretArn: string) => secretString(secretArn, 'Twilio auth token', 16);

// The pepper is fetched once, on the first request of an execution
// environment, and kept in memory (Powertools caches it as well). Sponsors'
// links and the digest web view run in their own function
// (`functions/sponsor/`): this one has no rights on escalations.
const app = once(async () => {
  const pepper = await secretString(pepperSecretArn, 'pepper');
  return handle(
    createApp({
      config,
      cases: new DynamoDbCaseStore(documents, requireEnv('TABLE_NAME'), systemClock),
      queue: new SqsQueue(sqs, requireEnv('ANALYSIS_QUEUE_URL')),
      clock: systemClock,
      pepper,
      rateState: new RateAndReplayState(new DynamoDbWindowStateStore(documents, requireEnv('RATE_STATE_TABLE_NAME'), systemClock), systemClock),
      logger,
      metrics,
      sms: twilioSecretArn
        ? {
            twilioAuthToken: () => twilioAuthToken(twilioSecretArn),
            publicUrl,
            erasure: smsEraseQueueUrl ? new SqsQueue(sqs, smsEraseQueueUrl) : undefined,
          }
        : undefined,
      kiosk: { kiosks: new DynamoDbKioskRegistry(documents, requireEnv('TABLE_NAME'), systemClock) },
    }),
  );
});

export async function handler(event: LambdaEvent, context: Context) {
  try {
    return await (await app())(event, context);
  } finally {
    metrics.flush();
  }
}
