import { describe, expect, it } from 'vitest';
import { READINGS_PER_BUDGET } from '../../../functions/intake/middleware/rate-limit';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { appWithFakes, exampleConfig, fixedClock, json } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';

// Found by round 27's attacker: the JSON API took `"escalate":"true"` (a string) while the kiosk refused it, so a
// client written against one channel lost its urgent mark, or its whole report, on the other. Both now read a mark
// the same way, and whatever neither can read is refused saying the report was NOT saved and whom to call.

const TEXT = 'The forklift in bay 3 has no working horn';
const TAKEN: unknown[] = [true, 'true', 'TRUE', ' True ', 'on', '1', 1];
const NOT_URGENT: unknown[] = [false, 'false', 'False', 'off', '0', 0];
const REFUSED: unknown[] = ['yes please', 'maybe', 2, null, {}];

async function bothChannels() {
  const kiosks = new InMemoryKioskRegistry();
  const clock = fixedClock('2026-11-18T15:30:10Z');
  const fakes = appWithFakes({ clock, kiosk: { kiosks } });
  const { token } = await enrolKiosk({ kiosks, config: exampleConfig, clock }, { site: 'plant2', name: 'Break room' });
  let n = 0;
  const send = (channel: 'web' | 'kiosk', flags: Record<string, unknown>) =>
    channel === 'web'
      ? fakes.app.request('/feedback', json({ text: TEXT, site: 'plant2', ...flags }))
      : fakes.app.request(
          '/kiosk/feedback',
          json(
            { rating: 1, text: TEXT, key: `kiosk-flag-key-${(n += 1)}`, ...flags },
            { authorization: `Bearer ${token}` },
          ),
        );
  return { ...fakes, send };
}

describe('the urgent and management marks, the same on the JSON API and the kiosk', () => {
  for (const channel of ['web', 'kiosk'] as const) {
    it(`Should take every way of saying yes as the mark on the ${channel} channel, and no as no`, async () => {
      const { send, queue } = await bothChannels();
      for (const escalate of TAKEN) {
        const res = await send(channel, { escalate, aboutManagement: escalate });
        expect(res.status, `escalate ${JSON.stringify(escalate)}`).toBe(201);
        expect(queue.messages.at(-1), `escalate ${JSON.stringify(escalate)}`).toMatchObject({
          escalate: true,
          aboutManagement: true,
        });
      }
      for (const escalate of NOT_URGENT) {
        expect((await send(channel, { escalate })).status).toBe(201);
        expect(queue.messages.at(-1)).toMatchObject({ escalate: false });
      }
    });

    it(`Should refuse a mark it cannot read on the ${channel} channel, saying NOT saved and whom to call`, async () => {
      const { send, queue } = await bothChannels();
      for (const escalate of REFUSED) {
        const res = await send(channel, { escalate });
        expect(res.status, `escalate ${JSON.stringify(escalate)}`).toBe(400);
        const body = JSON.stringify(await res.json());
        expect(body).toContain('escalate must be true or false');
        expect(body).toContain('NOT saved');
        expect(body).toMatch(/call \d+/);
      }
      expect(queue.messages).toHaveLength(0);
    });
  }

  it('Should take "true" past a spent budget as the urgent mark it is, as true is taken', {
    timeout: 120_000,
  }, async () => {
    // The budget reads the mark before the body is parsed: `"true"` was read there as no, and refused unread.
    const { app, queue } = appWithFakes({ rateLimits: { api: { perSecond: 0.001, burst: 1 } } });
    expect((await app.request('/feedback', json({ text: 'first one in' }))).status).toBe(201);
    const calm = 'The vending machine on floor 3 is out of coffee. '.repeat(30);
    for (let i = 0; i <= READINGS_PER_BUDGET; i += 1)
      expect((await app.request('/feedback', json({ text: `${calm}${i}` }))).status).toBe(429);
    const marked = await app.request('/feedback', json({ text: 'The paint shop smells odd today', escalate: 'true' }));
    expect(marked.status).toBe(201);
    expect(queue.messages.at(-1)).toMatchObject({ escalate: true });
  });
});
