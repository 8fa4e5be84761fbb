import { type Clock, systemClock } from '../../ports/clock';

/*
 * The year a report is read in, for the rules that place an accident in the past ("in 2025 a pallet fell on him":
 * last year, history; this year, a report). It is the clock's year, not the machine's: a stack started on a clock of
 * its own (CLOCK=…) reads "in 2025" as its last year, as its deadlines and digests count from it. Set for the length
 * of one synchronous reading (`readingOn`): detection never awaits, so no other reading runs in between.
 */
let year: number | undefined;

/** The year the reading under way is in: the clock's given to `readingOn`, else this machine's. */
export const readingYear = (): number => year ?? systemClock.now().getUTCFullYear();

/** Runs a reading with `clock`'s year as the reading year. */
export function readingOn<T>(clock: Clock | undefined, read: () => T): T {
  if (!clock) return read();
  const before = year;
  year = clock.now().getUTCFullYear();
  try {
    return read();
  } finally {
    year = before;
  }
}
