import { Hono } from 'hono';
import * as z from 'zod';
import { accountSidSchema, erasureDelayFor, messageSidSchema } from '../../../shared/domain/sms-erasure';
import { ServiceUnavailableError, ValidationError } from '../../../shared/errors';
import type { IntakeEnv, SmsChannelDeps } from '../deps';
import { readSignedForm, twilioFormsOnly, verifyTwilioSignature } from './twilio-signature';

export const TWILIO_STATUS_PATH = '/sms/twilio/status';

/** A status callback is a handful of short fields. */
const STATUS_MAX_BODY_BYTES = 8 * 1024;

// z.lazy: built on its first parse, not at import, so a cold start whose first request is another route skips it.
const statusCallbackSchema = z.lazy(() =>
  z.object({
    MessageSid: messageSidSchema,
    MessageStatus: z.string().min(1).max(40),
    AccountSid: accountSidSchema,
  }),
);

/** The texter's message SID, which the reply's callback URL carries (signed with the rest). */
const inboundSchema = z.lazy(() => z.array(messageSidSchema).max(1, 'must be given once'));

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/**
 * `POST /sms/twilio/status`: the status callbacks Twilio posts for each
 * reply. Signed like the inbound webhook (403 otherwise). Once the reply is
 * delivered (or has failed for good, or has stayed `sent`: many carriers
 * never confirm), the erasure of the reply and the texter's message is
 * queued; it runs later, off the request path. The answer is empty TwiML:
 * Twilio reads the answer to a `<Message action>` request as instructions.
 * Nothing about the messages is logged, their SIDs least of all.
 */
export const smsTwilioStatus = (sms: SmsChannelDeps) =>
  new Hono<IntakeEnv>().post(TWILIO_STATUS_PATH, twilioFormsOnly(STATUS_MAX_BODY_BYTES), async (c) => {
    const fields = await readSignedForm(c, STATUS_MAX_BODY_BYTES);
    await verifyTwilioSignature(c, sms, TWILIO_STATUS_PATH, fields);

    const parsed = statusCallbackSchema.safeParse(fields);
    const inbound = inboundSchema.safeParse(c.req.queries('inbound') ?? []);
    if (!parsed.success || !inbound.success) {
      const issues = [
        ...(parsed.error?.issues ?? []).map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
        ...(inbound.error?.issues ?? []).map((i) => ({ path: 'inbound', message: i.message })),
      ];
      throw new ValidationError('not a Twilio message status callback', issues);
    }
    const { MessageSid, MessageStatus, AccountSid } = parsed.data;
    const delaySeconds = erasureDelayFor(MessageStatus);
    if (sms.erasure && delaySeconds !== undefined) {
      try {
        await sms.erasure.enqueue(
          { accountSid: AccountSid, messageSids: [...inbound.data, MessageSid] },
          { delaySeconds },
        );
      } catch (cause) {
        throw new ServiceUnavailableError('The erasure of this exchange could not be scheduled just now', { cause });
      }
    }
    c.header('Cache-Control', 'no-store');
    return c.body(EMPTY_TWIML, 200, { 'Content-Type': 'text/xml; charset=utf-8' });
  });

/** Mounted instead of {@link smsTwilioStatus} when SMS is not configured. */
export const smsTwilioStatusUnavailable = new Hono<IntakeEnv>().post(TWILIO_STATUS_PATH, () => {
  throw new ServiceUnavailableError('SMS not configured');
});
