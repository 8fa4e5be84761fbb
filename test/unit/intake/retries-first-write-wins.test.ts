import fc from 'fast-check';
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

describe('retried deliveries: the first write wins', () => {
  it('Should answer an SMS retried with different content with the first case code, and keep and queue only the first', async () => {
    const { app, store, queue } = intake();
    const MessageSid = newMessageSid();
    const first = await text(app, { MessageSid, Body: 'The fridge is broken' });
    const retried = await text(app, { MessageSid, Body: 'URGENT #plant2 something else entirely' });
    expect(retried).toBe(first);
    expect(store.cases.size).toBe(1);
    expect([...store.cases.values()][0]).toMatchObject({ site: 'hq', escalateRequested: false });
    expect(queue.messages.map((m) => m.text)).toEqual(['The fridge is broken']);
  });

  it('Should answer a kiosk submission retried with a different rating and comment with the first code, changing nothing', async () => {
    const { app, store, queue, kiosks, clock } = intake();
    const { token } = await enrolKiosk({ kiosks, config: exampleConfig, clock }, { site: 'plant2', name: 'Canteen' });
    const post = (body: unknown) => app.request('/kiosk/feedback', json(body, { authorization: `Bearer ${token}` }));
    const key = crypto.randomUUID();
    const first = await post({ rating: 4, key, text: 'Much better this week' });
    const retried = await post({ rating: 1, key, text: 'Terrible', escalate: true });
    expect([first.status, retried.status]).toEqual([201, 201]);
    expect((await retried.json()).caseCode).toBe((await first.json()).caseCode);
    expect([...store.cases.values()]).toEqual([expect.objectContaining({ rating: 4, escalateRequested: false })]);
    expect(queue.messages.map((m) => m.text)).toEqual(['Much better this week']);
  });

  it('Should honour the JSON API’s Idempotency-Key: the same key gives the same code, and other content is dropped', async () => {
    const { app, store, queue } = intake();
    const post = (body: unknown, key: string) => app.request('/feedback', json(body, { 'idempotency-key': key }));
    const first = await post({ text: 'The lift is slow', site: 'hq' }, 'client-key-1');
    const again = await post({ text: 'The lift is slow', site: 'hq' }, 'client-key-1');
    const other = await post({ text: 'Rewritten!', site: 'plant2', topic: 'safety', escalate: true }, 'client-key-1');
    const codes = await Promise.all([first, again, other].map(async (r) => ({ status: r.status, code: (await r.json()).caseCode })));
    expect(new Set(codes.map((c) => c.code)).size).toBe(1);
    expect(codes.map((c) => c.status)).toEqual([201, 201, 201]);
    expect(store.cases.size).toBe(1);
    expect([...store.cases.values()][0]).toMatchObject({ site: 'hq', escalateRequested: false });
    // The same content again is queued again (analysis is once per case); the other content never.
    expect(new Set(queue.messages.map((m) => m.text))).toEqual(new Set(['The lift is slow']));
    expect((await (await post({ text: 'A new one' }, 'client-key-2')).json()).caseCode).not.toBe(codes[0]!.code);
  });

  it('Should refuse an Idempotency-Key that is empty, too long or holds spaces or control characters, with a 400 that says so', async () => {
    const { app, store } = intake();
    for (const key of [' ', 'a b', 'x'.repeat(256), 'tab\there', 'é-accent']) {
      const res = await app.request('/feedback', json({ text: 'hello' }, { 'idempotency-key': key }));
      expect(res.status, JSON.stringify(key)).toBe(400);
      expect((await res.json()).error.message).toMatch(/Idempotency-Key/);
    }
    expect(store.cases.size).toBe(0);
  });

  it('Should give a retry after a failed first delivery a working case, not the code of one never made', async () => {
    const { app, store, queue } = intake();
    const MessageSid = newMessageSid();
    queue.fail = true;
    const refused = await repliesOf(await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ MessageSid, Body: 'Lost?' }))));
    expect(refused).toEqual([expect.stringMatching(/could not save your message/)]);
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
