import { describe, expect, it } from 'vitest';
import { codeIn, newMessageSid, PLANT2_NUMBER, repliesOf, twilioFields } from '../support/sms';
import { useSmsStack } from '../support/sms-stack';

// Attacker's report: Twilio signs the URL and the fields' names and values run together, so one captured
// signed text can be re-split while its signature still holds: `Body=All good. ` and a field named
// "Danger: the gas valve…" (or "Danger" with " the gas valve…"). Sent before the real text, the forgery made
// a calm case, and the real urgent text with the same MessageSid was then taken for Twilio's retry: its
// words dropped, its case "analysed", nobody told. A field name Twilio never sends (not letters and digits)
// is refused as a bad signature is; and the same MessageSid saying something else is no retry: each is read.

const DANGER_LINE = 'If you or someone else is in danger now, call 911.';

describe('a signed text re-split into other fields', () => {
  const sms = useSmsStack({
    serviceName: 'sms-forged',
    startsAt: '2026-11-18T15:00:00Z',
  });
  const { post, caseCount } = sms;

  // Each text from a number of its own: a text within five minutes of the same number's urgent report is read as
  // that report's details.
  let sender = 0;
  const realText = (Body: string) =>
    twilioFields({
      Body,
      From: `+1555734${String((sender += 1)).padStart(4, '0')}`,
      To: PLANT2_NUMBER,
      MessageSid: newMessageSid(),
    });

  it('Should refuse a field name Twilio never sends, whatever the signature, and take the real text after it', async () => {
    const real = realText('All good in the canteen. Danger: the gas valve by press 4 is leaking, smell everywhere');
    const { Body: _body, ...rest } = real;
    const forged = {
      ...rest,
      Body: 'All good in the canteen. ',
      'Danger: the gas valve by press 4 is leaking, smell everywhere': '',
    };
    const before = await caseCount();
    const refused = await post(real, forged);
    expect(refused.status).toBe(403);
    expect(await repliesOf(refused)).toEqual([]);
    expect(await caseCount()).toBe(before);

    const replies = await repliesOf(await post(real));
    expect(replies[0]).toMatch(/Your case code is/);
    expect(replies).toContain(DANGER_LINE);
  });

  it('Should read the real urgent text as a report of its own when a forgery with its MessageSid came first', async () => {
    const real = realText('Everything fine at the line. Danger the gas valve by press 4 is leaking, smell everywhere');
    const { Body: _body, ...rest } = real;
    // "Danger" is letters alone, as Twilio's names are: the signature holds and the name passes.
    const forged = {
      ...rest,
      Body: 'Everything fine at the line. ',
      Danger: ' the gas valve by press 4 is leaking, smell everywhere',
    };
    const before = await caseCount();
    const calm = await repliesOf(await post(real, forged));
    expect(calm[0]).toMatch(/Your case code is/);
    expect(calm).not.toContain(DANGER_LINE);

    const urgent = await repliesOf(await post(real));
    expect(urgent[0]).toMatch(/Your case code is/);
    // Read as itself: its own case, and the danger in its words answered with the emergency line.
    expect(codeIn(urgent[0])).not.toBe(codeIn(calm[0]));
    expect(urgent).toContain(DANGER_LINE);
    expect(await caseCount()).toBe(before + 2);

    // Twilio's retry of the real text is still a copy: the same answer, no third case.
    expect(await repliesOf(await post(real))).toEqual(urgent);
    expect(await caseCount()).toBe(before + 2);
  });

  it('Should read the same MessageSid texted to another number, or with a picture, as a text of its own', async () => {
    const first = realText('The forklift charger in bay 6 sparks when plugged in.');
    const firstReply = await repliesOf(await post(first));
    const otherNumber = { ...first, To: '+15550100001' };
    const withPicture = { ...first, NumMedia: '1', MediaUrl0: 'https://api.twilio.com/media/1' };
    const before = await caseCount();
    for (const other of [otherNumber, withPicture]) {
      const replies = await repliesOf(await post(other));
      // A case of its own: an ordinary receipt, or (read as urgent within minutes of the first, as this text is)
      // the receipt of a report marked urgent for a senior leader; never a copy of the first.
      expect(replies[0]).toMatch(/Your case code is|Case \S+ is marked urgent for a senior leader/);
      expect(codeIn(replies[0])).not.toBe(codeIn(firstReply[0]));
    }
    expect(await caseCount()).toBe(before + 2);
  });
});
