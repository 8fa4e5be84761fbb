// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { SNSEvent } from 'aws-lambda';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbCaseThread } from '../../shared/adapters/aws/dynamodb-case-thread';
import { DynamoDbWindowStateStore } from '../../shared/adapters/aws/dynamodb-window-state-store';
import { EndUserMessagingSmsSender } from '../../shared/adapters/aws/end-user-messaging-sms-sender';
import { SqsQueue } from '../../shared/adapters/aws/sqs-queue';
import { analysisLanes } from '../../shared/runtime/analysis-lanes';
import { configFromEnv, optionalEnv, requireEnv } from '../../shared/runtime/env';
import { ENV } from '../../shared/runtime/env-names';
import { lambdaEntry } from '../../shared/runtime/lambda-entry';
import { secretFromEnv } from '../../shared/runtime/secrets';
import { tableFromEnv } from '../../shared/runtime/table';
import { RateAndReplayState } from '../../shared/use-cases/rate-and-replay-state';
import { createSmsInboundHandler } from './handler';

// Adapters built here, not through shared/runtime/table-adapters, whose import
// evaluates every adapter module (and their zod schemas) at each cold start.
const config = configFromEnv();
const table = tableFromEnv();
const rateTable = tableFromEnv(ENV.rateStateTableName, table.documents);
const analysisQueueUrl = requireEnv(ENV.analysisQueueUrl);
const priorityAnalysisQueueUrl = requireEnv(ENV.priorityAnalysisQueueUrl);
const pepper = secretFromEnv('pepper');
const sqs = new SQSClient({});

// The SNS event holds the sender's number: it must never be logged.
export const handler: (event: SNSEvent) => Promise<void> = lambdaEntry('sms-inbound', async ({ logger, metrics }) =>
  createSmsInboundHandler({
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
    threads: new DynamoDbCaseThread(table.documents, table.name, table.clock),
    sender: new EndUserMessagingSmsSender(new PinpointSMSVoiceV2Client({}), {
      originationIdentity: optionalEnv(ENV.smsOriginationIdentity),
    }),
    logger,
    metrics,
  }),
);
