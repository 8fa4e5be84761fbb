import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { newMessageSid, PLANT2_NUMBER, twilioFields } from '../support/sms';
import { useSmsStack } from '../support/sms-stack';

// Left alone last session: with the SMS channel's budget spent, every new text refused was answered with
// two texts: "not saved, send it again" and the emergency line. Both are needed (the report was NOT saved,
// and the detector may have missed danger in it), but nothing bounded them for one number: a flood sent
// from a number (or in its name: its owner may never have written) drew two paid texts per message, each
// to that number. Now one number is answered for a few refused texts an hour, both texts each, and then
// no more; the count that bounds it is kept under an HMAC of the number, never the number.

const BUSY =
  'We are getting a lot of messages right now, so yours was not saved. Please send it again in a few minutes.';
const DANGER = 'If you or someone else is in danger now, call 911.';

describe('texts refused while the SMS channel is busy, to one number', () => {
  // The SMS channel takes one text, and hardly any more for the rest of the test.
  const sms = useSmsStack({
    serviceName: 'sms-busy-bounded',
    startsAt: '2026-11-18T15:00:00Z',
    rateLimits: { sms: { perSecond: 0.001, burst: 1 } },
  });
  const deliver = async (From: string, Body: string, MessageSid = newMessageSid()) => {
    const { status, replies } = await sms.deliver(twilioFields({ Body, From, To: PLANT2_NUMBER, MessageSid }));
    expect(status).toBe(200);
    return replies;
  };

  it('Should answer a few refused texts an hour with both texts, then send that number nothing more', async () => {
    const flooded = '+15557340311';
    expect((await deliver('+15557340310', 'The car park lights are out again.'))[0]).toMatch(/Your case code is/);

    const answers: string[][] = [];
    for (let i = 0; i < 12; i += 1) answers.push(await deliver(flooded, `The vending machine ate my coins, ${i}.`));
    // The first refusals are told they were not saved, and whom to call; the rest of the flood gets nothing.
    expect(answers.slice(0, 3)).toEqual([
      [BUSY, DANGER],
      [BUSY, DANGER],
      [BUSY, DANGER],
    ]);
    expect(answers.slice(3).flat()).toEqual([]);
    // A copy of a refused text (Twilio's retry) is answered as the first was, and takes no one's place.
    const sid = newMessageSid();
    const other = '+15557340312';
    expect(await deliver(other, 'The lockers do not close.', sid)).toEqual([BUSY, DANGER]);
    expect(await deliver(other, 'The lockers do not close.', sid)).toEqual([BUSY, DANGER]);
    // Another number is not silenced by the flood: it is told, as the first was.
    expect(await deliver('+15557340313', 'The showers are cold.')).toEqual([BUSY, DANGER]);

    // The next hour, the flooded number is answered again.
    sms.clock.set('2026-11-18T16:05:00Z');
    expect(await deliver(flooded, 'The vending machine ate my coins again.')).toEqual([BUSY, DANGER]);
  });

  it('Should keep no phone number anywhere in the tables that count it', async () => {
    const documents = localDocuments(sms.stack.urls.dynamodb);
    const { TableNames = [] } = await documents.send(new ListTablesCommand({}));
    for (const TableName of TableNames) {
      const { Items = [] } = await documents.send(new ScanCommand({ TableName }));
      const stored = JSON.stringify(Items);
      for (const digits of ['5557340311', '5557340312', '5557340313']) expect(stored).not.toContain(digits);
    }
  });
});
