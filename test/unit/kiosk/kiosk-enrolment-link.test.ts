import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { exampleConfig, fixedClock, json } from '../../support/fixtures';
import { intake } from '../intake/channel-budgets.fixture';

/**
 * The tablet's set-up link carries a one-use code, traded once at
 * `POST /kiosk/enrol` for the tablet's lasting token: whoever finds the link
 * later (the browser's History, a screenshot, the chat it was sent in) gets
 * nothing from it.
 */
describe('POST /kiosk/enrol: a set-up link works once', () => {
  const enrolLink = async (kiosks: Awaited<ReturnType<typeof intake>>['kiosks']) =>
    (await enrolKiosk({ kiosks, config: exampleConfig, clock: fixedClock() }, { site: 'plant2', name: 'Gate' })).code;

  it('Should give the token once, for a tablet that then submits; the same link again is refused, saying to ask for a new one', async () => {
    const { app, kiosks } = await intake(8);
    const code = await enrolLink(kiosks);
    const first = await app.request('/kiosk/enrol', json({ code }));
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const { token } = (await first.json()) as { token: string };
    expect(token).toMatch(/^lpk_[A-Za-z0-9_-]{43}$/);
    const submitted = await app.request(
      '/kiosk/feedback',
      json({ rating: 3, key: crypto.randomUUID() }, { authorization: `Bearer ${token}` }),
    );
    expect(submitted.status).toBe(201);

    const again = await app.request('/kiosk/enrol', json({ code }));
    expect(again.status).toBe(403);
    expect((await again.json()).error).toMatchObject({
      code: 'link_expired',
      message: expect.stringMatching(/already been used.*ask whoever looks after the kiosks for a new one/),
    });
    // The token it gave still works: only the link is spent.
    expect(
      (
        await app.request(
          '/kiosk/feedback',
          json({ rating: 4, key: crypto.randomUUID() }, { authorization: `Bearer ${token}` }),
        )
      ).status,
    ).toBe(201);
  });

  it('Should refuse a link a day old, and one whose kiosk was revoked before it was used', async () => {
    const { app, kiosks } = await intake(8);
    const clock = fixedClock('2026-11-18T15:30:00Z');
    const late = (await enrolKiosk({ kiosks, config: exampleConfig, clock }, { site: 'plant2', name: 'Late' })).code;
    const revoked = await enrolKiosk({ kiosks, config: exampleConfig, clock }, { site: 'plant2', name: 'Revoked' });
    await kiosks.revoke(revoked.kiosk.id);
    expect((await app.request('/kiosk/enrol', json({ code: revoked.code }))).status).toBe(403);
    // Past the link's hour (a day on, rounded up to the hour), it opens nothing.
    kiosks.now = () => new Date('2026-11-19T16:00:00Z');
    expect((await app.request('/kiosk/enrol', json({ code: late }))).status).toBe(403);
    kiosks.now = () => new Date('2026-11-19T15:59:59Z');
    expect((await app.request('/kiosk/enrol', json({ code: late }))).status).toBe(200);
  });

  it('Should never take the code from the address, where logs would keep it', async () => {
    const { app, kiosks } = await intake(8);
    const code = await enrolLink(kiosks);
    expect((await app.request(`/kiosk/enrol?code=${code}`, json({}))).status).toBe(400);
    expect((await app.request(`/kiosk/enrol?code=${code}`)).status).toBe(404);
    // Still unused: the address gave nothing away.
    expect((await app.request('/kiosk/enrol', json({ code }))).status).toBe(200);
  });

  it('Should look up no more made-up codes than the token look-ups’ budget, answering the rest 429, while an enrolled kiosk is served', async () => {
    const { app, kiosks, token } = await intake(2, { perSecond: 0.0001, burst: 5 });
    const real = { authorization: `Bearer ${token}` };
    expect((await app.request('/kiosk/feedback', json({ rating: 3, key: crypto.randomUUID() }, real))).status).toBe(
      201,
    );
    let lookUps = 0;
    const redeem = kiosks.redeemEnrolment.bind(kiosks);
    kiosks.redeemEnrolment = async (hash) => {
      lookUps += 1;
      return redeem(hash);
    };
    const statuses: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const code = `lpe_${String(i).padStart(43, 'x')}`;
      statuses.push((await app.request('/kiosk/enrol', json({ code }))).status);
    }
    expect(lookUps).toBe(5); // the budget of 5 (the real kiosk's token gave back what it spent)
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill(403));
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
    expect((await app.request('/kiosk/feedback', json({ rating: 3, key: crypto.randomUUID() }, real))).status).toBe(
      201,
    );
  });

  it('Should answer any body with a refusal a client can read (400, 403, 413 or 415), never a failure', async () => {
    const { app } = await intake(8, { perSecond: 1000, burst: 1000 });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), fc.record({ code: fc.oneof(fc.string(), fc.jsonValue()) })),
        async (body) => {
          const res = await app.request('/kiosk/enrol', json(body as never));
          expect([400, 403, 413, 415]).toContain(res.status);
          expect((await res.json()).error.code).toBeTypeOf('string');
        },
      ),
      { numRuns: 150 },
    );
  });
});
