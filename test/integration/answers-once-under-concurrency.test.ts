import { describe, expect, it } from 'vitest';
import { answersTold } from '../support/answers-told';
import { useConversationStack } from '../support/conversation-stack';
import { waitUntilHeld } from '../support/held-answers';
import { waitFor } from '../support/outbox';
import { PLANT2_NUMBER, twilioFields } from '../support/sms';

// Issue 14, attacker's report: answers sent many times at once under one key
// (an API client's Idempotency-Key, Twilio's MessageSid, a form clicked twice)
// must be stored once and told once; and two answers alike, written in two
// different hours, are two answers, each told. On the real stand-ins:
// dynalite, the queues and their consumers, the sweep, the SES outbox.

const PARALLEL = 8;

describe('an answer sent many times at once is one answer, told once', () => {
  const conversation = useConversationStack();
  const { stack, clock } = conversation;
  const { acknowledgedCase, post, deliverSms, answersOf, settled, toldToSponsor, sweepAt } = answersTold(conversation);

  it('Should store and email once an answer sent by many requests at once with one Idempotency-Key, and refuse the key for other words', async () => {
    const caseCode = await acknowledgedCase('The fire exit by the paint shop is blocked with pallets again.');
    clock.set('2026-11-18T15:20:00Z');
    const key = '5e0c7a1f-2b4d-4c8e-9a3f-7d6b1e2c4a90';
    const text = 'The east door, by bay three, since Monday.';
    const responses = await Promise.all(Array.from({ length: PARALLEL }, () => post(caseCode, text, key)));
    expect(responses.map((r) => r.status)).toEqual(Array(PARALLEL).fill(201));
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);

    const other = await post(caseCode, 'Something else entirely, under the same key.', key);
    expect(other.status).toBe(409);

    await settled(caseCode, text);
    expect(await answersOf(caseCode)).toEqual([text]);

    await sweepAt('2026-11-18T16:05:00Z', text);
    expect(await toldToSponsor(text)).toBe(1);
    expect(await toldToSponsor('Something else entirely')).toBe(0);
    expect(await answersOf(caseCode)).toEqual([text]);
  });

  it('Should take one answer from the same text message delivered twice at once', async () => {
    const caseCode = await acknowledgedCase('The fire exit by the welding bay is blocked with scrap again.');
    clock.set('2026-11-18T16:20:00Z');
    const text = 'The side door, since the night shift.';
    const fields = twilioFields({ Body: `${caseCode} ${text}`, To: PLANT2_NUMBER, From: '+15557340982' });
    const deliver = () => deliverSms(fields);
    const replies = await Promise.all([deliver(), deliver(), deliver()]);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);

    await settled(caseCode, text);
    expect(await answersOf(caseCode)).toEqual([text]);
    await sweepAt('2026-11-18T17:05:00Z', text);
    expect(await toldToSponsor(text)).toBe(1);
  });

  it('Should store once an answer whose form is sent twice (a double click), and take other words typed after as a new answer', async () => {
    const caseCode = await acknowledgedCase('The fire exit by the loading bay is blocked with boxes again.');
    clock.set('2026-11-18T17:20:00Z');
    const page = await (
      await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'text/html' } })
    ).text();
    const key = page.match(/name="key" value="([^"]+)"/)?.[1];
    expect(key).toBeDefined();
    const send = (text: string) =>
      fetch(`${stack.urls.app}/status/${caseCode}/messages`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: new URLSearchParams({ key: key!, text }).toString(),
      });
    const text = 'The door nearest the canteen, all week.';
    const clicks = await Promise.all([send(text), send(text), send(text)]);
    expect(clicks.map((r) => r.status)).toEqual([303, 303, 303]);
    // The page after it says the answer is on its way.
    const after = await fetch(new URL(clicks[0]!.headers.get('location')!, stack.urls.app), {
      headers: { accept: 'text/html' },
    });
    expect(await after.text()).toContain('Your message was sent.');
    await settled(caseCode, text);
    expect(await answersOf(caseCode)).toEqual([text]);

    const more = 'And the mirror is cracked.';
    expect((await send(more)).status).toBe(303);
    await settled(caseCode, more);
    expect(await answersOf(caseCode)).toEqual([text, more]);
  });

  it('Should make one case, told once, of a submission sent by many requests at once with one Idempotency-Key', async () => {
    clock.set('2026-11-18T17:40:00Z');
    const text = 'The fire exit by the compressor room is blocked with drums again.';
    const send = () =>
      fetch(`${stack.urls.app}/feedback`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'idempotency-key': 'd9c1e3a5-2f4b-4d8c-0e7a-3b5f7d9c1e32',
        },
        body: JSON.stringify({ text, site: 'plant2', escalate: true }),
      });
    const responses = await Promise.all(Array.from({ length: PARALLEL }, send));
    expect(responses.map((r) => r.status)).toEqual(Array(PARALLEL).fill(201));
    const codes = new Set((await Promise.all(responses.map((r) => r.json()))).map((b) => b.caseCode));
    expect(codes.size).toBe(1);
    await stack.waitForStatus([...codes][0]!, 'escalated');
    await waitFor('the escalation email', async () =>
      (await toldToSponsor('compressor room')) > 0 ? true : undefined,
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await toldToSponsor('compressor room')).toBe(1);
  });

  it('Should email each of two answers alike written in two different hours', async () => {
    const caseCode = await acknowledgedCase('The fire exit by the canteen is blocked with crates again.');
    const yes = 'Yes, still broken.';
    clock.set('2026-11-18T18:20:00Z');
    expect((await post(caseCode, yes, 'b7a9c1e3-0d2f-4b6a-8c5e-1f3d5b7a9c10')).status).toBe(201);
    await settled(caseCode, yes);
    await sweepAt('2026-11-18T19:05:00Z', yes);
    expect(await toldToSponsor(yes)).toBe(1);

    clock.set('2026-11-18T19:20:00Z');
    expect((await post(caseCode, yes, 'c8b0d2f4-1e3a-4c7b-9d6f-2a4e6c8b0d21')).status).toBe(201);
    await waitFor('the second answer in the thread', async () =>
      (await answersOf(caseCode)).length === 2 ? true : undefined,
    );
    await waitUntilHeld(stack, yes);
    clock.set('2026-11-18T20:05:00Z');
    await waitFor('the second answer emailed', async () => {
      await stack.sweep();
      return (await toldToSponsor(yes)) === 2 ? true : undefined;
    });
    expect(await answersOf(caseCode)).toEqual([yes, yes]);
  });
});
