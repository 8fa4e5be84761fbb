import { describe, expect, it } from 'vitest';
import { newMessageSid, PLANT2_NUMBER, twilioFields } from '../support/sms';
import { useSmsStack } from '../support/sms-stack';

// Issue 14, attacker's report: copies of one signed text (Twilio's retries of one MessageSid, or the
// same request replayed) were spared the sender's hourly budget but still spent the SMS channel's,
// which every employee's texts share: a flood of copies left none for anyone else. A copy spends
// none of it and is answered as the first was, however many come, one after another or at once;
// new texts still meet the channel's budget, with a reply saying to send again later.

const BUSY =
  'We are getting a lot of messages right now, so yours was not saved. Please send it again in a few minutes.';

describe('copies of one text and the SMS channel’s budget', () => {
  // Every other channel roomy; the SMS channel takes three texts, and hardly any more for the rest of the test.
  const sms = useSmsStack({
    serviceName: 'sms-channel-budget',
    startsAt: '2026-11-18T15:00:00Z',
    rateLimits: { sms: { perSecond: 0.001, burst: 3 } },
  });
  const deliver = async (fields: Record<string, string>) => {
    const { status, replies } = await sms.deliver(fields);
    expect(status).toBe(200);
    return replies;
  };
  const newText = (From: string, Body: string) =>
    twilioFields({ Body, From, To: PLANT2_NUMBER, MessageSid: newMessageSid() });

  it('Should answer every copy of a text as the first without spending the budget other employees’ texts need', async () => {
    const first = newText('+15557340201', 'The night shift has no hot water in the showers.');
    const replies = await deliver(first);
    expect(replies[0]).toMatch(/Your case code is/);

    // Twenty copies one after another, then twenty at once: each told what the first was told.
    for (let i = 0; i < 20; i += 1) expect(await deliver(first)).toEqual(replies);
    for (const copy of await Promise.all(Array.from({ length: 20 }, () => deliver(first))))
      expect(copy).toEqual(replies);

    // Two other employees still get through: the copies took nothing of the three texts the channel allows.
    expect((await deliver(newText('+15557340202', 'The car park lights are out again.')))[0]).toMatch(
      /Your case code is/,
    );
    expect((await deliver(newText('+15557340203', 'The lockers in bay two do not close.')))[0]).toMatch(
      /Your case code is/,
    );
    // A fourth new text meets the budget, and is told to send again later, and whom to call in danger.
    expect(await deliver(newText('+15557340204', 'The vending machine eats coins.'))).toEqual([
      BUSY,
      'If you or someone else is in danger now, call 911.',
    ]);
  });
});
