import type { Logger } from '@aws-lambda-powertools/logger';
import { ChangeMessageVisibilityCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { createSmsEraseHandler } from '../functions/sms-erase/handler';
import { TwilioMessageEraser } from '../shared/adapters/twilio/twilio-message-eraser';
import type { LocalStackOptions } from './local-stack-types';
import type { QueuePair } from './sqs-stand-in';
import { SqsPoller } from './sqs-poller';

/**
 * The worker that deletes delivered SMS exchanges from Twilio, as the
 * sms-erase Lambda does on AWS: a job that fails waits on its queue for the
 * handler's back-off, then is tried again.
 */
export function smsEraseWorker(
  sqs: SQSClient,
  queue: QueuePair,
  { authToken, apiUrl, retryBaseSeconds }: { authToken: string; apiUrl?: string; retryBaseSeconds?: number },
  logger: Logger,
): SqsPoller {
  return new SqsPoller({
    sqs,
    queueUrl: queue.url,
    queueArn: queue.arn,
    functionName: 'sms-erase',
    logger,
    handler: createSmsEraseHandler({
      eraser: new TwilioMessageEraser({ authToken, apiUrl }),
      logger,
      retryLater: async (receiptHandle, seconds) => {
        await sqs.send(
          new ChangeMessageVisibilityCommand({
            QueueUrl: queue.url,
            ReceiptHandle: receiptHandle,
            VisibilityTimeout: seconds,
          }),
        );
      },
      retryBaseSeconds,
    }),
  });
}

/**
 * Only a real account's token (TWILIO_AUTH_TOKEN) lets Twilio itself call us, or us delete its records:
 * with the generated one, every text comes from `npm run sms`, and there is nothing at Twilio to erase.
 */
export const twilioIsReal = (env: NodeJS.ProcessEnv, options: LocalStackOptions): boolean =>
  Boolean(env.TWILIO_AUTH_TOKEN || env.TWILIO_API_URL || options.smsErasure?.twilioApiUrl);
