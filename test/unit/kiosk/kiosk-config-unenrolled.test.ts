import { describe, expect, it } from 'vitest';
import { json } from '../../support/fixtures';
import { intake } from '../intake/channel-budgets.fixture';

/**
 * The kiosk app asks for its settings with `?unenrolled=ok`: a tablet that
 * is not (or no longer) set up is told so with a 200, which the app shows as
 * its setup screen with nothing in the browser's console. It changes nothing
 * of who may do what: made-up tokens still spend only their own look-up
 * budget, never the kiosks', and other clients are still refused 401.
 */
describe('GET /kiosk/config?unenrolled=ok, the kiosk app’s own request', () => {
  const madeUp = (i: number) => ({ authorization: `Bearer lpk_${String(i).padStart(43, 'x')}` });
  const config = '/kiosk/config?unenrolled=ok';

  it('Should tell a tablet with no token, a made-up one or a revoked one that it is not enrolled, with a 200 and nothing else', async () => {
    const { app, token, kiosks } = await intake(8, { perSecond: 1e6, burst: 1e6 });
    await kiosks.revoke([...kiosks.kiosks.keys()][0]!);
    for (const headers of [
      {},
      madeUp(1),
      { authorization: 'Bearer not-a-token' },
      { authorization: `Bearer ${token}` },
    ]) {
      const res = await app.request(config, { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('www-authenticate')).toBeNull();
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toEqual({ enrolled: false });
    }
  });

  it('Should give an enrolled tablet its settings, as without the parameter', async () => {
    const { app, token } = await intake(8);
    const headers = { authorization: `Bearer ${token}` };
    const asked = await app.request(config, { headers });
    expect(asked.status).toBe(200);
    expect(await asked.json()).toEqual(await (await app.request('/kiosk/config', { headers })).json());
  });

  it('Should still refuse other clients with 401, and made-up tokens with 429 once their look-up budget is spent, leaving the kiosks’ whole', async () => {
    const { app, token } = await intake(8, { perSecond: 0.0001, burst: 5 });
    const real = { authorization: `Bearer ${token}` };
    // The app asks when it starts, which proves its token: then it is served whatever the flood.
    expect((await app.request(config, { headers: real })).status).toBe(200);
    expect((await app.request('/kiosk/config', { headers: madeUp(0) })).status).toBe(401);
    const statuses = new Set<number>();
    for (let i = 1; i < 60; i += 1) statuses.add((await app.request(config, { headers: madeUp(i) })).status);
    expect([...statuses].sort()).toEqual([200, 429]);
    expect((await app.request(config, { headers: real })).status).toBe(200);
    expect((await app.request('/kiosk/feedback', json({ rating: 3, key: crypto.randomUUID() }, real))).status).toBe(
      201,
    );
  });
});
