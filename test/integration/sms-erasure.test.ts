import { Logger } from '@aws-lambda-powertools/logger';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, describe, expect, it } from 'vitest';
import { localSqs } from '../../local/aws-clients';
import { captureOutput } from '../support/capture-output';
import { ACCOUNT_SID, newMessageSid, signedTwilioRequest, statusCallbackFields } from '../support/sms';
import { AUTH_TOKEN, until, useStackErasingAtTwilio } from '../support/twilio-erasure-stack';

describe('erasing each SMS exchange from Twilio once the reply is delivered, on the local stack', () => {
  const output = captureOutput();
  afterAll(() => output.restore());
  const { stack, twilio, text, report } = useStackErasingAtTwilio({
    logger: new Logger({ serviceName: 'sms-erasure-test', logLevel: 'DEBUG' }),
  });

  it('Should delete the texter’s message and the reply from Twilio once the reply is delivered, retrying while Twilio is not ready', async () => {
    const reply = newMessageSid();
    const { inbound, replies, action } = await text('The break room fridge has been broken for a week', {
      inProgressFor: 1,
    });
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
    const { inbound, replies, action } = await text('STOP', { inProgressFor: 1 });
    expect(replies).toEqual([]);
    expect(action).toBeUndefined();
    await until('erased', () => !twilio.holds(inbound));
  });

  it('Should refuse a forged callback with 403 and erase nothing', async () => {
    const reply = newMessageSid();
    const { inbound, action } = await text('The lockers in hall B are broken', { inProgressFor: 1 });
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
