import type { Logger } from '@aws-lambda-powertools/logger';
import type { SNSEvent, SNSEventRecord } from 'aws-lambda';
import * as z from 'zod'; // a namespace import lets esbuild drop zod's unused locales (~370 KB)
import type { SmsSender } from '../../shared/ports/sms-sender';
import { handleInboundSms, type HandleInboundSmsDeps } from '../../shared/use-cases/handle-inbound-sms';
import { logSmsHandled } from '../../shared/use-cases/log-sms-handled';

export interface SmsInboundHandlerDeps extends HandleInboundSmsDeps {
  sender: SmsSender;
  logger: Logger;
}

/** The two-way SMS payload End User Messaging publishes to the SNS topic; other fields are ignored. */
const inboundSmsSchema = z.object({
  originationNumber: z.string().min(1).max(32),
  destinationNumber: z.string().min(1).max(32),
  messageBody: z.string().max(20_000).default(''),
  inboundMessageId: z.string().min(1).max(128),
});
type InboundSmsPayload = z.infer<typeof inboundSmsSchema>;

/**
 * Stands in for whatever failed, carrying only its name: an SDK error's
 * message can quote the phone number, and Lambda logs the message of an
 * error a handler throws.
 */
export class InboundSmsFailedError extends Error {
  constructor(step: 'handle' | 'reply', causeName: string) {
    super(`inbound SMS failed to ${step} (${causeName}); Lambda will retry the delivery`);
    this.name = 'InboundSmsFailedError';
  }
}

function parsePayload(record: SNSEventRecord): InboundSmsPayload | undefined {
  try {
    const result = inboundSmsSchema.safeParse(JSON.parse(record.Sns.Message));
    return result.success ? result.data : undefined;
  } catch {
    return undefined; // JSON.parse quotes its input in its message: never log it
  }
}

/**
 * The AWS End User Messaging SMS channel: a Lambda subscribed to the two-way
 * SNS topic. It runs the same use case as the Twilio webhook and sends each
 * reply with `SendTextMessage`; the sender's number lives only in memory for
 * the call. A failure is thrown (as a bare {@link InboundSmsFailedError}) so
 * that Lambda retries the asynchronous delivery; the same `inboundMessageId`
 * then makes the same single case and the same reply.
 */
export function createSmsInboundHandler(deps: SmsInboundHandlerDeps) {
  return async function smsInbound(event: SNSEvent): Promise<void> {
    for (const record of event.Records) {
      const payload = parsePayload(record);
      if (!payload) {
        // Retrying cannot fix a payload we cannot read.
        deps.logger.warn('inbound SMS payload not understood; dropped', {
          channel: 'sms',
          provider: 'end-user-messaging',
        });
        continue;
      }
      let messages: string[];
      try {
        const reply = await handleInboundSms(deps, {
          from: payload.originationNumber,
          to: payload.destinationNumber,
          body: payload.messageBody,
          messageId: payload.inboundMessageId,
        });
        logSmsHandled(deps.logger, 'end-user-messaging', reply);
        messages = reply.messages;
      } catch (error) {
        throw new InboundSmsFailedError('handle', error instanceof Error ? error.name : typeof error);
      }
      for (const text of messages) {
        try {
          await deps.sender.send({ to: payload.originationNumber, from: payload.destinationNumber, text });
        } catch (error) {
          throw new InboundSmsFailedError('reply', error instanceof Error ? error.name : typeof error);
        }
      }
    }
  };
}
