import { describe, expect, it } from 'vitest';
import { newMessageSid, PLANT2_NUMBER, twilioFields } from '../support/sms';
import { useSmsStack } from '../support/sms-stack';

// A text refused over its sender's hourly budget is told how many minutes are left of that hour. Twilio's
// retry of it that comes after the hour turned was told the same again, "60 minutes", when the sender could
// already write: a copy refused in an hour that is over is told it can be sent again now.

const DANGER = 'If you or someone else is in danger now, call 911.';

describe('a refused text retried by Twilio after the hour turns', () => {
  const { clock, deliver } = useSmsStack({ serviceName: 'sms-refused-retry', startsAt: '2026-11-18T15:50:00Z' });
  const text = (From: string, Body: string, MessageSid = newMessageSid()) =>
    deliver(twilioFields({ Body, From, To: PLANT2_NUMBER, MessageSid }));

  it('Should tell the retry what is true when it comes: the hour is over, and the text can be sent again now', async () => {
    const from = '+15557340301';
    for (let i = 1; i <= 10; i += 1)
      expect((await text(from, `Thing number ${i} about the canteen.`)).replies[0]).toMatch(/Your case code is/);
    const refused = twilioFields({
      Body: 'One more thing about the canteen.',
      From: from,
      To: PLANT2_NUMBER,
      MessageSid: newMessageSid(),
    });
    expect((await deliver(refused)).replies).toEqual([
      'You have sent a lot of messages this hour, so this one was not saved. Please try again in 10 minutes.',
      DANGER,
    ]);
    // Within the hour, a copy is told the minutes left, as the first was.
    clock.set('2026-11-18T15:55:00Z');
    expect((await deliver(refused)).replies[0]).toContain('Please try again in 5 minutes.');

    clock.set('2026-11-18T16:00:30Z');
    const retried = await deliver(refused);
    expect(retried.replies).toEqual([
      'You had sent a lot of messages in the hour this one came in, so it was not saved. That hour is over: you can send it again now.',
      DANGER,
    ]);
    expect(retried.replies.join(' ')).not.toMatch(/minutes?\b/);
    // And it is true: a new text is taken at once.
    expect((await text(from, 'One more thing about the canteen.')).replies[0]).toMatch(/Your case code is/);
  });
});
