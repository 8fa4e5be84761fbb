import { describe, expect, it } from 'vitest';
import { codeIn, newMessageSid, PLANT2_NUMBER, twilioFields } from '../support/sms';
import { useSmsStack } from '../support/sms-stack';

// Issue 14, attacker's report: the same signed text (one MessageSid) sent
// 12 times at once stored one answer, but spent the sender's hourly budget
// on the copies: some were told "not saved" (it was), some got no reply, and
// the sender's next real text was dropped. A copy of a text is never counted
// against its sender's hour and is answered as the first was; different
// texts still meet the budget (10 an hour), with a clear reply.

const COPIES = 12;
// The test's hours start on the hour or five past: the refusal says when the sender's hour ends.
const THROTTLED = (minutes: number) =>
  `You have sent a lot of messages this hour, so this one was not saved. Please try again in ${minutes} minutes.`;
const DANGER = 'If you or someone else is in danger now, call 911.';

describe('copies of one text message and the sender’s hourly budget', () => {
  // The channel's own budget is roomy here: only the sender's hourly one is under test.
  const { stack, clock, deliver } = useSmsStack({ serviceName: 'sms-copies', startsAt: '2026-11-18T15:00:00Z' });

  const text = (From: string, Body: string, MessageSid = newMessageSid()) =>
    deliver(twilioFields({ Body, From, To: PLANT2_NUMBER, MessageSid }));
  const answersOf = async (caseCode: string) => {
    const res = await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } });
    const view = (await res.json()) as { messages: { from: string; text: string }[] };
    return view.messages.filter((m) => m.from === 'employee').map((m) => m.text);
  };
  /** The rest of the sender's hour: each new text is taken until the budget is spent, then one is refused. */
  const spendTheRest = async (from: string, taken: number, minutes: number) => {
    for (let i = taken + 1; i <= 10; i += 1)
      expect((await text(from, `Another thing, number ${i}, about the canteen.`)).replies[0]).toMatch(
        /Your case code is/,
      );
    expect((await text(from, 'One more thing about the canteen.')).replies).toEqual([THROTTLED(minutes), DANGER]);
  };

  it('Should answer every copy of one REPLY as the first, store one answer, and count it once against the sender', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked with pallets again.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const from = '+15557340101';
    const fields = twilioFields({
      Body: `REPLY ${caseCode} The east door, since Monday.`,
      From: from,
      To: PLANT2_NUMBER,
      MessageSid: newMessageSid(),
    });
    const copies = await Promise.all(Array.from({ length: COPIES }, () => deliver(fields)));
    expect(copies.map((c) => c.status)).toEqual(Array(COPIES).fill(200));
    for (const copy of copies) expect(copy.replies).toEqual([expect.stringMatching(/sent/i)]);
    expect(new Set(copies.map((c) => JSON.stringify(c.replies))).size).toBe(1);
    // Later copies too (Twilio's retry after a timeout).
    expect((await deliver(fields)).replies).toEqual(copies[0]!.replies);

    // The sender's next real text is taken: the copies counted once.
    const next = await text(from, 'And the lights in bay three flicker all night.');
    expect(next.replies[0]).toMatch(/Your case code is/);
    await stack.waitForStatus(codeIn(next.replies[0]), 'analysed');
    await spendTheRest(from, 2, 60);

    for (let i = 0; i < 100 && (await answersOf(caseCode)).length === 0; i += 1)
      await new Promise((r) => setTimeout(r, 100));
    expect(await answersOf(caseCode)).toEqual(['The east door, since Monday.']);
  });

  it('Should make one case of a first text delivered many times at once, tell each copy its code, and count it once', async () => {
    clock.set('2026-11-18T16:05:00Z');
    const from = '+15557340102';
    const fields = twilioFields({
      Body: 'The night shift has no hot water in the showers.',
      From: from,
      To: PLANT2_NUMBER,
      MessageSid: newMessageSid(),
    });
    const copies = await Promise.all(Array.from({ length: COPIES }, () => deliver(fields)));
    expect(copies.map((c) => c.status)).toEqual(Array(COPIES).fill(200));
    const code = codeIn(copies[0]!.replies[0]);
    for (const copy of copies) expect(codeIn(copy.replies[0])).toBe(code);
    await stack.waitForStatus(code, 'analysed');
    await spendTheRest(from, 1, 55);
  });

  it('Should refuse a copy of a text refused for its sender’s hour alike, and store nothing of it', async () => {
    clock.set('2026-11-18T17:05:00Z');
    const from = '+15557340103';
    await spendTheRest(from, 0, 55);
    const fields = twilioFields({
      Body: 'Yet another thing about the car park.',
      From: from,
      To: PLANT2_NUMBER,
      MessageSid: newMessageSid(),
    });
    // Refused, and told so (a second refusal this hour): every copy, at once or later, is answered as the first.
    const copies = await Promise.all(Array.from({ length: 4 }, () => deliver(fields)));
    for (const copy of copies) expect(copy.replies).toEqual([THROTTLED(55), DANGER]);
    expect((await deliver(fields)).replies).toEqual([THROTTLED(55), DANGER]);
    // The third refusal is told too, then nothing: the copies of the fourth get no more than it did.
    expect((await text(from, 'And the car park lights.')).replies).toEqual([THROTTLED(55), DANGER]);
    const fourth = twilioFields({
      Body: 'And the car park gate.',
      From: from,
      To: PLANT2_NUMBER,
      MessageSid: newMessageSid(),
    });
    const quiet = await Promise.all(Array.from({ length: 4 }, () => deliver(fourth)));
    for (const copy of quiet) expect(copy.replies).toEqual([]);
    expect((await deliver(fourth)).replies).toEqual([]);
  });
  it('Should never give a text’s case code to its message id replayed from another number', async () => {
    // Attacker's report (anonymity): whoever holds the Twilio token can read message ids in its log (Message
    // Redaction hides numbers, not ids) and replay one signed "from" any number, in the hour and the next: that
    // copy was told the first text's code, which opens the case's page and its conversation.
    clock.set('2026-11-18T18:05:00Z');
    const MessageSid = newMessageSid();
    const first = await text('+15557340104', 'The fire door on line 2 is wedged open every night.', MessageSid);
    const code = codeIn(first.replies[0]);
    const replayed = await text('+15557340999', 'The fire door on line 2 is wedged open every night.', MessageSid);
    expect(replayed.status).toBe(200);
    expect(replayed.replies.join(' ')).not.toContain(code);
    // A real copy (same id, same number) is still told its code, once.
    const copy = await text('+15557340104', 'The fire door on line 2 is wedged open every night.', MessageSid);
    expect(codeIn(copy.replies[0])).toBe(code);
  });
});
