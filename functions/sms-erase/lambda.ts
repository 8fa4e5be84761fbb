import { Logger } from '@aws-lambda-powertools/logger';
import { ChangeMessageVisibilityCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { Context, SQSEvent } from 'aws-lambda';
import { TwilioMessageEraser } from '../../shared/adapters/twilio/twilio-message-eraser';
import { requireEnv } from '../../shared/runtime/env';
import { secretString } from '../../shared/runtime/secret-string';
import { createSmsEraseHandler } from './handler';

const sqs = new SQSClient({});
const queueUrl = requireEnv('SMS_ERASE_QUEUE_URL');
const twilioSecretArn = requireEnv('TWILIO_SECRET_ARN');

const smsErase = createSmsEraseHandler({
  // Fetched on the first job and cached an hour; a failure fails that job, which is tried again.
  eraser: new TwilioMessageEraser({ authToken: () => secretString(twilioSecretArn, 'Twilio auth token', 16), apiUrl: process.env.TWILIO_API_URL }),
  logger: new Logger({ serviceName: 'sms-erase' }),
  retryLater: async (receiptHandle, seconds) => {
    await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl: queueUrl, ReceiptHandle: receiptHandle, VisibilityTimeout: seconds }));
  },
});

/** Invoked by the SQS event source of the SMS erasure queue. */
export async function handler(event: SQSEvent, context: Context) {
  return smsErase(event, context);
}
