import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEmergencyConfig } from '../support/emergency-config';
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

// Attacker's report: a text the SMS channel's budget refused was answered with no delivery callback and
// never queued for erasure, so the sender's number, their text and our reply stayed in Twilio's log for
// good, urgent texts refused past the urgent allowance (read, and answered) among them. Every text we
// answer or refuse is now erased at Twilio like any other exchange.

type Stack = Awaited<ReturnType<typeof startTestStack>>;
const AUTH_TOKEN = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

async function until(what: string, done: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`not ${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('texts the SMS channel refuses are erased from Twilio too', () => {
  const dataDir = tempDataDir();
  let twilio: TwilioApiStandIn;
  let stack: Stack;

  beforeAll(async () => {
    twilio = await startTwilioApiStandIn({ [ACCOUNT_SID]: AUTH_TOKEN });
    stack = await startTestStack({
      dataDir: dataDir.path,
      // One urgent text a minute past the channel's budget, so the second is refused.
      configPath: writeEmergencyConfig(dataDir.path, 'busy.config.json', { urgentOverChannelBudgetPerMinute: 1 }),
      env: { TWILIO_AUTH_TOKEN: AUTH_TOKEN },
      // The SMS channel takes one text, and hardly any more for the rest of the test.
      rateLimits: { sms: { perSecond: 0.001, burst: 1 } },
      smsErasure: { twilioApiUrl: twilio.url, maxDelaySeconds: 0, retryBaseSeconds: 0 },
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await twilio?.close();
    dataDir.remove();
  });

  /** Texts the stack as Twilio would (signed with the `twilio` library), the text in Twilio's log meanwhile. */
  async function text(body: string, from: string) {
    const inbound = newMessageSid();
    twilio.holdMessage(ACCOUNT_SID, inbound, { body });
    const fields = twilioFields({
      Body: body,
      From: from,
      MessageSid: inbound,
      SmsSid: inbound,
      SmsMessageSid: inbound,
    });
    const res = await fetch(
      stack.urls.smsTwilio,
      signedTwilioRequest(fields, { url: stack.urls.smsTwilio, token: AUTH_TOKEN }),
    );
    expect(res.status).toBe(200);
    const xml = await res.clone().text();
    return {
      inbound,
      replies: await repliesOf(res),
      action: /<Message action="([^"]+)" method="POST">/.exec(xml)?.[1]?.replace(/&amp;/g, '&'),
    };
  }

  /** Twilio delivering our answer, and saying so to the URL it carried; both records must then go. */
  async function deliver(answered: { inbound: string; replies: string[]; action?: string }) {
    expect(answered.action).toBe(`${stack.urls.app}/sms/twilio/status?inbound=${answered.inbound}`);
    const reply = newMessageSid();
    twilio.holdMessage(ACCOUNT_SID, reply, { body: answered.replies[0] });
    const fields = statusCallbackFields({ MessageSid: reply, MessageStatus: 'delivered' });
    const res = await fetch(
      answered.action!,
      signedTwilioRequest(fields, { url: answered.action!, token: AUTH_TOKEN }),
    );
    expect(res.status).toBe(200);
    await until('erased', () => !twilio.holds(answered.inbound) && !twilio.holds(reply));
  }

  it('Should erase a text refused as the channel is busy, and the answer telling so', async () => {
    const taken = await text('The canteen has run out of cups again.', '+15557340301');
    expect(taken.replies[0]).toMatch(/case code/);
    const refused = await text('The vending machine eats coins.', '+15557340302');
    expect(refused.replies[0]).toMatch(/not saved/);
    await deliver(refused);
  });

  it('Should erase an urgent text refused past the urgent allowance, which was read and answered', async () => {
    const first = await text('URGENT the fire exit in hall 3 is chained shut', '+15557340303');
    expect(first.replies[0]).toMatch(/marked urgent/);
    const refused = await text('URGENT a pallet rack in aisle 9 is about to fall', '+15557340304');
    expect(refused.replies[0]).toMatch(/NOT saved|not saved/);
    await deliver(refused);
  });

  it('Should erase at once a refused text past the answers a number gets, which is answered nothing', async () => {
    const from = '+15557340305';
    let last: Awaited<ReturnType<typeof text>> | undefined;
    for (let i = 0; i < 6 && (last === undefined || last.replies.length > 0); i += 1)
      last = await text(`The car park lights are out, message ${i + 1}.`, from);
    expect(last!.replies).toEqual([]);
    expect(last!.action).toBeUndefined();
    await until('erased', () => !twilio.holds(last!.inbound));
  });
});
