import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { startTestStack, tempDataDir } from '../support/local-stack';

// Issue 14, attacker's report: retries of one request (one Idempotency-Key)
// spent the channel's budget as new requests do, so a client retrying one
// answer or submission could leave none for new ones. A copy of an earlier
// request gives its share back; new requests still meet the budget, with a
// clear refusal.

describe('retries of one request and the channel’s budget', () => {
  const dataDir = tempDataDir();
  const clock = fixedClock('2026-11-18T15:00:00Z');
  let stack: Awaited<ReturnType<typeof startTestStack>>;
  // Three at once, and hardly any more for the rest of the test.
  const tight = { perSecond: 0.001, burst: 3 };

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path, clock, rateLimits: { answers: tight, api: tight } });
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  const json = (path: string, body: unknown, key: string) =>
    fetch(`${stack.urls.app}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    });

  it('Should take every retry of one answer without spending the budget new answers need', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked with pallets again.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const answer = (text: string, key: string) => json(`/status/${caseCode}/messages`, { text }, key);
    const key = '0d5c1f7a-2b4e-4c8d-9a3f-6e7b1c2d3a40';
    for (let i = 0; i < 6; i += 1) expect((await answer('The east door, since Monday.', key)).status).toBe(201);
    expect((await answer('And the side door.', '1d5c1f7a-2b4e-4c8d-9a3f-6e7b1c2d3a41')).status).toBe(201);
    expect((await answer('And the back door.', '2d5c1f7a-2b4e-4c8d-9a3f-6e7b1c2d3a42')).status).toBe(201);
    const refused = await answer('And the front door.', '3d5c1f7a-2b4e-4c8d-9a3f-6e7b1c2d3a43');
    expect(refused.status).toBe(429);
    expect(JSON.stringify(await refused.json())).toMatch(/What you wrote has not been sent/);
  });

  it('Should take every retry of one submission without spending the budget new submissions need', async () => {
    const submit = (text: string, key: string) => json('/feedback', { text, site: 'plant2' }, key);
    const key = '4d5c1f7a-2b4e-4c8d-9a3f-6e7b1c2d3a44';
    const first = await submit('The canteen closes too early on Fridays.', key);
    expect(first.status).toBe(201);
    const { caseCode } = (await first.json()) as { caseCode: string };
    for (let i = 0; i < 5; i += 1) {
      const again = await submit('The canteen closes too early on Fridays.', key);
      expect(again.status).toBe(201);
      expect(((await again.json()) as { caseCode: string }).caseCode).toBe(caseCode);
    }
    // Of the three, the case above took one and the first delivery another: one is left.
    expect((await submit('The lockers do not lock.', '5d5c1f7a-2b4e-4c8d-9a3f-6e7b1c2d3a45')).status).toBe(201);
    expect((await submit('The car park floods.', '7d5c1f7a-2b4e-4c8d-9a3f-6e7b1c2d3a47')).status).toBe(429);
  });
});
