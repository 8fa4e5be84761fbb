import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTAKE_CHANNELS, type IntakeChannel } from '../../../shared/config/schema';
import { json } from '../../support/fixtures';
import { repliesOf } from '../../support/sms';
import { expectServed, intake } from './channel-budgets.fixture';

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
        message: expect.stringMatching(
          /^Too many reports are arriving right now: yours was NOT saved\. .*in danger now/,
        ),
        emergency: expect.stringMatching(/^If you or someone else is in danger now, call/),
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
