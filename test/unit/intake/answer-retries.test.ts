import { describe, expect, it } from 'vitest';
import { INTAKE_CHANNELS, type IntakeChannel } from '../../../shared/config/schema';
import { submitFeedback } from '../../../shared/use-cases/submit-feedback';
import { appWithFakes, fixedClock, json } from '../../support/fixtures';

// Issue 14 review, item 6: an answer in a case's conversation is as safe to
// retry as a submission (an Idempotency-Key makes one answer), and it has a
// request budget of its own, apart from looking a case up.

type Budget = { perSecond: number; burst: number };

async function escalatedCase(rateLimits?: Record<IntakeChannel, Budget>) {
  const fakes = appWithFakes({ clock: fixedClock(), ...(rateLimits ? { rateLimits } : {}) });
  const { caseCode } = await submitFeedback(fakes.deps, {
    channel: 'web',
    text: 'The exit is blocked',
    escalate: true,
  });
  const record = [...fakes.store.cases.values()][0]!;
  await fakes.store.advanceStatus(record.caseKey, 'escalated');
  fakes.queue.messages.length = 0;
  return { ...fakes, caseCode };
}

const answer = (text: string, key?: string) => json({ text }, key ? { 'idempotency-key': key } : {});

describe("an employee's answer, sent again", () => {
  it('Should make one answer of a request retried with the same Idempotency-Key, and refuse the key for other words', async () => {
    const { app, queue, caseCode } = await escalatedCase();
    const key = 'c3b1d0a2-7e55-4f0b-9d1e-3a5f2c8b9e01';
    const first = await app.request(`/status/${caseCode}/messages`, answer('The east door, by bay 3.', key));
    const again = await app.request(`/status/${caseCode}/messages`, answer('The east door, by bay 3.', key));
    expect([first.status, again.status]).toEqual([201, 201]);
    // The retry queues the answer again under the first request's id (that one may have stopped before
    // queuing it): one answer, which the thread adds once.
    expect(new Set(queue.messages.map((m) => m.id)).size).toBe(1);

    const other = await app.request(`/status/${caseCode}/messages`, answer('Something else entirely.', key));
    expect(other.status).toBe(409);

    const unkeyed = await app.request(`/status/${caseCode}/messages`, answer('A second answer.'));
    expect(unkeyed.status).toBe(201);
    expect(new Set(queue.messages.map((m) => m.id)).size).toBe(2);
    expect(queue.messages.some((m) => m.text === 'Something else entirely.')).toBe(false);
  });

  it('Should still take answers when looking cases up has spent its budget', async () => {
    const tiny: Budget = { perSecond: 0.0001, burst: 1 };
    const roomy: Budget = { perSecond: 0.0001, burst: 5 };
    const limits = Object.fromEntries(
      INTAKE_CHANNELS.map((channel) => [channel, channel === 'status' ? tiny : roomy]),
    ) as Record<IntakeChannel, Budget>;
    const { app, caseCode } = await escalatedCase(limits);
    const look = () => app.request(`/status/${caseCode}`, { headers: { accept: 'application/json' } });
    expect((await look()).status).toBe(200);
    expect((await look()).status).toBe(429);
    expect((await app.request(`/status/${caseCode}/messages`, answer('Still here.'))).status).toBe(201);
  });
});
