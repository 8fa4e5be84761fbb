import { randomBytes } from 'node:crypto';
import type { SNSEvent } from 'aws-lambda';
import { getExpectedTwilioSignature } from 'twilio/lib/webhooks/webhooks';
import type { SmsChannelDeps } from '../../functions/intake/deps';
import { configSchema } from '../../shared/config/schema';
import { InMemoryWindowStateStore } from '../../shared/adapters/local/in-memory-window-state-store';
import type { Clock } from '../../shared/ports/clock';
import type { OutboundSms, SmsSender } from '../../shared/ports/sms-sender';
import { RateAndReplayState } from '../../shared/use-cases/rate-and-replay-state';
import { expect } from 'vitest';
import { detectUrgency } from '../../shared/analysis/urgency';

// Every text's receipt reads its urgency (for the emergency line): warm the detector, once per test
// file, before any test's clock starts, as a long-running intake has it warm.
detectUrgency('the fire exit is blocked');
detectUrgency('the canteen closes too early');
import { appWithFakes, exampleConfig, fixedClock } from './fixtures';

/** A Twilio auth token as `npm start` generates one (32 hex digits). */
export const TWILIO_TOKEN = '0123456789abcdef0123456789abcdef';
export const PUBLIC_URL = 'https://feedback.example.com';
export const WEBHOOK_URL = `${PUBLIC_URL}/sms/twilio`;
/** Numbers of the example config's sites. */
export const HQ_NUMBER = '+15550100001';
export const PLANT2_NUMBER = '+15550100002';

export const newMessageSid = (prefix: 'SM' | 'MM' = 'SM') => `${prefix}${randomBytes(16).toString('hex')}`;

/** The fields Twilio posts for an inbound SMS, with these overrides. */
export function twilioFields(overrides: Record<string, string> = {}): Record<string, string> {
  const sid = overrides.MessageSid ?? newMessageSid();
  return {
    ToCountry: 'US',
    SmsMessageSid: sid,
    NumMedia: '0',
    SmsSid: sid,
    SmsStatus: 'received',
    Body: 'The break room fridge has been broken for a week',
    To: HQ_NUMBER,
    NumSegments: '1',
    MessageSid: sid,
    AccountSid: `AC${'1'.repeat(32)}`,
    From: '+15557340982',
    ApiVersion: '2010-04-01',
    ...overrides,
  };
}

/** The account SID `twilioFields` posts. */
export const ACCOUNT_SID = `AC${'1'.repeat(32)}`;
export const STATUS_URL = `${PUBLIC_URL}/sms/twilio/status`;

/** The fields Twilio posts to a reply's status callback (`<Message action>`), with these overrides. */
export function statusCallbackFields(overrides: Record<string, string> = {}): Record<string, string> {
  const sid = overrides.MessageSid ?? newMessageSid();
  return {
    SmsSid: sid,
    SmsStatus: overrides.MessageStatus ?? 'delivered',
    MessageStatus: 'delivered',
    To: '+15557340982',
    MessageSid: sid,
    AccountSid: ACCOUNT_SID,
    From: HQ_NUMBER,
    ApiVersion: '2010-04-01',
    ...overrides,
  };
}

/**
 * A request init signed by Twilio's own library, as Twilio signs a webhook:
 * HMAC-SHA1 under the auth token of the URL and the sorted fields.
 */
export function signedTwilioRequest(
  fields: Record<string, string>,
  { url = WEBHOOK_URL, token = TWILIO_TOKEN, body }: { url?: string; token?: string; body?: string } = {},
): { method: string; headers: Record<string, string>; body: string } {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': getExpectedTwilioSignature(token, url, fields),
    },
    body: body ?? new URLSearchParams(fields).toString(),
  };
}

/** The texts of a TwiML answer's `<Message>`s, unescaped, as the phone would show them. */
export async function repliesOf(res: Response): Promise<string[]> {
  const xml = await res.text();
  return [...xml.matchAll(/<Message(?: [^>]*)?>([\s\S]*?)<\/Message>/g)].map((m) =>
    m[1]!.replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!,
    ),
  );
}

export const CODE_IN_TEXT = /\b([2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5})\b/;
export function codeIn(text: string | undefined): string {
  const code = text?.match(CODE_IN_TEXT)?.[1];
  if (!code) throw new Error(`no case code in the reply: ${text}`);
  return code;
}

/** The rate and replay state in memory, with its store open to inspection. */
export function inspectableRateState(clock: Clock) {
  const store = new InMemoryWindowStateStore(clock);
  return { store, rateState: new RateAndReplayState(store, clock) };
}

/** The Twilio channel as the tests wire it: the token and public URL Twilio signs with. */
export function smsChannel(_clock?: Clock, overrides: Partial<SmsChannelDeps> = {}): SmsChannelDeps {
  return { twilioAuthToken: TWILIO_TOKEN, publicUrl: PUBLIC_URL, ...overrides };
}

/** Records every text it is asked to send. */
export class CapturingSmsSender implements SmsSender {
  readonly sent: OutboundSms[] = [];
  fail = false;
  async send(sms: OutboundSms): Promise<void> {
    if (this.fail) throw new Error(`ValidationException: cannot send to ${sms.to}`);
    this.sent.push({ ...sms });
  }
}

/** An SNS delivery of an End User Messaging two-way SMS, as the subscribed Lambda receives it. */
export function snsInboundSms(payload: {
  originationNumber: string;
  destinationNumber: string;
  messageBody: string;
  inboundMessageId?: string;
}): SNSEvent {
  const message = JSON.stringify({
    originationNumber: payload.originationNumber,
    destinationNumber: payload.destinationNumber,
    messageKeyword: 'KEYWORD_LISTENING',
    messageBody: payload.messageBody,
    inboundMessageId: payload.inboundMessageId ?? crypto.randomUUID(),
    previousPublishedMessageId: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  });
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn:
          'arn:aws:sns:us-east-1:000000000000:listening-post-inbound-sms:5f1c0c4e-0000-0000-0000-000000000000',
        Sns: {
          Type: 'Notification',
          MessageId: crypto.randomUUID(),
          TopicArn: 'arn:aws:sns:us-east-1:000000000000:listening-post-inbound-sms',
          Subject: '',
          Message: message,
          Timestamp: new Date().toISOString(),
          SignatureVersion: '1',
          Signature: 'EXAMPLE',
          SigningCertUrl: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000.pem',
          UnsubscribeUrl: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe',
          MessageAttributes: {},
        },
      },
    ],
  };
}

/**
 * The intake app with an SMS channel on a fixed clock and an inspectable rate
 * state, and `text(body)`: what an employee's phone shows after texting it.
 * `config` overrides the example configuration's settings.
 */
export function smsTestApp(config?: Record<string, unknown>) {
  const clock = fixedClock();
  const sms = smsChannel(clock);
  const { store: state, rateState } = inspectableRateState(clock);
  const env = appWithFakes({
    clock,
    sms,
    rateState,
    ...(config ? { config: configSchema.parse({ ...exampleConfig, ...config }) } : {}),
  });
  const text = async (body: string, fields: Record<string, string> = {}) => {
    const res = await env.app.request('/sms/twilio', signedTwilioRequest(twilioFields({ Body: body, ...fields })));
    expect(res.status).toBe(200);
    return repliesOf(res);
  };
  return { ...env, sms, state, rateState, clock, text };
}
