import { Logger } from '@aws-lambda-powertools/logger';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSqs } from '../../local/aws-clients';
import { captureOutput } from '../support/capture-output';
import { startTestStack, tempDataDir } from '../support/local-stack';
import {
  ACCOUNT_SID,
  newMessageSid,
  repliesOf,
  signedTwilioRequest,
  statusCallbackFields,
  twilioFields,
} from '../support/sms';
import { startTwilioApiStandIn, type TwilioApiStandIn } from '../support/twilio-api-stand-in';

type Stack = Awaited<ReturnType<typeof startTestStack>>;

/** The local stack's own Twilio auth token, fixed so that the stand-in checks the same one. */
const AUTH_TOKEN = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

async function until(what: string, done: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`not ${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('erasing each SMS exchange from Twilio once the reply is delivered, on the local stack', () => {
  const dataDir = tempDataDir();
  const output = captureOutput();
  let twilio: TwilioApiStandIn;
  let stack: Stack;

  beforeAll(async () => {
    twilio = await startTwilioApiStandIn({ [ACCOUNT_SID]: AUTH_TOKEN });
    stack = await startTestStack({
      dataDir: dataDir.path,
      env: { TWILIO_AUTH_TOKEN: AUTH_TOKEN },
      logger: new Logger({ serviceName: 'sms-erasure-test', logLevel: 'DEBUG' }),
      // No waiting a minute, nor between retries: the stand-in decides when a message may go.
      smsErasure: { twilioApiUrl: twilio.url, maxDelaySeconds: 0, retryBaseSeconds: 0 },
    });
  }, 30_000);
  afterAll(async () => {
    await stack?.stop();
    await twilio?.close();
    output.restore();
    dataDir.remove();
  });

  /** Texts the stack as Twilio would, the message being in Twilio's log meanwhile; returns the TwiML answer. */
  async function text(body: string, inbound: string) {
    twilio.holdMessage(ACCOUNT_SID, inbound, { inProgressFor: 1, body });
    const res = await fetch(
      stack.urls.smsTwilio,
      signedTwilioRequest(twilioFields({ Body: body, MessageSid: inbound, SmsSid: inbound, SmsMessageSid: inbound }), {
        url: stack.urls.smsTwilio,
        token: AUTH_TOKEN,
      }),
    );
    expect(res.status).toBe(200);
    const xml = await res.clone().text();
    return {
      replies: await repliesOf(res),
      action: /<Message action="([^"]+)" method="POST">/.exec(xml)?.[1]?.replace(/&amp;/g, '&'),
    };
  }

  /** Twilio reporting the reply's status to the URL the reply carried, signed with `token`. */
  const report = (action: string, reply: string, status: string, token = AUTH_TOKEN) =>
    fetch(
      action,
      signedTwilioRequest(statusCallbackFields({ MessageSid: reply, MessageStatus: status }), { url: action, token }),
    );

  it('Should delete the texter’s message and the reply from Twilio once the reply is delivered, retrying while Twilio is not ready', async () => {
    const [inbound, reply] = [newMessageSid(), newMessageSid()];
    const { replies, action } = await text('The break room fridge has been broken for a week', inbound);
    expect(replies[0]).toMatch(/case code/);
    expect(action).toBe(`${stack.urls.app}/sms/twilio/status?inbound=${inbound}`);
    twilio.holdMessage(ACCOUNT_SID, reply, { inProgressFor: 1, body: replies[0] });

    expect((await report(action!, reply, 'sending')).status).toBe(200);
    expect((await report(action!, reply, 'delivered')).status).toBe(200);
    await until('erased', () => !twilio.holds(inbound) && !twilio.holds(reply));

    // Each was refused once (still in progress), then deleted on a later try.
    for (const sid of [inbound, reply]) {
      expect(twilio.requests.filter((r) => r.path.endsWith(`/Messages/${sid}.json`)).map((r) => r.status)).toEqual([
        409, 204,
      ]);
    }
    await stack.smsErasePoller.whenIdle();
    const sqs = localSqs(stack.urls.sqs);
    try {
      for (const url of [stack.queues.smsErase.url, stack.queues.smsErase.dlqUrl]) {
        const { Attributes } = await sqs.send(
          new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] }),
        );
        expect(
          Number(Attributes?.ApproximateNumberOfMessages) + Number(Attributes?.ApproximateNumberOfMessagesNotVisible),
        ).toBe(0);
      }
    } finally {
      sqs.destroy();
    }
    // Twilio can match a SID to a phone number: none reaches the logs.
    expect(output.text()).toContain('sms exchange erased');
    for (const sid of [inbound, reply]) expect(output.text()).not.toContain(sid);
  });

  it('Should delete a text that gets no reply (STOP) without waiting for a callback', async () => {
    const inbound = newMessageSid();
    const { replies, action } = await text('STOP', inbound);
    expect(replies).toEqual([]);
    expect(action).toBeUndefined();
    await until('erased', () => !twilio.holds(inbound));
  });

  it('Should refuse a forged callback with 403 and erase nothing', async () => {
    const [inbound, reply] = [newMessageSid(), newMessageSid()];
    const { action } = await text('The lockers in hall B are broken', inbound);
    twilio.holdMessage(ACCOUNT_SID, reply);
    const before = twilio.requests.length;

    expect((await report(action!, reply, 'delivered', 'fedcba9876543210fedcba9876543210')).status).toBe(403);
    const unsigned = await fetch(action!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(statusCallbackFields({ MessageSid: reply })).toString(),
    });
    expect(unsigned.status).toBe(403);
    // Someone else's message SID in a URL signed for another.
    const signedForOther = signedTwilioRequest(statusCallbackFields({ MessageSid: reply }), {
      url: action!,
      token: AUTH_TOKEN,
    });
    expect((await fetch(action!.replace(inbound, newMessageSid()), signedForOther)).status).toBe(403);

    await stack.smsErasePoller.whenIdle();
    expect(twilio.requests.length).toBe(before);
    expect(twilio.holds(inbound) && twilio.holds(reply)).toBe(true);
  });
});
