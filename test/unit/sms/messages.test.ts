import { describe, expect, it } from 'vitest';
import { gsm7Length, isGsm7 } from '../../../shared/domain/gsm7';
import { codeIn, newMessageSid, smsTestApp } from '../../support/sms';

/** The emergency line that follows every refusal of a report, in English, French or Spanish. */
const DANGER = expect.stringMatching(/danger|peligro/);

const fitsOneSegment = (reply: string | undefined) => reply !== undefined && isGsm7(reply) && gsm7Length(reply) <= 160;

describe('SMS message contents', () => {
  it('Should keep a 1,600-character message whole', async () => {
    const { text, queue } = smsTestApp();
    const long = `${'The night shift has no working microwave and the vending machine is empty. '.repeat(22)}`.slice(
      0,
      1600,
    );
    const [reply] = await text(long);
    expect(reply).toMatch(/Your case code is/);
    expect(queue.messages[0]!.text).toBe(long.trim());
  });

  it('Should keep multi-byte text: accents, other scripts and emoji, up to the byte limit', async () => {
    const { text, queue } = smsTestApp();
    const body = `Überstunden sind zu viel. 残業が多すぎます。 Ça suffit 😤😤 ${'é'.repeat(1500)}`;
    const [reply] = await text(body);
    expect(reply).toMatch(/Your case code is/);
    expect(queue.messages[0]!.text).toBe(body);
  });

  it('Should refuse a message over 1,600 characters, or over 4,900 bytes, saying so and storing nothing', async () => {
    const { text, store } = smsTestApp();
    expect(await text('a'.repeat(1601))).toEqual([
      expect.stringMatching(/^Too long to save: keep it under 1,600 characters/),
      DANGER,
    ]);
    expect(await text('😤'.repeat(1300))).toEqual([expect.stringMatching(/^Too long to save/), DANGER]); // 1,300 characters, 5,200 bytes
    expect(store.cases.size).toBe(0);
  });

  it('Should answer an empty or blank message with help, storing nothing', async () => {
    const { text, store } = smsTestApp();
    for (const body of ['', '   ', '\u200B\u0007']) {
      expect(await text(body)).toEqual([
        'Your message was empty. Text your feedback in words; it is anonymous. Reply HELP for help.',
        DANGER,
      ]);
    }
    expect(store.cases.size).toBe(0);
  });

  it('Should keep the words of an MMS, never fetch its pictures, and say pictures are not kept', async () => {
    const { text, queue } = smsTestApp();
    const sid = newMessageSid('MM');
    const [reply] = await text('Look at the state of the break room', {
      MessageSid: sid,
      NumMedia: '2',
      MediaUrl0: `https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/${sid}/Media/ME0`,
      MediaContentType0: 'image/jpeg',
      MediaUrl1: `https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/${sid}/Media/ME1`,
      MediaContentType1: 'image/png',
    });
    expect(reply).toMatch(/Pictures and your number are not kept|Only your words are kept, not pictures/);
    expect(reply).toContain(codeIn(reply));
    expect(queue.messages[0]!.text).toBe('Look at the state of the break room');
    expect(JSON.stringify(queue.messages)).not.toContain('api.twilio.com');
  });

  it('Should store nothing for an MMS with only pictures, and ask for words', async () => {
    const { text, store } = smsTestApp();
    expect(
      await text('', {
        NumMedia: '1',
        MediaUrl0: 'https://api.twilio.com/x/Media/ME0',
        MediaContentType0: 'image/jpeg',
      }),
    ).toEqual([expect.stringMatching(/^Pictures are not accepted \(they can identify people\)/), DANGER]);
    expect(store.cases.size).toBe(0);
  });

  it('Should make one case and give the same answer when Twilio delivers the same MessageSid twice', async () => {
    const { text, store } = smsTestApp();
    const fields = { MessageSid: newMessageSid() };
    const first = await text('The rota came out late again', fields);
    const second = await text('The rota came out late again', fields);
    expect(second).toEqual(first);
    expect(codeIn(first[0])).toBe(codeIn(second[0]));
    expect(store.cases.size).toBe(1);
  });

  it('Should give a retried delivery the same answer even when the sender has used up the hour', async () => {
    const { text, store } = smsTestApp();
    const fields = { MessageSid: newMessageSid() };
    const first = await text('Message number one', fields);
    for (let i = 2; i <= 10; i += 1) await text(`Message number ${i}`);
    expect(await text('Message number one', fields)).toEqual(first);
    expect(store.cases.size).toBe(10);
  });

  // Texts of no danger: three in a row are read together (split-report.ts), and "Flood 5 / Flood 6 / Flood 7" reads as
  // water on the floor.
  it('Should take 10 messages an hour from one sender, refuse the next politely, three times, then answer nothing, storing none of them', async () => {
    const { text, store, queue, clock } = smsTestApp();
    for (let i = 1; i <= 10; i += 1) expect((await text(`Note ${i}`))[0]).toMatch(/Your case code is/);
    for (let i = 11; i <= 13; i += 1)
      expect(await text(`Note ${i}`)).toEqual([
        'You have sent a lot of messages this hour, so this one was not saved. Please try again in 30 minutes.',
        'If you or someone else is in danger now, call 911.',
      ]);
    expect(await text('Note 14')).toEqual([]);
    // Questions have their own budget: a sender whose submissions are spent can still ask for help.
    expect(await text('HELP')).toEqual([expect.stringMatching(/STATUS/), expect.stringMatching(/in danger now/)]);
    expect(store.cases.size).toBe(10);
    expect(queue.messages.map((m) => m.text)).not.toContain('Note 11');

    // Another sender is not held back, and the first may text again next hour.
    expect((await text('Someone else', { From: '+15559990001' }))[0]).toMatch(/Your case code is/);
    clock.set('2026-11-18T16:00:00Z');
    expect((await text('Note 15'))[0]).toMatch(/Your case code is/);
  });

  it('Should count the same number the same way however it is written', async () => {
    const { text } = smsTestApp();
    for (let i = 1; i <= 10; i += 1) await text(`Note ${i}`, { From: '+1 (555) 734-0982' });
    expect(await text('Note 11', { From: '+15557340982' })).toEqual([
      expect.stringMatching(/^You have sent a lot/),
      expect.stringMatching(/in danger now/),
    ]);
  });

  it('Should ask the sender to resend, in words, when the table is down', async () => {
    const { text, store } = smsTestApp();
    store.failWrites = true;
    expect(await text('Will this be lost?')).toEqual([
      'Sorry, we could not save your message just now. Please send it again in a few minutes.',
      DANGER,
    ]);
    expect(store.cases.size).toBe(0);
  });

  it('Should keep the sender\u2019s number out of the case and the queue message', async () => {
    const { text, store, queue, state } = smsTestApp();
    await text('The ladder in aisle 9 is cracked', { From: '+15557340982' });
    const kept = JSON.stringify([...store.cases.values(), ...queue.messages]) + state.dump();
    for (const form of ['+15557340982', '15557340982', '5557340982', '7340982']) expect(kept).not.toContain(form);
  });

  it('Should answer in single GSM-7 segments without emoji, whatever was sent', async () => {
    const { text } = smsTestApp();
    const replies = [
      ...(await text('HELP')),
      ...(await text('😀 Emoji feedback 😀')),
      // From a number of its own: the texts after it would be details of its case (follow-up-details.ts).
      ...(await text('URGENT 😱 help', { NumMedia: '1', From: '+15557340999' })),
      ...(await text('', { NumMedia: '1' })),
      ...(await text('#nowhere hi')),
      ...(await text('STATUS')),
      ...(await text('STATUS 22222-22222')),
      ...(await text('x'.repeat(1700))),
      ...(await text(' ')),
    ];
    // HELP, the urgent receipt, the unknown #tag's receipt and each refusal (pictures alone, too long, blank) add one.
    expect(replies).toHaveLength(15);
    for (const reply of replies) expect(fitsOneSegment(reply), reply).toBe(true);
  });
});
