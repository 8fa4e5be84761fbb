import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SNSEvent } from 'aws-lambda';
import { DynamoDbCaseStore } from '../../shared/adapters/aws/dynamodb-case-store';
import { DynamoDbWindowStateStore } from '../../shared/adapters/aws/dynamodb-window-state-store';
import { EndUserMessagingSmsSender } from '../../shared/adapters/aws/end-user-messaging-sms-sender';
import { PowertoolsMetrics } from '../../shared/adapters/aws/powertools-metrics';
import { SqsQueue } from '../../shared/adapters/aws/sqs-queue';
import { systemClock } from '../../shared/ports/clock';
import { configFromEnv, requireEnv } from '../../shared/runtime/env';
import { RateAndReplayState } from '../../shared/use-cases/rate-and-replay-state';
import { createSmsInboundHandler } from './handler';
import { once } from '../../shared/runtime/once';
import { secretString } from '../../shared/runtime/secret-string';

// Created once per execution environment, reused across invocations.
const config = configFromEnv();
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
const tableName = requireEnv('TABLE_NAME');
const rateStateTableName = requireEnv('RATE_STATE_TABLE_NAME');
const analysisQueueUrl = requireEnv('ANALYSIS_QUEUE_URL');
const pepperSecretArn = requireEnv('PEPPER_SECRET_ARN');
const sqs = new SQSClient({});
const sms = new PinpointSMSVoiceV2Client({});
// The SNS event holds the sender's number: it must never be logged.
const logger = new Logger({ serviceName: 'sms-inbound' });
const metrics = new PowertoolsMetrics('sms-inbound');

const smsInbound = once(async () => {
  const pepper = await secretString(pepperSecretArn, 'pepper');
  return createSmsInboundHandler({
    config,
    cases: new DynamoDbCaseStore(documents, tableName, systemClock),
    queue: new SqsQueue(sqs, analysisQueueUrl),
    clock: systemClock,
    pepper,
    rateState: new RateAndReplayState(new DynamoDbWindowStateStore(documents, rateStateTableName, systemClock), systemClock),
    sender: new EndUserMessagingSmsSender(sms, {
      originationIdentity: process.env.SMS_ORIGINATION_IDENTITY || undefined,
      configurationSetName: process.env.SMS_CONFIGURATION_SET || undefined,
    }),
    logger,
    metrics,
  });
});

export async function handler(event: SNSEvent): Promise<void> {
  try {
    return await (await smsInbound())(event);
  } finally {
    metrics.flush();
  }
}
