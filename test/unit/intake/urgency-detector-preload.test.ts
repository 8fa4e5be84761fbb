import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { urgencyDetectorState } from '../../../shared/use-cases/reads-urgent';
import { appWithFakes, json, TEST_URGENCY_WAIT_MS } from '../../support/fixtures';
import { systemClock } from '../../../shared/ports/clock';

// A refused report is read for urgency, and the first read in a process would load the urgency detector
// (seconds) on its path, in the middle of a flood. The detector starts loading when a report channel's
// budget runs low, and a report refused while it still loads waits for it, within a bound, and is kept.

const CALM = 'The vending machine on floor 3 is out of coffee';
const URGENT = 'there is a man with a gun in the parking lot';

describe('the urgency detector, as a report channel’s budget runs out', () => {
  it('Should start loading before the budget is spent, and keep a refused report that reads urgent', async () => {
    const { app, queue } = appWithFakes({ rateLimits: { api: { perSecond: 0.001, burst: 5 } } });
    for (let i = 0; i < 3; i += 1)
      expect((await app.request('/feedback', json({ text: `${CALM} ${i}` }))).status).toBe(201);
    // Three fifths spent: a calm day never loads it.
    expect(urgencyDetectorState()).toBe('not loaded');

    expect((await app.request('/feedback', json({ text: `${CALM} 3` }))).status).toBe(201);
    // Four fifths spent: loading (or loaded), while the budget still takes a report.
    expect(urgencyDetectorState()).not.toBe('not loaded');
    expect((await app.request('/feedback', json({ text: `${CALM} 4` }))).status).toBe(201);

    expect((await app.request('/feedback', json({ text: URGENT }))).status).toBe(201);
    expect((await app.request('/feedback', json({ text: `${CALM} 5` }))).status).toBe(429);
    expect(queue.messages).toHaveLength(6);
  });
});

/**
 * A report channel's limiter in a process of its own (the detector not loaded): five reports' budget,
 * each refused report's words read with the real detector, waiting for it at most `waitAtMostMs`; the
 * detector's state at each read is noted.
 */
async function freshChannel(waitAtMostMs = TEST_URGENCY_WAIT_MS) {
  vi.resetModules();
  const { rateLimit, tokenBucket, URGENCY } = await import('../../../functions/intake/middleware/rate-limit');
  const {
    prepareUrgencyReading,
    readsUrgent,
    urgencyDetectorState: stateNow,
  } = await import('../../../shared/use-cases/reads-urgent');
  const statesAtRead: string[] = [];
  const app = new Hono()
    .use('*', async (c, next) => {
      const text = c.req.query('text');
      c.set(URGENCY as never, {
        asked: () => false,
        urgent: (wait?: number) => {
          statesAtRead.push(stateNow());
          return readsUrgent([], { escalate: false, text }, wait, systemClock);
        },
      });
      await next();
    })
    .use(
      '*',
      rateLimit({
        perSecond: 0.001,
        burst: 5,
        urgent: tokenBucket({ perSecond: 0.5, burst: 30 }),
        readings: tokenBucket({ perSecond: 0.005, burst: 25 }),
        readingWaitMs: waitAtMostMs,
        prepareReading: prepareUrgencyReading,
      }),
    )
    .get('/report', (c) => c.text('kept', 201))
    .onError((error, c) => c.text(error.name, 429));
  // All sent at once: the detector, started by the fourth, is still loading when the sixth and seventh are read.
  const send = (texts: string[]) =>
    Promise.all(texts.map(async (text) => (await app.request(`/report?text=${encodeURIComponent(text)}`)).status));
  return { send, statesAtRead, state: stateNow };
}

describe('a report refused while the urgency detector still loads', () => {
  it('Should wait for the detector and keep the one that reads urgent, refusing the calm one', async () => {
    const channel = await freshChannel();
    expect(channel.state()).toBe('not loaded');
    const statuses = await channel.send([1, 2, 3, 4, 5].map((i) => `${CALM} ${i}`).concat(URGENT, `${CALM} 6`));
    expect(channel.statesAtRead).toEqual(['loading', 'loading']);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 429]);
    expect(channel.state()).toBe('ready');
  });

  it('Should keep a refused report, as urgent, when the detector is not loaded within the wait', async () => {
    const channel = await freshChannel(0);
    const statuses = await channel.send([1, 2, 3, 4, 5, 6].map((i) => `${CALM} ${i}`));
    expect(channel.statesAtRead).toEqual(['loading']);
    // Calm, but it cannot be told so in time: kept within the channel's urgent allowance, never refused unread.
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201]);
  });
});
