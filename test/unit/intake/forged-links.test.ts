import { describe, expect, it } from 'vitest';
import { signLink } from '../../../shared/domain/signed-link';
import { intake } from './channel-budgets.fixture';

const html = { headers: { accept: 'text/html' } };

/** Issue 14: made-up sponsor links must not spend the budget real links are served from. */
describe('a flood of forged sponsor links', () => {
  it('Should refuse forged /ack and /desk links with 403 while a real link is still served', async () => {
    const { app, legit } = await intake(2);
    const real = await legit.links();
    expect(real.status).toBe(200);
    const statuses = new Set<number>();
    for (let i = 0; i < 60; i += 1) {
      const junk = `${'A'.repeat(20 + (i % 7))}.${'b'.repeat(43)}${i}`;
      for (const path of [`/ack/${junk}`, `/desk/${junk}`, `/desk/${junk}/case/x`, `/digest/2026-W47?t=${junk}`])
        statuses.add((await app.request(path, html)).status);
    }
    // Forged links are refused as such, or told to wait once their own budget is spent; never served.
    expect([...statuses].every((s) => s === 403 || s === 429)).toBe(true);
    expect(statuses.has(403)).toBe(true);
    // The fixture's links budget is 2: a forged link spending it would have left nothing for this one.
    expect((await legit.links()).status).toBe(200);
  });

  it('Should count a well-formed link signed under another key as forged', async () => {
    const { app, legit } = await intake(2);
    const other = signLink({ subject: 'esc-1', expiresAt: 2_000_000_000 }, 'not-this-installation'.repeat(3));
    for (let i = 0; i < 30; i += 1) {
      const res = await app.request(`/ack/${other}`, html);
      expect([403, 429]).toContain(res.status);
    }
    expect((await legit.links()).status).toBe(200);
  });
});
