// First: errors thrown from here on are traced to the project's files, the source map read only then.
import '../../shared/runtime/readable-stack-traces';
import { PinpointSMSVoiceV2Client } from '@aws-sdk/client-pinpoint-sms-voice-v2';
import type { SNSEvent } from 'aws-lambda';
import { EndUserMessagingSmsSender } from '../../shared/adapters/aws/end-user-messaging-sms-sender';
import { optionalEnv } from '../../shared/runtime/env';
import { ENV } from '../../shared/runtime/env-names';
import { intakeFromEnv } from '../../shared/runtime/intake-from-env';
import { lambdaEntry } from '../../shared/runtime/lambda-entry';
import { createSmsInboundHandler } from './handler';

const intake = intakeFromEnv();

// The SNS event holds the sender's number: it must never be logged.
export const handler: (event: SNSEvent) => Promise<void> = lambdaEntry('sms-inbound', async ({ logger, metrics }) =>
  createSmsInboundHandler({
    ...(await intake.deps()),
    sender: new EndUserMessagingSmsSender(new PinpointSMSVoiceV2Client({}), {
      originationIdentity: optionalEnv(ENV.smsOriginationIdentity),
    }),
    logger,
    metrics,
  }),
);
