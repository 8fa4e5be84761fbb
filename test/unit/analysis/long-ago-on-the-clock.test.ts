import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import type { Clock } from '../../../shared/ports/clock';

// An accident placed in a past year is history (long-ago.ts), but "past" was this machine's year: a stack started
// on a clock of its own (CLOCK=2027-…, to try several weeks) read "in 2026 a worker was crushed" as this year's,
// and a clock set back (CLOCK=2025-…) read "in 2025" as long ago. The year is now the clock's.

const on = (iso: string): Clock => ({ now: () => new Date(iso) });

describe('an accident in a named year, read on the stack clock', () => {
  for (const [text, year] of [
    ['In 2026 a worker was crushed by a pallet here, it was awful.', 2026],
    ['En 2025 un compañero perdió un dedo en la prensa, fue horrible.', 2025],
    ['En 2025 un collègue a perdu un doigt sur la presse 4.', 2025],
  ] as const) {
    it(`Should read "${text}" as history on a clock in ${year + 1}, and as a report on one in ${year}`, () => {
      expect(detectUrgency(text, on(`${year + 1}-03-04T15:00:00Z`)).urgent).toBe(false);
      expect(detectUrgency(text, on(`${year}-11-04T15:00:00Z`)).urgent).toBe(true);
      // Asked again on the first clock: the answer kept for the other year is not given.
      expect(detectUrgency(text, on(`${year + 1}-03-04T15:00:00Z`)).urgent).toBe(false);
    });
  }

  it('Should read on this machine year when no clock is given', () => {
    const year = new Date().getUTCFullYear();
    expect(detectUrgency(`In ${year - 1} a worker was crushed by a pallet here, it was awful.`).urgent).toBe(false);
    expect(detectUrgency(`In ${year} a worker was crushed by a pallet here, it was awful.`).urgent).toBe(true);
  });
});
