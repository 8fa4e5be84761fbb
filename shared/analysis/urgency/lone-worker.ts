import { eitherOrder } from './one-sentence';
import type { Script } from './types';

/*
 * A lone worker out of contact: not answering since the morning, and alone at a tank, a pit or a remote plant, or
 * with their car still here ("Marco non risponde da stamattina, doveva controllare le vasche da solo e la sua auto è
 * ancora qui"). English reads this with its missedCheckIn/unreachable frame; this gives every language the same pair
 * as one rule. Not answering alone is no report ("non risponde alle email, è in ferie"), nor being alone.
 */
const GAP = 140;

/** A rule source: `silent` (not answering, cannot be reached) and `alone` (alone, at a vessel, car still here) in one sentence. */
export const outOfContact = (script: Script, silent: string, alone: string): string =>
  eitherOrder(script, GAP, silent, alone);
