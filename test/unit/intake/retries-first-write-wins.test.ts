import fc from 'fast-check';
import { cleanText } from '../../../shared/domain/feedback';
import { hasWords } from '../../../shared/domain/has-words';
import { describe, expect, it } from 'vitest';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { appWithFakes, exampleConfig, fixedClock, json } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';
import { codeIn, newMessageSid, repliesOf, signedTwilioRequest, smsChannel, twilioFields } from '../../support/sms';

function intake() {
  const clock = fixedClock('2026-11-18T15:30:10Z');
  const kiosks = new InMemoryKioskRegistry();
  const fakes = appWithFakes({ clock, kiosk: { kiosks }, sms: smsChannel(clock) });
  return { ...fakes, clock, kiosks };
}

const text = async (app: ReturnType<typeof intake>['app'], fields: Record<string, string>) =>
  codeIn((await repliesOf(await app.request('/sms/twilio', signedTwilioRequest(twilioFields(fields)))))[0]);

describe('retried deliveries: the first write wins, other words are another report', () => {
  // Attacker's report: the same MessageSid (or kiosk key) with other words was answered with the first case
  // and its words dropped, so a forgery sent first hid the real urgent text. Other words are another report:
  // a retry repeats what it said, and only a copy that says the same gets the first receipt.
  it('Should take an SMS with a MessageSid already used but other words as a text of its own, both kept and queued', async () => {
    const { app, store, queue } = intake();
    const MessageSid = newMessageSid();
    const first = await text(app, { MessageSid, Body: 'The fridge is broken' });
    const other = await text(app, { MessageSid, Body: 'URGENT #plant2 something else entirely' });
    expect(other).not.toBe(first);
    expect(await text(app, { MessageSid, Body: 'The fridge is broken' })).toBe(first);
    expect([...store.cases.values()]).toEqual([
      expect.objectContaining({ site: 'hq', escalateRequested: false }),
      expect.objectContaining({ site: 'plant2', escalateRequested: true }),
    ]);
    expect(queue.messages.map((m) => m.text)).toEqual(
      expect.arrayContaining(['The fridge is broken', 'something else entirely']),
    );
  });

  it('Should take a kiosk submission under a key already used but with another rating and comment as a report of its own', async () => {
    const { app, store, queue, kiosks, clock } = intake();
    const { token } = await enrolKiosk({ kiosks, config: exampleConfig, clock }, { site: 'plant2', name: 'Canteen' });
    const post = (body: unknown) => app.request('/kiosk/feedback', json(body, { authorization: `Bearer ${token}` }));
    const key = crypto.randomUUID();
    const first = await post({ rating: 4, key, text: 'Much better this week' });
    const other = await post({ rating: 1, key, text: 'Terrible', escalate: true });
    const again = await post({ rating: 4, key, text: 'Much better this week' });
    expect([first.status, other.status, again.status]).toEqual([201, 201, 201]);
    const firstCode = (await first.json()).caseCode;
    expect((await other.json()).caseCode).not.toBe(firstCode);
    expect((await again.json()).caseCode).toBe(firstCode);
    expect([...store.cases.values()]).toEqual([
      expect.objectContaining({ rating: 4, escalateRequested: false }),
      expect.objectContaining({ rating: 1, escalateRequested: true }),
    ]);
    expect(queue.messages.map((m) => m.text)).toEqual(expect.arrayContaining(['Much better this week', 'Terrible']));
  });

  it('Should answer an SMS with a MessageSid already used that adds URGENT as an urgent text of its own', async () => {
    const { app, store } = intake();
    const MessageSid = newMessageSid();
    const send = async (Body: string) =>
      repliesOf(await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ MessageSid, Body }))));
    const first = await send('The vending machine is out of water');
    const urgent = await send('URGENT someone was hit by a forklift');
    expect(first[0]).not.toMatch(/urgent/i);
    expect(urgent[0]).toMatch(/marked urgent/);
    expect(codeIn(urgent[0])).not.toBe(codeIn(first[0]));
    expect([...store.cases.values()].map((c) => c.escalateRequested)).toEqual([false, true]);
  });

  it('Should answer a copy of an urgent text as the first, and other words under its MessageSid as their own', async () => {
    const { app, clock } = intake();
    const MessageSid = newMessageSid();
    const send = async (Body: string) =>
      repliesOf(await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ MessageSid, Body }))));
    const first = await send('URGENT oil on the floor by press 4');
    expect(first[0]).toMatch(/marked urgent/);
    expect(await send('URGENT oil on the floor by press 4')).toEqual(first);
    // Past the few minutes in which the sender's next texts are details of their urgent case (follow-up-details.ts),
    // still within the hour in which a copy is known.
    clock.set('2026-11-18T15:36:10Z');
    const other = await send('never mind');
    expect(other[0]).not.toMatch(/marked urgent/);
    expect(codeIn(other[0])).not.toBe(codeIn(first[0]));
  });

  it('Should give an API retry with the same Idempotency-Key and content the same receipt, changing nothing', async () => {
    const { app, store } = intake();
    const key = crypto.randomUUID();
    const post = () =>
      app.request('/feedback', json({ text: 'The lift is slow', site: 'hq' }, { 'idempotency-key': key }));
    const [first, again] = [await post(), await post()];
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(await again.json()).toEqual(await first.json());
    expect(store.cases.size).toBe(1);
  });

  it('Should refuse another client’s submission under a key already used, with 409 and no case code, keeping and queueing nothing of it', async () => {
    const { app, store, queue } = intake();
    const post = (body: unknown, key: string) => app.request('/feedback', json(body, { 'idempotency-key': key }));
    const key = 'shared-key-0123456789abcdef';
    const first = await post({ text: 'The lift is slow', site: 'hq' }, key);
    const firstCode = (await first.json()).caseCode;
    const other = await post(
      { text: 'My own report about the night shift', site: 'plant2', topic: 'safety', escalate: true },
      key,
    );
    expect(other.status).toBe(409);
    const body = await other.text();
    expect(JSON.parse(body).error).toMatchObject({
      code: 'idempotency_key_reused',
      message: expect.stringMatching(
        /^This Idempotency-Key was already used for a different submission; send it with a new key\. Your report was NOT saved\./,
      ),
    });
    expect(body).not.toContain(firstCode);
    expect(body).not.toMatch(/[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}/);
    expect([...store.cases.values()]).toEqual([expect.objectContaining({ site: 'hq', escalateRequested: false })]);
    expect(queue.messages.map((m) => m.text)).toEqual(['The lift is slow']);
    // Sent again under a new key, it is taken.
    const renewed = await post({ text: 'My own report about the night shift', site: 'plant2' }, crypto.randomUUID());
    expect(renewed.status).toBe(201);
    expect((await renewed.json()).caseCode).not.toBe(firstCode);
  });

  it('Should never give out a case code for a reused key with any other content (generated)', async () => {
    const submission = fc.record({
      // Texts that say something: one of punctuation alone is refused before any key is read.
      text: fc.string({ minLength: 1, maxLength: 40 }).filter((t) => hasWords(cleanText(t))),
      site: fc.constantFrom(undefined, 'hq', 'plant2'),
      topic: fc.constantFrom(undefined, 'safety'),
      escalate: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(submission, submission, async (a, b) => {
        fc.pre(
          JSON.stringify([a.text.trim(), a.site, a.topic, a.escalate]) !==
            JSON.stringify([b.text.trim(), b.site, b.topic, b.escalate]),
        );
        const { app, store, queue } = intake();
        const key = crypto.randomUUID();
        const post = (body: unknown) => app.request('/feedback', json(body, { 'idempotency-key': key }));
        expect((await post(a)).status).toBe(201);
        const res = await post(b);
        expect(res.status).toBe(409);
        expect((await res.json()).caseCode).toBeUndefined();
        expect([store.cases.size, queue.messages.length]).toEqual([1, 1]);
      }),
      { numRuns: 60 },
    );
  });

  it('Should refuse an Idempotency-Key that is short, long, guessable or holds spaces or control characters, with a 400 that says what it must be', async () => {
    const { app, store } = intake();
    for (const key of [
      '1',
      ' ',
      'a b',
      'abc123',
      'x'.repeat(129),
      'a'.repeat(20),
      '0000000000000001',
      'tab\there-0123456789abcdef',
      'é-accent-0123456789abcdef',
      'spaces in 0123456789abcdef',
    ]) {
      const res = await app.request('/feedback', json({ text: 'hello' }, { 'idempotency-key': key }));
      expect(res.status, JSON.stringify(key)).toBe(400);
      expect((await res.json()).error.message).toMatch(/Idempotency-Key header must be a random value of 16 to 128/);
    }
    expect(store.cases.size).toBe(0);
    for (const key of [crypto.randomUUID(), '01HZX3J8Q4W9T6N2M5K7P0R1SB', `${'x'.repeat(120)}abcdefgh`]) {
      expect((await app.request('/feedback', json({ text: 'hello' }, { 'idempotency-key': key }))).status, key).toBe(
        201,
      );
    }
  });

  it('Should give a retry after a failed first delivery a working case, not the code of one never made', async () => {
    const { app, store, queue } = intake();
    const MessageSid = newMessageSid();
    queue.fail = true;
    const refused = await repliesOf(
      await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ MessageSid, Body: 'Lost?' }))),
    );
    expect(refused).toEqual([expect.stringMatching(/could not save your message/), expect.stringMatching(/danger/)]);
    queue.fail = false;
    const code = await text(app, { MessageSid, Body: 'Lost?' });
    expect(store.cases.size).toBe(1);
    expect((await app.request(`/status/${code}`, { headers: { accept: 'application/json' } })).status).toBe(200);
  });

  it('Should never derive an SMS case code from the MessageSid: the same SID gets unrelated codes from two installations with one pepper', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[0-9a-f]{32}$/), async (hex) => {
        const MessageSid = `SM${hex}`;
        const [one, two] = [intake(), intake()];
        expect(await text(one.app, { MessageSid })).not.toBe(await text(two.app, { MessageSid }));
      }),
      { numRuns: 20 },
    );
  });
});
