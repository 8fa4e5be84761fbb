import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSEvent } from 'aws-lambda';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmsEraseHandler } from '../../../functions/sms-erase/handler';
import { TwilioMessageEraser } from '../../../shared/adapters/twilio/twilio-message-eraser';
import {
  erasureDelayFor,
  MAX_RETRY_DELAY_SECONDS,
  retryDelaySeconds,
  type SmsErasureJob,
} from '../../../shared/domain/sms-erasure';
import { captureOutput } from '../../support/capture-output';
import { ACCOUNT_SID, newMessageSid, TWILIO_TOKEN } from '../../support/sms';
import { startTwilioApiStandIn, type TwilioApiStandIn } from '../../support/twilio-api-stand-in';

const context = { functionName: 'sms-erase', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

function sqsEvent(bodies: unknown[], receiveCount = 1): SQSEvent {
  return {
    Records: bodies.map((body, i) => ({
      messageId: `m-${i}`,
      receiptHandle: `r-${i}`,
      body: typeof body === 'string' ? body : JSON.stringify(body),
      attributes: {
        ApproximateReceiveCount: String(receiveCount),
        SentTimestamp: '0',
        SenderId: 'local',
        ApproximateFirstReceiveTimestamp: '0',
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:sms-erase',
      awsRegion: 'us-east-1',
    })),
  };
}

describe('erasing messages through Twilio’s REST API (against a local stand-in)', () => {
  let twilio: TwilioApiStandIn;
  let eraser: TwilioMessageEraser;
  beforeAll(async () => {
    twilio = await startTwilioApiStandIn({ [ACCOUNT_SID]: TWILIO_TOKEN });
    eraser = new TwilioMessageEraser({ authToken: TWILIO_TOKEN, apiUrl: twilio.url });
  });
  afterAll(() => twilio.close());

  it('Should delete a message Twilio holds, authenticating as the account with its auth token', async () => {
    const sid = newMessageSid();
    twilio.holdMessage(ACCOUNT_SID, sid);
    await eraser.erase(ACCOUNT_SID, sid);
    expect(twilio.holds(sid)).toBe(false);
    expect(twilio.deleted).toContain(sid);
  });

  it('Should take a message Twilio no longer holds as erased (404)', async () => {
    await expect(eraser.erase(ACCOUNT_SID, newMessageSid())).resolves.toBeUndefined();
  });

  it('Should fail while Twilio cannot delete the message yet, naming neither the message nor the account, and succeed later', async () => {
    const sid = newMessageSid('MM');
    twilio.holdMessage(ACCOUNT_SID, sid, { inProgressFor: 1 });
    const error = await eraser.erase(ACCOUNT_SID, sid).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.name).toBe('MessageNotDeletableYetError');
    expect(error?.message).not.toContain(sid);
    expect(error?.message).not.toContain(ACCOUNT_SID);
    expect(twilio.holds(sid)).toBe(true);
    await eraser.erase(ACCOUNT_SID, sid);
    expect(twilio.holds(sid)).toBe(false);
  });

  it('Should fail, deleting nothing, when the auth token is wrong', async () => {
    const sid = newMessageSid();
    twilio.holdMessage(ACCOUNT_SID, sid);
    const wrong = new TwilioMessageEraser({ authToken: 'fedcba9876543210fedcba9876543210', apiUrl: twilio.url });
    await expect(wrong.erase(ACCOUNT_SID, sid)).rejects.toMatchObject({ name: 'TwilioApiError', status: 401 });
    expect(twilio.holds(sid)).toBe(true);
  });

  it('Should fail when Twilio cannot be reached', async () => {
    const unreachable = new TwilioMessageEraser({
      authToken: TWILIO_TOKEN,
      apiUrl: 'http://127.0.0.1:9',
      timeoutMs: 2000,
    });
    await expect(unreachable.erase(ACCOUNT_SID, newMessageSid())).rejects.toThrow();
  });
});

describe('the sms-erase consumer', () => {
  let twilio: TwilioApiStandIn;
  const delays: number[] = [];
  let handler: ReturnType<typeof createSmsEraseHandler>;
  beforeAll(async () => {
    twilio = await startTwilioApiStandIn({ [ACCOUNT_SID]: TWILIO_TOKEN });
    handler = createSmsEraseHandler({
      eraser: new TwilioMessageEraser({ authToken: TWILIO_TOKEN, apiUrl: twilio.url }),
      logger: new Logger({ serviceName: 'sms-erase-test', logLevel: 'DEBUG' }),
      retryLater: async (_receipt, seconds) => void delays.push(seconds),
    });
  });
  afterAll(() => twilio.close());

  it('Should erase both records of an exchange, and retry with growing delays only the job Twilio is not done with', async () => {
    const [inbound, reply, other] = [newMessageSid(), newMessageSid(), newMessageSid()];
    twilio.holdMessage(ACCOUNT_SID, inbound, { inProgressFor: 2 });
    twilio.holdMessage(ACCOUNT_SID, reply);
    twilio.holdMessage(ACCOUNT_SID, other);
    const jobs: SmsErasureJob[] = [
      { accountSid: ACCOUNT_SID, messageSids: [inbound, reply] },
      { accountSid: ACCOUNT_SID, messageSids: [other] },
    ];
    const output = captureOutput();
    try {
      delays.length = 0;
      expect(await handler(sqsEvent(jobs, 1), context)).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-0' }] });
      expect(twilio.holds(reply)).toBe(false);
      expect(twilio.holds(other)).toBe(false);
      expect(await handler(sqsEvent([jobs[0]], 3), context)).toEqual({
        batchItemFailures: [{ itemIdentifier: 'm-0' }],
      });
      expect(delays).toEqual([60, 240]);
      expect(await handler(sqsEvent([jobs[0]], 4), context)).toEqual({ batchItemFailures: [] });
      expect(twilio.holds(inbound)).toBe(false);
    } finally {
      output.restore();
    }
    // Twilio can match a SID to a phone number: none reaches the logs.
    for (const sid of [inbound, reply, other, ACCOUNT_SID]) expect(output.text()).not.toContain(sid);
    expect(output.text()).toContain('sms exchange erased');
  });

  it.each([
    ['not JSON', 'not json {'],
    ['a phone number instead of a SID', { accountSid: ACCOUNT_SID, messageSids: ['+15557340982'] }],
    ['a path in place of a SID', { accountSid: ACCOUNT_SID, messageSids: ['SM../../Accounts/AC1/Calls'] }],
    ['extra fields', { accountSid: ACCOUNT_SID, messageSids: [newMessageSid()], body: 'the text' }],
    ['no SIDs', { accountSid: ACCOUNT_SID, messageSids: [] }],
  ])('Should drop a job that can never be read (%s) without calling Twilio or retrying', async (_, body) => {
    const before = twilio.requests.length;
    const output = captureOutput();
    try {
      expect(await handler(sqsEvent([body]), context)).toEqual({ batchItemFailures: [] });
    } finally {
      output.restore();
    }
    expect(twilio.requests.length).toBe(before);
    expect(output.text()).not.toContain('+15557340982');
    expect(output.text()).not.toContain('the text');
  });
});

describe('when an exchange is erased', () => {
  it.each(['delivered', 'undelivered', 'failed', 'read'])(
    'Should erase a minute after the reply is %s (Twilio refuses sooner)',
    (status) => {
      expect(erasureDelayFor(status)).toBe(60);
    },
  );

  it('Should erase a reply left at sent (carriers that never confirm) after 15 minutes, the longest SQS delay', () => {
    expect(erasureDelayFor('sent')).toBe(900);
  });

  it.each(['queued', 'sending', 'accepted', 'scheduled', 'receiving', '', 'DELIVERED?'])(
    'Should not erase while the reply is %j',
    (status) => {
      expect(erasureDelayFor(status)).toBeUndefined();
    },
  );

  it('Should retry after a delay that never shrinks, starts at the base and never passes six hours, whatever the receive count', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -5, max: 10_000 }), fc.double()),
        fc.integer({ min: 0, max: 600 }),
        (count, base) => {
          const delay = retryDelaySeconds(count, base);
          expect(delay).toBeGreaterThanOrEqual(Math.min(base, MAX_RETRY_DELAY_SECONDS));
          expect(delay).toBeLessThanOrEqual(MAX_RETRY_DELAY_SECONDS);
          expect(Number.isInteger(delay)).toBe(true);
          if (Number.isInteger(count) && count >= 1)
            expect(retryDelaySeconds(count + 1, base)).toBeGreaterThanOrEqual(delay);
        },
      ),
    );
  });
});
