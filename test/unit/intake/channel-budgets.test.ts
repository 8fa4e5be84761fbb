import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Budget } from '../../../functions/intake/middleware/rate-limit';
import { INTAKE_CHANNELS, type IntakeChannel } from '../../../shared/config/schema';
import type { Escalation } from '../../../shared/domain/escalation';
import { signLink } from '../../../shared/domain/signed-link';
import type { EscalationStore } from '../../../shared/ports/escalation-store';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { submitFeedback } from '../../../shared/use-cases/submit-feedback';
import { appWithFakes, CASE_CODE_PATTERN, exampleConfig, fixedClock, form, json } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';
import {
  codeIn,
  repliesOf,
  signedTwilioRequest,
  smsChannel,
  statusCallbackFields,
  twilioFields,
  WEBHOOK_URL,
} from '../../support/sms';

const LINK_KEY = 'k'.repeat(64);
const ESCALATION: Escalation = {
  id: 'case:0b7a4d4e-1111-4c1c-9a11-000000000001',
  reasons: ['urgent-topic'],
  site: 'plant2',
  topics: ['safety'],
  urgentCategories: [],
  urgent: true,
  redactedText: 'The fire exit is blocked',
  sponsorId: 'coo',
  level: 0,
  raisedAt: '2026-11-18T10:00:00.000Z',
  slaDueAt: '2026-11-19T10:00:00.000Z',
  status: 'raised',
  notifiedLevel: 0,
  audit: [],
};
const escalations = {
  get: async (id: string) => (id === ESCALATION.id ? structuredClone(ESCALATION) : undefined),
} as Pick<EscalationStore, 'get'>;

/**
 * The intake with every channel wired to fakes and every budget tiny (and
 * practically never refilling), so that one request more than `burst`
 * exhausts a channel.
 */
async function intake(burst = 2, unverifiedTokens: Budget = { perSecond: 0.0001, burst }) {
  const clock = fixedClock('2026-11-18T15:30:10Z');
  const kiosks = new InMemoryKioskRegistry();
  const budget: Budget = { perSecond: 0.0001, burst };
  const rateLimits = {
    ...(Object.fromEntries(INTAKE_CHANNELS.map((channel) => [channel, budget])) as Record<IntakeChannel, Budget>),
    unverifiedTokens,
  };
  const fakes = appWithFakes({
    clock,
    rateLimits,
    kiosk: { kiosks },
    sms: smsChannel(clock),
    escalations: { store: escalations as EscalationStore, linkSigningKey: LINK_KEY },
  });
  const { token } = await enrolKiosk({ kiosks, config: exampleConfig, clock }, { site: 'plant2', name: 'Break room' });
  // A case to look up, made without going through any channel.
  const { caseCode } = await submitFeedback(fakes.deps, {
    channel: 'web',
    text: 'The fridge is broken',
    escalate: false,
  });
  // Passed to a sponsor, so its employee may answer in its conversation.
  for (const record of fakes.store.cases.values()) await fakes.store.advanceStatus(record.caseKey, 'escalated');
  const link = signLink({ subject: ESCALATION.id, expiresAt: Date.parse('2026-12-01T00:00:00Z') / 1000 }, LINK_KEY);
  let n = 0;
  /** One legitimate request on a channel, as its real client sends it. */
  const legit: Record<IntakeChannel, () => Response | Promise<Response>> = {
    web: () =>
      fakes.app.request('/feedback', form({ text: `The canteen queue is too long ${(n += 1)}`, site: 'plant2' })),
    api: () => fakes.app.request('/feedback', json({ text: `The canteen queue is too long ${(n += 1)}` })),
    kiosk: () =>
      fakes.app.request(
        '/kiosk/feedback',
        json({ rating: 4, key: `key-${(n += 1)}-xxxxxxxx` }, { authorization: `Bearer ${token}` }),
      ),
    sms: () =>
      fakes.app.request(
        '/sms/twilio',
        signedTwilioRequest(twilioFields({ From: `+1555734${String((n += 1)).padStart(4, '0')}` })),
      ),
    status: () => fakes.app.request(`/status/${caseCode}`, { headers: { accept: 'application/json' } }),
    answers: () => fakes.app.request(`/status/${caseCode}/messages`, json({ text: `Still blocked ${(n += 1)}` })),
    links: () => fakes.app.request(`/ack/${link}`, { headers: { accept: 'text/html' } }),
    preview: () => fakes.app.request('/feedback/preview', json({ text: 'Gregory says the canteen queue is too long' })),
  };
  return { ...fakes, legit, kiosks, token };
}

/** What each channel's client sees when its request is taken. */
async function expectServed(channel: IntakeChannel, res: Response) {
  if (channel === 'sms') {
    expect(res.status).toBe(200);
    expect(codeIn((await repliesOf(res))[0])).toMatch(CASE_CODE_PATTERN);
    return;
  }
  const expected: Record<Exclude<IntakeChannel, 'sms'>, number[]> = {
    web: [200],
    api: [201],
    kiosk: [201],
    status: [200],
    answers: [201],
    links: [200],
    preview: [200],
  };
  expect(expected[channel], `${channel} answered ${res.status}`).toContain(res.status);
}

