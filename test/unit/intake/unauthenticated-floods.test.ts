import { describe, expect, it } from 'vitest';
import { json } from '../../support/fixtures';
import { repliesOf, signedTwilioRequest, statusCallbackFields, twilioFields, WEBHOOK_URL } from '../../support/sms';
import { expectServed, intake } from './channel-budgets.fixture';

/**
 * Requests that cannot prove where they come from (no or a wrong Twilio
 * signature, a made-up kiosk token) are refused without spending the budget
 * of the channel they pretend to be: people behind the real ones are served.
 */
describe('unauthenticated floods never spend an authenticated channel’s budget', () => {
  const unsignedTexts = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const fields = twilioFields({ Body: `URGENT flood ${i}` });
      const kinds = [
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields).toString(),
        },
        signedTwilioRequest(fields, { token: 'f'.repeat(32) }), // another account's token
        signedTwilioRequest(fields, { url: 'https://attacker.example/sms/twilio' }), // signed for another URL
        { ...signedTwilioRequest(fields), body: new URLSearchParams({ ...fields, Body: 'tampered' }).toString() }, // altered after signing
      ];
      return kinds[i % kinds.length]!;
    });

  it('Should take all 8 signed URGENT texts while 400 unsigned or forged posts flood the SMS webhook', async () => {
    const { app, store } = await intake(8);
    const flood = unsignedTexts(400);
    const replies: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      for (const init of flood.slice(i * 50, (i + 1) * 50))
        expect((await app.request('/sms/twilio', init)).status).toBe(403);
      const res = await app.request(
        '/sms/twilio',
        signedTwilioRequest(
          twilioFields({
            From: `+1555734${String(i).padStart(4, '0')}`,
            Body: `URGENT oil on the floor by press ${i}`,
          }),
        ),
      );
      replies.push((await repliesOf(res))[0]!);
    }
    expect(replies.filter((r) => /Case [2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5} is marked urgent/.test(r))).toHaveLength(
      8,
    );
    expect([...store.cases.values()].filter((c) => c.channel === 'sms')).toHaveLength(8);
  });

  it('Should keep taking signed texts while forged status callbacks flood their route', async () => {
    const { app } = await intake(2);
    for (let i = 0; i < 200; i += 1) {
      const fields = statusCallbackFields();
      const init =
        i % 2
          ? {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams(fields).toString(),
            }
          : signedTwilioRequest(fields, { url: WEBHOOK_URL });
      expect((await app.request('/sms/twilio/status', init)).status).toBe(403);
    }
    for (let i = 0; i < 2; i += 1)
      await expectServed(
        'sms',
        await app.request('/sms/twilio', signedTwilioRequest(twilioFields({ From: `+1555999000${i}` }))),
      );
  });

  it('Should still spend the SMS budget on signed texts, and answer its refusal in TwiML with Retry-After', async () => {
    const { app } = await intake(1);
    await expectServed('sms', await app.request('/sms/twilio', signedTwilioRequest(twilioFields())));
    const refused = await app.request('/sms/twilio', signedTwilioRequest(twilioFields()));
    expect(refused.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await repliesOf(refused))[0]).toMatch(/was not saved\. Please send it again/);
  });

  const madeUpToken = (i: number) => `lpk_${String(i).padStart(43, 'x')}`;
  const fakeKioskRequests = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const authorization = [`Bearer ${madeUpToken(i)}`, 'Bearer not-a-token', '', `Basic ${btoa('kiosk:secret')}`][
        i % 4
      ]!;
      return json({ rating: 1, key: `flood-${i}-xxxxxxxx` }, authorization ? { authorization } : {});
    });

  it('Should take a real kiosk’s every submission while made-up tokens flood /kiosk/feedback and /kiosk/config', async () => {
    const { app, token, store } = await intake(8, { perSecond: 0.0001, burst: 5 });
    const real = { authorization: `Bearer ${token}` };
    // The app fetches its question when it starts, which proves the token.
    expect((await app.request('/kiosk/config', { headers: { ...real, accept: 'application/json' } })).status).toBe(200);
    const floodStatuses = new Set<number>();
    const codes: string[] = [];
    const flood = fakeKioskRequests(400);
    for (let i = 0; i < 7; i += 1) {
      for (const init of flood.slice(i * 50, (i + 1) * 50)) {
        floodStatuses.add((await app.request('/kiosk/feedback', init)).status);
        floodStatuses.add((await app.request('/kiosk/config', { headers: { ...init.headers } })).status);
      }
      const res = await app.request('/kiosk/feedback', json({ rating: 3, key: crypto.randomUUID() }, real));
      expect(res.status, `real kiosk submission ${i + 1}`).toBe(201);
      codes.push((await res.json()).caseCode);
    }
    expect(new Set(codes).size).toBe(7);
    expect([...floodStatuses].sort()).toEqual([401, 429]);
    expect([...store.cases.values()].filter((c) => c.channel === 'kiosk')).toHaveLength(7);
  });

  it('Should look up no more made-up tokens than their own budget allows, answering the rest 429 in JSON with Retry-After', async () => {
    const { app, kiosks } = await intake(2, { perSecond: 0.0001, burst: 5 });
    let lookUps = 0;
    const find = kiosks.findByTokenHash.bind(kiosks);
    kiosks.findByTokenHash = async (hash) => {
      lookUps += 1;
      return find(hash);
    };
    const statuses: number[] = [];
    let refusal: Response | undefined;
    for (let i = 0; i < 100; i += 1) {
      const res = await app.request(
        '/kiosk/feedback',
        json({ rating: 1, key: `flood-${i}-xxxxxxxx` }, { authorization: `Bearer ${madeUpToken(i)}` }),
      );
      statuses.push(res.status);
      if (res.status === 429) refusal ??= res;
    }
    expect(lookUps).toBe(5);
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill(401));
    expect(statuses.slice(5)).toEqual(Array(95).fill(429));
    expect(Number(refusal!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await refusal!.json()).error).toMatchObject({
      code: 'too_many_requests',
      message: expect.stringMatching(/try again in a moment/),
    });
  });

  it('Should stop a revoked kiosk at once, even one its process knew', async () => {
    const { app, token, kiosks } = await intake(8);
    const real = { authorization: `Bearer ${token}` };
    expect((await app.request('/kiosk/feedback', json({ rating: 3, key: crypto.randomUUID() }, real))).status).toBe(
      201,
    );
    await kiosks.revoke([...kiosks.kiosks.keys()][0]!);
    expect((await app.request('/kiosk/feedback', json({ rating: 3, key: crypto.randomUUID() }, real))).status).toBe(
      401,
    );
  });

  it('Should spend a kiosk channel’s budget only on enrolled kiosks: made-up tokens leave it whole', async () => {
    const { app, token } = await intake(3, { perSecond: 1e6, burst: 1e6 });
    for (const init of fakeKioskRequests(300)) expect((await app.request('/kiosk/feedback', init)).status).toBe(401);
    const real = { authorization: `Bearer ${token}` };
    const statuses = [];
    for (let i = 0; i < 4; i += 1)
      statuses.push((await app.request('/kiosk/feedback', json({ rating: 2, key: crypto.randomUUID() }, real))).status);
    expect(statuses).toEqual([201, 201, 201, 429]); // the channel's own budget of 3, all for the real kiosk
  });
});
