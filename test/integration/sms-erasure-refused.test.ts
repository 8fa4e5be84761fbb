import { describe, expect, it } from 'vitest';
import { writeEmergencyConfig } from '../support/emergency-config';
import { ACCOUNT_SID, newMessageSid } from '../support/sms';
import { type Answered, until, useStackErasingAtTwilio } from '../support/twilio-erasure-stack';
import { tempDataDir } from '../support/local-stack';

// Attacker's report: a text the SMS channel's budget refused was answered with no delivery callback and
// never queued for erasure, so the sender's number, their text and our reply stayed in Twilio's log for
// good, urgent texts refused past the urgent allowance (read, and answered) among them. Every text we
// answer or refuse is now erased at Twilio like any other exchange.

describe('texts the SMS channel refuses are erased from Twilio too', () => {
  const dataDir = tempDataDir();
  const { stack, twilio, text, report } = useStackErasingAtTwilio(
    {
      // One urgent text a minute past the channel's budget, so the second is refused.
      configPath: writeEmergencyConfig(dataDir.path, 'busy.config.json', { urgentOverChannelBudgetPerMinute: 1 }),
      // The SMS channel takes one text, and hardly any more for the rest of the test.
      rateLimits: { sms: { perSecond: 0.001, burst: 1 } },
    },
    dataDir,
  );

  /** Twilio delivering our answer, and saying so to the URL it carried; both records must then go. */
  async function deliver(answered: Answered) {
    expect(answered.action).toBe(`${stack.urls.app}/sms/twilio/status?inbound=${answered.inbound}`);
    const reply = newMessageSid();
    twilio.holdMessage(ACCOUNT_SID, reply, { body: answered.replies[0] });
    expect((await report(answered.action!, reply, 'delivered')).status).toBe(200);
    await until('erased', () => !twilio.holds(answered.inbound) && !twilio.holds(reply));
  }

  it('Should erase a text refused as the channel is busy, and the answer telling so', async () => {
    const taken = await text('The canteen has run out of cups again.', { from: '+15557340301' });
    expect(taken.replies[0]).toMatch(/case code/);
    const refused = await text('The vending machine eats coins.', { from: '+15557340302' });
    expect(refused.replies[0]).toMatch(/not saved/);
    await deliver(refused);
  });

  it('Should erase an urgent text refused past the urgent allowance, which was read and answered', async () => {
    const first = await text('URGENT the fire exit in hall 3 is chained shut', { from: '+15557340303' });
    expect(first.replies[0]).toMatch(/marked urgent/);
    const refused = await text('URGENT a pallet rack in aisle 9 is about to fall', { from: '+15557340304' });
    expect(refused.replies[0]).toMatch(/NOT saved|not saved/);
    await deliver(refused);
  });

  it('Should erase at once a refused text past the answers a number gets, which is answered nothing', async () => {
    const from = '+15557340305';
    let last: Answered | undefined;
    for (let i = 0; i < 6 && (last === undefined || last.replies.length > 0); i += 1)
      last = await text(`The car park lights are out, message ${i + 1}.`, { from });
    expect(last!.replies).toEqual([]);
    expect(last!.action).toBeUndefined();
    await until('erased', () => !twilio.holds(last!.inbound));
  });
});
