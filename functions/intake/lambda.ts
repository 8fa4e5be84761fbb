// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { handle } from 'hono/aws-lambda';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { SqsQueue } from '../../shared/adapters/aws/sqs-queue';
import { optionalEnv } from '../../shared/runtime/env';
import { ENV } from '../../shared/runtime/env-names';
import { intakeFromEnv } from '../../shared/runtime/intake-from-env';
import { lambdaEntry } from '../../shared/runtime/lambda-entry';
import { secretFromEnv } from '../../shared/runtime/secrets';
import { createApp } from './app';

const intake = intakeFromEnv();
const { table, sqs } = intake;
// Optional: without the Twilio secret the SMS webhook answers 503 and the rest works;
// its token is fetched on the first SMS, and a failure answers that one request 503.
const twilioAuthToken = optionalEnv(ENV.twilioSecretArn) ? secretFromEnv('twilioAuthToken') : undefined;
// Optional: without it Twilio keeps each SMS exchange (its Message Redaction aside).
const smsEraseQueueUrl = optionalEnv(ENV.smsEraseQueueUrl);

// The pepper is fetched on the first request of an execution environment.
// Sponsors' links and the digest web view run in their own function
// (`functions/sponsor/`): this one has no rights on escalations.
export const handler = lambdaEntry('intake', async ({ logger, metrics }) =>
  handle(
    createApp({
      ...(await intake.deps()),
      logger,
      metrics,
      sms: twilioAuthToken && {
        twilioAuthToken,
        // Without it, signatures are checked against the URL the request came in on.
        publicUrl: optionalEnv(ENV.publicUrl),
        erasure: smsEraseQueueUrl ? new SqsQueue(sqs, smsEraseQueueUrl) : undefined,
      },
      kiosk: { kiosks: new DynamoDbKioskRegistry(table.documents, table.name, table.clock) },
    }),
  ),
);
