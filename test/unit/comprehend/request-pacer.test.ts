import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comprehendRequestRates } from '../../../shared/adapters/aws/comprehend/request-rates';
import { RequestPacer } from '../../../shared/adapters/aws/comprehend/request-pacer';

/** A clock that only moves when the pacer sleeps. */
function fakeTime() {
  let now = 0;
  return { now: () => now, sleep: async (ms: number) => void (now += ms), elapsed: () => now };
}

describe('RequestPacer', () => {
  it('Should space requests at its rate, in order', async () => {
    const time = fakeTime();
    const pacer = new RequestPacer(10, time);
    for (let i = 0; i < 11; i += 1) await pacer.take();
    expect(time.elapsed()).toBeCloseTo(1000);
  });

  it('Should halve its pace on each throttled answer and win it back with successes, never above its rate', async () => {
    const pacer = new RequestPacer(10, fakeTime());
    pacer.throttled();
    pacer.throttled();
    expect(pacer.ratePerSecond).toBeCloseTo(2.5);
    for (let i = 0; i < 100; i += 1) pacer.succeeded();
    expect(pacer.ratePerSecond).toBe(10);
  });

  it('Should never stop: however often it is throttled, it still sends, slowly', async () => {
    const time = fakeTime();
    const pacer = new RequestPacer(10, time);
    for (let i = 0; i < 50; i += 1) pacer.throttled();
    expect(pacer.ratePerSecond).toBeGreaterThan(0);
    await pacer.take();
    await pacer.take();
    expect(time.elapsed()).toBeLessThanOrEqual(1000 / pacer.ratePerSecond);
  });

  it('Should refuse a rate of zero or less, which would never send', () => {
    expect(() => new RequestPacer(0)).toThrow(RangeError);
  });
});

describe("an invocation's share of the Comprehend quotas", () => {
  it('Should keep all invocations together within every quota, whatever the quotas and concurrency', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 1000 }),
        fc.double({ min: 0.1, max: 10_000, noNaN: true }),
        fc.double({ min: 0.1, max: 10_000, noNaN: true }),
        (maxConcurrency, pii, batch) => {
          const rates = comprehendRequestRates({
            engine: 'comprehend',
            maxConcurrency,
            comprehendQuotas: { detectPiiEntitiesPerSecond: pii, batchRequestsPerSecond: batch },
          });
          expect(rates.DetectPiiEntities! * maxConcurrency).toBeLessThanOrEqual(pii * (1 + 1e-9));
          for (const api of ['BatchDetectDominantLanguage', 'BatchDetectSentiment', 'BatchDetectKeyPhrases'] as const) {
            expect(rates[api]! * maxConcurrency).toBeLessThanOrEqual(batch * (1 + 1e-9));
            expect(rates[api]).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