describe('each intake channel has its own budget', () => {
  it.each(INTAKE_CHANNELS)('Should keep serving every other channel while %s is flooded', async (flooded) => {
    const { legit } = await intake();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await legit[flooded]()).status);
    if (flooded === 'sms')
      expect(statuses).toEqual(Array(8).fill(200)); // refusals to Twilio are TwiML, checked below
    else expect(statuses.slice(2)).toEqual(Array(6).fill(429));
    for (const other of INTAKE_CHANNELS.filter((c) => c !== flooded)) await expectServed(other, await legit[other]());
  });

  it('Should answer 404 to unknown paths, spending no channel’s budget', async () => {
    const { app, legit } = await intake(1);
    for (let i = 0; i < 30; i += 1) {
      const res = await app.request(`/nope/${i}`, json({ text: 'flood' }));
      expect(res.status).toBe(404);
    }
    for (const channel of INTAKE_CHANNELS) await expectServed(channel, await legit[channel]());
  });

  it('Should answer a wrong method on a known path without spending any budget', async () => {
    const { app, legit } = await intake(1);
    const wrong: [string, string][] = [
      ['GET', '/feedback'],
      ['PUT', '/feedback'],
      ['DELETE', '/kiosk/feedback'],
      ['GET', '/kiosk/feedback'],
      ['POST', '/kiosk/config'],
      ['GET', '/sms/twilio'],
      ['POST', '/status/AAAAA-BBBBB'],
      ['PATCH', '/ack/whatever'],
      ['POST', '/digest/2026-W47'],
    ];
    for (const [method, path] of wrong) {
      for (let i = 0; i < 3; i += 1) {
        const res = await app.request(path, {
          method,
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: method === 'GET' ? undefined : '{}',
        });
        expect(res.status, `${method} ${path}`).toBe(404);
      }
    }
    for (const channel of INTAKE_CHANNELS) await expectServed(channel, await legit[channel]());
  });

  it('Should never spend a budget on any path or method the intake does not serve (generated)', async () => {
    const { app, legit } = await intake(1);
    // '.' and '..' (also as %2e) are dot-segments: URL parsing folds `/x-0/..` into `/`, a path the intake serves.
    const segment = fc.stringMatching(/^[a-zA-Z0-9._~%-]{1,12}$/).filter((s) => !/^(?:\.|%2e){1,2}$/i.test(s));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        async (method, segments) => {
          const path = `/x-${segments.join('/')}`;
          const res = await app.request(path, {
            method,
            headers: { accept: 'application/json' },
            body: method === 'GET' ? undefined : 'x',
          });
          expect(res.status).toBe(404);
        },
      ),
      { numRuns: 150 },
    );
    for (const channel of INTAKE_CHANNELS) await expectServed(channel, await legit[channel]());
  });
});

describe('a refusal for lack of budget, in each channel’s own shape', () => {
  async function exhausted(channel: IntakeChannel) {
    const fakes = await intake(1);
    await fakes.legit[channel]();
    return { ...fakes, res: await fakes.legit[channel]() };
  }

  it('Should give a browser its form back, with what was typed, and Retry-After', async () => {
    const { res, queue } = await exhausted('web');
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const page = await res.text();
    expect(page).toContain('<form method="post" action="/feedback"');
    expect(page).toMatch(/The canteen queue is too long 2<\/textarea>/);
    expect(queue.messages).toHaveLength(2); // the case made for look-ups, and the first form
  });

  it.each(['api', 'kiosk'] as const)(
    'Should answer a %s client 429 too_many_requests in JSON with Retry-After',
    async (channel) => {
      const { res } = await exhausted(channel);
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await res.json()).error).toMatchObject({
        code: 'too_many_requests',
        message: 'Too many submissions right now; please try again in a moment.',
      });
    },
  );

  it('Should answer Twilio in TwiML asking the texter to send again, and keep nothing', async () => {
    const { res, store } = await exhausted('sms');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await repliesOf(res))[0]).toMatch(/was not saved\. Please send it again/);
    expect(store.cases.size).toBe(2); // the case made for look-ups, and the first text
  });

  it('Should answer a status look-up 429 in JSON, and a browser with a page that says so', async () => {
    const { res, app } = await exhausted('status');
    expect(res.status).toBe(429);
    expect((await res.json()).error.message).toBe('Too many case look-ups right now; please try again in a moment.');
    const page = await app.request('/status/AAAAA-BBBBB', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(429);
    expect(page.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await page.text()).toContain(
      'A lot of people are using this right now. Please wait a moment and try again.',
    );
  });

  it('Should answer a sponsor’s link 429 with a page that says so', async () => {
    const { res } = await exhausted('links');
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('Too many requests for this page right now');
  });
});

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
