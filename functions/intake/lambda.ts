// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { SQSClient } from '@aws-sdk/client-sqs';
import { handle } from 'hono/aws-lambda';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbCaseThread } from '../../shared/adapters/aws/dynamodb-case-thread';
import { DynamoDbKioskRegistry } from '../../shared/adapters/aws/dynamodb-kiosk-registry';
import { DynamoDbWindowStateStore } from '../../shared/adapters/aws/dynamodb-window-state-store';
import { SqsQueue } from '../../shared/adapters/aws/sqs-queue';
import { analysisLanes } from '../../shared/runtime/analysis-lanes';
import { configFromEnv, optionalEnv, requireEnv } from '../../shared/runtime/env';
import { ENV } from '../../shared/runtime/env-names';
import { lambdaEntry } from '../../shared/runtime/lambda-entry';
import { secretFromEnv } from '../../shared/runtime/secrets';
import { tableFromEnv } from '../../shared/runtime/table';
import { RateAndReplayState } from '../../shared/use-cases/rate-and-replay-state';
import { createApp } from './app';

// Adapters built here, not through shared/runtime/table-adapters, whose import
// evaluates every adapter module (and their zod schemas) at each cold start.
const config = configFromEnv();
const table = tableFromEnv();
const rateTable = tableFromEnv(ENV.rateStateTableName, table.documents);
const sqs = new SQSClient({});
const analysisQueueUrl = requireEnv(ENV.analysisQueueUrl);
const priorityAnalysisQueueUrl = requireEnv(ENV.priorityAnalysisQueueUrl);
const pepper = secretFromEnv('pepper');
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
      config,
      cases: new DynamoDbCaseStore(table.documents, table.name, table.clock),
      queue: analysisLanes(config, {
        normal: new SqsQueue(sqs, analysisQueueUrl),
        priority: new SqsQueue(sqs, priorityAnalysisQueueUrl),
      }),
      clock: table.clock,
      pepper: await pepper(),
      rateState: new RateAndReplayState(
        new DynamoDbWindowStateStore(rateTable.documents, rateTable.name, rateTable.clock),
        rateTable.clock,
      ),
      logger,
      metrics,
      sms: twilioAuthToken && {
        twilioAuthToken,
        // Without it, signatures are checked against the URL the request came in on.
        publicUrl: optionalEnv(ENV.publicUrl),
        erasure: smsEraseQueueUrl ? new SqsQueue(sqs, smsEraseQueueUrl) : undefined,
      },
      kiosk: { kiosks: new DynamoDbKioskRegistry(table.documents, table.name, table.clock) },
      threads: new DynamoDbCaseThread(table.documents, table.name, table.clock),
    }),
  ),
);
