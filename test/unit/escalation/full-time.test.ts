import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullTimeFrom } from '../../../shared/domain/escalation';

const HOUR_MS = 3_600_000;

describe('the time whoever a case reaches has to acknowledge it', () => {
  it('Should be the whole service level from the moment it reached them, on the next whole hour, never less', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 168 }),
        (reached, hours) => {
          const due = Date.parse(fullTimeFrom(reached, hours));
          expect(due % HOUR_MS).toBe(0);
          expect(due - reached.getTime()).toBeGreaterThanOrEqual(hours * HOUR_MS);
          expect(due - reached.getTime()).toBeLessThan((hours + 1) * HOUR_MS);
        },
      ),
    );
  });

  it('Should give a case handed over at 15:47 with four hours until 20:00, and one reached on the hour exactly four', () => {
    expect(fullTimeFrom(new Date('2026-11-18T15:47:00Z'), 4)).toBe('2026-11-18T20:00:00.000Z');
    expect(fullTimeFrom(new Date('2026-11-18T15:00:00Z'), 4)).toBe('2026-11-18T19:00:00.000Z');
  });
});
