// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { Logger } from '@aws-lambda-powertools/logger';
import { ChangeMessageVisibilityCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSEvent } from 'aws-lambda';
import { TwilioMessageEraser } from '../../shared/adapters/twilio/twilio-message-eraser';
import { optionalEnv, requireEnv } from '../../shared/runtime/env';
import { ENV } from '../../shared/runtime/env-names';
import { secretFromEnv } from '../../shared/runtime/secrets';
import { createSmsEraseHandler } from './handler';

const sqs = new SQSClient({});
const queueUrl = requireEnv(ENV.smsEraseQueueUrl);

// No metrics to flush: the handler logs each job's outcome and counts nothing.
const smsErase = createSmsEraseHandler({
  // Fetched on the first job and cached an hour; a failure fails that job, which is tried again.
  eraser: new TwilioMessageEraser({
    authToken: secretFromEnv('twilioAuthToken'),
    apiUrl: optionalEnv(ENV.twilioApiUrl),
  }),
  logger: new Logger({ serviceName: 'sms-erase' }),
  retryLater: async (receiptHandle, seconds) => {
    await sqs.send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: queueUrl,
        ReceiptHandle: receiptHandle,
        VisibilityTimeout: seconds,
      }),
    );
  },
});

/** Invoked by the SQS event source of the SMS erasure queue. */
export async function handler(event: SQSEvent, context: Context) {
  return smsErase(event, context);
}
